import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import type { Chart } from '../../../../shared/model/richtext.js';

/**
 * What the chart block's editor knows of the model's bounds (shared/model/limits.ts: the
 * renderer takes no value from the schema modules, so the figures are repeated here and a test
 * checks they agree).
 */
export const CHART_BOUNDS = { rows: 60, series: 8, label: 300, value: 1e15, description: 4000 } as const;

/** Which chart, and what it now holds. */
export interface SetChartPayload {
  key: NodeKey;
  chart: Chart;
}

/** Replaces a chart block's content (handled by `ChartPlugin`). */
export const SET_CHART_COMMAND: LexicalCommand<SetChartPayload> = createCommand('SET_CHART_COMMAND');

/** Inserts a new chart block after the selection's block (handled by `ChartPlugin`). */
export const INSERT_CHART_COMMAND: LexicalCommand<Chart> = createCommand('INSERT_CHART_COMMAND');

/** A new chart to fill in: two rows, one series, empty values (gaps, never zeros). */
export function newChart(): Chart {
  return { type: 'chart', kind: 'bar', title: '', labels: ['', ''], series: [{ name: '', values: [null, null] }] };
}

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * A chart within the model's bounds, whatever it comes from (a clipboard, an older editor):
 * sizes cut to the limits, values that are not finite numbers within bounds left empty, and
 * each series given one value per label.
 */
export function boundedChart(value: unknown): Chart {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const labels = (Array.isArray(v['labels']) ? v['labels'] : []).slice(0, CHART_BOUNDS.rows).map((l) => text(l, CHART_BOUNDS.label));
  if (labels.length === 0) labels.push('');
  const rawSeries = (Array.isArray(v['series']) ? v['series'] : []).slice(0, CHART_BOUNDS.series) as unknown[];
  const series = rawSeries.map((s) => {
    const o = (s && typeof s === 'object' ? s : {}) as Record<string, unknown>;
    const values = Array.isArray(o['values']) ? o['values'] : [];
    return { name: text(o['name'], CHART_BOUNDS.label), values: labels.map((_, i) => (typeof values[i] === 'number' && Number.isFinite(values[i]) && Math.abs(values[i]) <= CHART_BOUNDS.value ? values[i] : null)) };
  });
  if (series.length === 0) series.push({ name: '', values: labels.map(() => null) });
  const chart: Chart = { type: 'chart', kind: v['kind'] === 'line' ? 'line' : 'bar', title: text(v['title'], CHART_BOUNDS.label), labels, series };
  for (const key of ['unit', 'valueLabel', 'categoryLabel'] as const) {
    const s = text(v[key], CHART_BOUNDS.label);
    if (s) chart[key] = s;
  }
  const description = text(v['description'], CHART_BOUNDS.description);
  if (description.trim()) chart.description = description;
  return chart;
}

/**
 * A number as typed, in French ("1 234,5") or English ("1,234.5"); null for an empty cell;
 * undefined for what is not a number within bounds (the cell then says so, and keeps the
 * chart as it was).
 */
export function parseChartNumber(typed: string, lang: 'fr' | 'en'): number | null | undefined {
  const s = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  const normal = lang === 'fr' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) && Math.abs(n) <= CHART_BOUNDS.value ? n : undefined;
}

/** A value as shown in its cell, in the text's language. */
export function formatChartNumber(value: number | null, lang: 'fr' | 'en'): string {
  if (value === null) return '';
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}

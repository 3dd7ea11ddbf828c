import type { LayoutCell, LayoutTable } from '../layout/types.js';
import { formatValue } from './draw.js';
import type { ChartSpec } from './spec.js';

/**
 * A chart's numbers as a table: one row per category, one column per series, empty where a
 * value is missing. What a document shows where it cannot hold the picture.
 */
export function chartTable(spec: ChartSpec): LayoutTable {
  const cell = (text: string, header = false): LayoutCell => ({
    blocks: [{ kind: 'paragraph', style: 'small', inlines: text ? [{ kind: 'text', text, ...(header ? { bold: true } : {}) }] : [] }],
    ...(header ? { shade: 'header' as const } : {}),
  });
  const header = [cell('', true), ...spec.series.map((s) => cell(s.name, true))];
  const rows = spec.categories.map((c, i) => [cell(c.full), ...spec.series.map((s) => cell(s.values[i] == null ? '' : formatValue(spec, s.values[i]!)))]);
  return { kind: 'table', headerRows: 1, widths: [3, ...spec.series.map(() => 1.2)], rows: [header, ...rows], summary: spec.title };
}

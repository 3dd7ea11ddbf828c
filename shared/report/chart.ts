import type { Chart } from '../model/richtext.js';
import type { Report } from '../model/report.js';

/**
 * A chart block's table as strings: the header (an empty corner, then each series' name), then
 * one row per label with its values (empty where there is none). What the diff of a merge and
 * the plain text show of a chart.
 */
export function chartCells(chart: Chart): string[][] {
  return [
    ['', ...chart.series.map((s) => s.name)],
    ...chart.labels.map((label, i) => [label, ...chart.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? '' : String(s.values[i])))]),
  ];
}

/** The words of a chart block (title, axes, labels, series, description), for search and counts. */
export function chartWords(chart: Chart): string {
  return [chart.title, chart.valueLabel ?? '', chart.categoryLabel ?? '', ...chart.labels, ...chart.series.map((s) => s.name), chart.description ?? ''].filter((s) => s.trim()).join('\n');
}

/** The first format version with chart blocks: a report holding one says so. */
export const CHART_VERSION = 4;

/** Whether a report holds a chart block anywhere in its rich text (chapters, cards, a package's bases). */
export function holdsChart(report: Report): boolean {
  const values: unknown[] = [...report.chapters.map((c) => c.body), ...report.cards.flatMap((c) => Object.values(c.fields)), ...(report.package?.bases ?? []).flatMap((c) => Object.values(c.fields))];
  return values.some((v) => {
    const value = v as { fr?: { content?: unknown }; en?: { content?: unknown; source?: { fr?: unknown } } };
    return [value.fr?.content, value.en?.content, value.en?.source?.fr].some((c) => Array.isArray(c) && c.some((b) => (b as { type?: string }).type === 'chart'));
  });
}

/**
 * The report, marked as version 4 when it holds a chart block (a reader of version 3 would
 * refuse the block as a damaged file rather than ask for an update), else unchanged.
 */
export function withChartVersion(report: Report): Report {
  return report.version < CHART_VERSION && holdsChart(report) ? { ...report, version: CHART_VERSION } : report;
}

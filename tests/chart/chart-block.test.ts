import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayout } from '../../shared/export/layout/build.js';
import type { LayoutChart } from '../../shared/export/layout/types.js';
import { LIMITS } from '../../shared/model/limits.js';
import type { Report } from '../../shared/model/report.js';
import { isBlankRichText, plainText } from '../../shared/report/text.js';
import { containerOf, files, refusalOf, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { boundedChart, CHART_BOUNDS, parseChartNumber } from '../../renderer/src/editor/nodes/chart-model.js';
import { budgetChart, reportWithCharts } from './support/charts.js';

// A chart block is checked like every block of a report file: bounded sizes, finite numbers,
// one value per label; a report holding one is written as version 4.

let sample: Report;
let media: ReadonlyMap<string, Uint8Array>;
beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  sample = opened.report;
  media = opened.media;
});

/** The report's JSON with the first chapter's French chart replaced by `chart` (raw JSON text). */
function withChartJson(chart: string): string {
  const report = reportWithCharts(sample);
  const text = JSON.stringify(report, null, 1);
  const first = JSON.stringify(report.chapters[0]!.body.fr!.content[0], null, 1);
  // Put the hostile chart where the first block of the first chapter stands, indentation aside.
  const at = text.indexOf('"type": "chart"');
  const start = text.lastIndexOf('{', at);
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === '{' || text[end] === '[') depth++;
    if (text[end] === '}' || text[end] === ']') depth--;
    if (depth === 0) break;
  }
  expect(JSON.parse(text.slice(start, end + 1))).toEqual(JSON.parse(first));
  return `${text.slice(0, start)}${chart}${text.slice(end + 1)}`;
}

async function opening(json: string) {
  const file = join(tempDir('bilan-chart-hostile-'), 'hostile.bilan');
  writeFileSync(file, containerOf(json, media));
  return refusalOf(files.open(file));
}

const chart = (over: Record<string, unknown>) => JSON.stringify({ ...budgetChart('fr'), ...over });

describe('a hostile chart block', () => {
  it('with a value JSON reads as infinite is refused, saying where', async () => {
    const error = await opening(withChartJson(chart({ series: [{ name: 'x', values: [1, 2, 3] }] }).replace('[1,2,3]', '[1,1e999,3]')));
    expect(error.describe('fr')).toMatch(/chapitre/i);
    expect(error.describe('en')).toMatch(/series/);
  });

  it('with a huge number, too many rows or too many series is refused', async () => {
    for (const over of [
      { series: [{ name: 'x', values: [1, 1e16, 3] }] },
      { labels: Array.from({ length: LIMITS.chartRows + 1 }, (_, i) => String(i)), series: [{ name: 'x', values: Array.from({ length: LIMITS.chartRows + 1 }, () => 1) }] },
      { series: Array.from({ length: LIMITS.chartSeries + 1 }, (_, i) => ({ name: String(i), values: [1, 2, 3] })) },
      { labels: ['a'.repeat(LIMITS.chartLabel + 1), 'b', 'c'] },
      { kind: 'pie' },
    ]) {
      const error = await opening(withChartJson(chart(over)));
      expect(error.describe('en')).toMatch(/chapter/i);
    }
  });

  it('whose series has more values than labels is refused with the chart and the series named, in both languages', async () => {
    const error = await opening(withChartJson(chart({ series: [{ name: 'État', values: [1, 2, 3, 4] }] })));
    expect(error.describe('fr')).toContain('le graphique «\u00a0Budget consacré aux données ouvertes\u00a0»\u00a0: la série «\u00a0État\u00a0» a 4 valeurs pour 3 lignes');
    expect(error.describe('en')).toContain('the series “État” has 4 values for 3 rows');
  });
});

describe('a sound chart block', () => {
  it('makes the report version 4 when saved, and comes back as it was', async () => {
    const report = { ...reportWithCharts(sample), version: 3 };
    const file = join(tempDir('bilan-chart-'), 'charts.bilan');
    await files.save(file, report, media);
    const opened = await files.open(file);
    expect(opened.report.version).toBe(4);
    expect(opened.report.chapters[0]!.body.fr!.content[0]).toEqual(budgetChart('fr'));
  });

  it('leaves a report without one at its version', async () => {
    const file = join(tempDir('bilan-chart-'), 'plain.bilan');
    // The sample without its own chart block (its context chapter's).
    const plain = structuredClone(sample);
    for (const ch of plain.chapters) {
      if (ch.body.fr) ch.body.fr.content = ch.body.fr.content.filter((b) => b.type !== 'chart');
      if (ch.body.en) ch.body.en = { ...ch.body.en, content: ch.body.en.content.filter((b) => b.type !== 'chart'), source: { ...ch.body.en.source, ...(ch.body.en.source.fr ? { fr: ch.body.en.source.fr.filter((b) => b.type !== 'chart') } : {}) } };
    }
    await files.save(file, { ...plain, version: 3 }, media);
    expect((await files.open(file)).report.version).toBe(3);
  });

  it('is not blank, and its words are searchable', () => {
    expect(isBlankRichText([budgetChart('fr')])).toBe(false);
    expect(plainText([budgetChart('fr')])).toContain('Collectivités');
  });

  it('is laid out as a chart with one value per label, gaps kept as gaps', () => {
    const layout = buildLayout(reportWithCharts(sample), templates.get('ogp-end-of-term'), 'en', media, { allowMissing: true });
    const charts = layout.blocks.filter((b): b is LayoutChart => b.kind === 'chart' && b.chart.title === 'Budget spent on open data');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.chart.series[1]!.values).toEqual([3, null, 6]);
    expect(charts[0]!.alt).toBe('Budget spent on open data. Bar chart (Millions of euros). 2018: State 12.5\u202fM€, Local authorities 3\u202fM€; 2019: State 14\u202fM€, Local authorities no value; 2020: State 17.25\u202fM€, Local authorities 6\u202fM€.');
  });
});

describe('the chart block’s editor', () => {
  it('knows the model’s limits', () => {
    expect(CHART_BOUNDS).toEqual({ rows: LIMITS.chartRows, series: LIMITS.chartSeries, label: LIMITS.chartLabel, value: LIMITS.chartValue, description: LIMITS.plainLength });
  });

  it('bounds what a clipboard or a hostile paste gives it, keeping gaps as gaps', () => {
    const hostile = {
      kind: 'pie',
      title: 'x'.repeat(10_000),
      labels: Array.from({ length: 500 }, (_, i) => i),
      series: Array.from({ length: 50 }, () => ({ name: 7, values: [1, Infinity, Number.NaN, 1e300, '3', null, -2] })),
    };
    const chart = boundedChart(hostile);
    expect(chart.kind).toBe('bar');
    expect(chart.title).toHaveLength(LIMITS.chartLabel);
    expect(chart.labels).toHaveLength(LIMITS.chartRows);
    expect(chart.series).toHaveLength(LIMITS.chartSeries);
    expect(chart.series[0]!.values.slice(0, 8)).toEqual([1, null, null, null, null, null, -2, null]);
    expect(chart.series.every((s) => s.values.length === chart.labels.length)).toBe(true);
    expect(boundedChart(null)).toEqual({ type: 'chart', kind: 'bar', title: '', labels: [''], series: [{ name: '', values: [null] }] });
  });

  it('reads numbers as typed in each language, and says when a cell holds none', () => {
    expect(parseChartNumber('1 234,5', 'fr')).toBe(1234.5);
    expect(parseChartNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseChartNumber('  ', 'fr')).toBeNull();
    expect(parseChartNumber('vingt', 'fr')).toBeUndefined();
    expect(parseChartNumber('1e16', 'en')).toBeUndefined();
    expect(parseChartNumber('-3', 'fr')).toBe(-3);
  });
});

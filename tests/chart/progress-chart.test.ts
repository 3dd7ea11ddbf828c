import { beforeAll, describe, expect, it } from 'vitest';
import { chartDrawing, contrast, seriesColours, valueAxis } from '../../shared/export/chart/draw.js';
import { progressByGroup, progressChart } from '../../shared/export/chart/progress.js';
import { buildLayout } from '../../shared/export/layout/build.js';
import type { LayoutChart } from '../../shared/export/layout/types.js';
import type { Report } from '../../shared/model/report.js';
import { progressSummary } from '../../shared/report/summary.js';
import { clone, files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

// The progress chart is computed from the cards: its bars must say what the cards say, the
// unrated cards as their own category, never as a level.

let sample: Report;
beforeAll(async () => {
  sample = (await files.open(SAMPLE)).report;
});
const template = () => templates.get('ogp-end-of-term');

/** The count of each level per ambition, straight from the cards. */
function byHand(report: Report): Map<string | null, Record<string, number>> {
  const out = new Map<string | null, Record<string, number>>();
  for (const card of report.cards) {
    const v = card.fields['progress'];
    const level = v?.kind === 'choice' && v.value ? v.value : 'unrated';
    const group = out.get(card.ambition) ?? {};
    group[level] = (group[level] ?? 0) + 1;
    out.set(card.ambition, group);
  }
  return out;
}

describe('the progress chart’s numbers', () => {
  it('agree with the cards, ambition by ambition, and add up to the summary', () => {
    const data = progressByGroup(sample, template())!;
    const hand = byHand(sample);
    expect(data.levels.map((l) => l.id)).toEqual(['not-started', 'limited', 'substantial', 'completed']);
    for (const g of data.groups) {
      const expected = hand.get(g.id)!;
      const got: Record<string, number> = {};
      data.levels.forEach((l, i) => g.counts[i]! > 0 && (got[l.id] = g.counts[i]!));
      if (g.unrated) got['unrated'] = g.unrated;
      expect(got).toEqual(expected);
      expect(g.total).toBe(g.counts.reduce((a, b) => a + b, 0) + g.unrated);
    }
    const summary = progressSummary(sample, template())!;
    expect(data.groups.reduce((n, g) => n + g.total, 0)).toBe(summary.total);
    expect(data.groups.reduce((n, g) => n + g.unrated, 0)).toBe(summary.unrated);
  });

  it('count an unrated card, or one with a level the scale lacks, as unrated, never as 0; a card of no ambition in a group of its own', () => {
    const report = clone(sample);
    report.cards[0]!.fields['progress'] = { kind: 'choice', value: null };
    delete report.cards[1]!.fields['progress'];
    report.cards[2]!.ambition = null;
    const data = progressByGroup(report, template())!;
    const first = data.groups.find((g) => g.id === report.cards[0]!.ambition)!;
    expect(first.unrated).toBeGreaterThanOrEqual(1);
    const none = data.groups.at(-1)!;
    expect(none).toMatchObject({ id: null, n: null, total: 1 });
    const chart = progressChart(report, template(), 'fr', data)!;
    const unrated = chart.spec.series.at(-1)!;
    expect(unrated).toMatchObject({ name: 'Sans niveau', hatched: true });
    expect(unrated.values).toEqual(data.groups.map((g) => g.unrated));
    expect(chart.spec.categories.at(-1)!.label).toBe('Autres engagements');
    expect(chart.alt).toMatch(new RegExp(`Sans niveau\\s: ${first.unrated} engagements?`));
  });

  it('leave the unrated category out when every card has a level', () => {
    const chart = progressChart(sample, template(), 'en')!;
    const rated = sample.cards.every((c) => c.fields['progress']?.kind === 'choice' && c.fields['progress'].value);
    expect(chart.spec.series.some((s) => s.hatched)).toBe(!rated);
  });

  it('are all read out in the alternative text, with each ambition’s whole title, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const { spec, alt } = progressChart(sample, template(), lang)!;
      for (const c of spec.categories) expect(alt).toContain(c.full);
      const data = progressByGroup(sample, template())!;
      const word = lang === 'fr' ? 'engagement' : 'commitment';
      for (const [k, g] of data.groups.entries()) {
        const part = alt.slice(alt.indexOf(spec.categories[k]!.full));
        expect(part).toContain(`(${g.total} ${word}${g.total > 1 ? 's' : ''})`);
        data.levels.forEach((l, i) => expect(part).toMatch(new RegExp(`${l.label[lang]}\\s?: ${g.counts[i]} ${word}`)));
      }
    }
    expect(progressChart(sample, template(), 'fr')!.alt).toMatch(/^Avancement par ambition\. Ambition 1 – /);
  });
});

describe('the progress chart in the layout', () => {
  it('stands above the summary table by default; the template chooses the chart or the table alone', () => {
    const kinds = (display?: 'chart' | 'table' | 'both') => {
      const t = clone(template());
      if (display) t.summary!.display = display;
      const blocks = buildLayout(sample, t, 'fr', new Map(), { allowMissing: true }).blocks;
      const at = blocks.findIndex((b) => b.kind === 'heading' && b.anchor === '_summary');
      return blocks.slice(at + 1, at + 3).map((b) => b.kind);
    };
    expect(kinds()).toEqual(['chart', 'table']);
    expect(kinds('both')).toEqual(['chart', 'table']);
    expect(kinds('table')).toEqual(['table', expect.not.stringMatching(/chart/)]);
    expect(kinds('chart')).toEqual(['chart', 'paragraph']);
  });

  it('has French spacing in its words in French', () => {
    const chart = buildLayout(sample, template(), 'fr', new Map(), { allowMissing: true }).blocks.find((b): b is LayoutChart => b.kind === 'chart')!;
    expect(chart.alt).toMatch(/\u00a0: /);
    expect(chart.alt).not.toMatch(/ :/);
  });
});

describe('the chart’s drawing', () => {
  const style = { body: 10, small: 8, colours: { text: '#1E1E1E', primary: '#000091', accent: '#E1000F', muted: '#666666', rule: '#DDDDDD' } };
  const measure = (text: string, size: number) => text.length * size * 0.5;

  it('has round ticks that cover the values', () => {
    expect(valueAxis(0, 8, true).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(valueAxis(0, 7, true).ticks.at(-1)).toBeGreaterThanOrEqual(7);
    expect(valueAxis(-3, 12, false)).toMatchObject({ min: -5, max: 15 });
    expect(valueAxis(0, 0, true).ticks).toEqual([0, 1]);
  });

  it('shades ordered levels from light to dark, each a different lightness, and writes a count in the colour that reads on it', () => {
    const { spec } = progressChart(sample, template(), 'fr')!;
    const colours = seriesColours(spec, style).slice(0, 4);
    const light = colours.map((c) => contrast(c, '#FFFFFF'));
    for (let i = 1; i < light.length; i++) expect(light[i]!).toBeGreaterThan(light[i - 1]! * 1.2);
    const drawing = chartDrawing(spec, 480, style, measure);
    const rects = drawing.shapes.filter((s) => s.kind === 'rect');
    for (const t of drawing.shapes.filter((s) => s.kind === 'text' && /^\d+$/.test(s.text) && s.bold)) {
      if (t.kind !== 'text') continue;
      const under = rects.find((r) => r.kind === 'rect' && r.x <= t.x && t.x <= r.x + r.w && r.y <= t.baseline && t.baseline <= r.y + r.h);
      if (under && under.kind === 'rect') expect(contrast(t.colour, under.fill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps every shape inside its box, long titles shortened rather than clipped', () => {
    const report = clone(sample);
    report.ambitions[0]!.title = { fr: { rev: 1, content: 'Un titre d’ambition très long '.repeat(12) } };
    const { spec } = progressChart(report, template(), 'fr')!;
    const drawing = chartDrawing(spec, 400, style, measure);
    for (const s of drawing.shapes) {
      if (s.kind === 'text') {
        expect(s.x).toBeGreaterThanOrEqual(-0.01);
        expect(s.x + measure(s.text, s.size)).toBeLessThanOrEqual(400.01);
        expect(s.baseline).toBeLessThanOrEqual(drawing.height);
      }
      if (s.kind === 'rect') expect(s.x + s.w).toBeLessThanOrEqual(400.01);
    }
    expect(drawing.shapes.some((s) => s.kind === 'text' && s.text.endsWith('…'))).toBe(true);
  });
});

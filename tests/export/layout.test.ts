import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayout } from '../../shared/export/layout/build.js';
import type { DocLayout, LayoutBlock, LayoutHeading, LayoutInline, LayoutTable } from '../../shared/export/layout/types.js';
import { missingForExport } from '../../shared/export/missing.js';
import { frenchText } from '../../shared/export/typography.js';
import type { OpenedReport } from '../../shared/format/read.js';
import type { Template } from '../../shared/model/template.js';
import { ACTION_PLAN, sampleFacts, SAMPLE } from '../support/paths.js';
import { files, templates } from '../support/fixtures.js';

const facts = sampleFacts();

let sample: OpenedReport;
let template: Template;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  template = templates.get('ogp-end-of-term');
});

function inlineText(inlines: readonly LayoutInline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : `[${i.n}]`)).join('');
}

/** Every block of a layout, nested ones included, in reading order. */
function* walk(blocks: readonly LayoutBlock[]): Generator<LayoutBlock> {
  for (const b of blocks) {
    yield b;
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row) yield* walk(cell.blocks);
    if (b.kind === 'card') for (const row of b.rows) yield* walk(row.blocks);
    if (b.kind === 'aside') yield* walk(b.blocks);
  }
}

/** All the words a reader would see in a layout. */
function allText(layout: DocLayout): string {
  const parts: string[] = [layout.cover.title, layout.cover.issuer, layout.furniture.tocTitle, layout.furniture.pageOf];
  for (const b of walk(layout.blocks)) {
    if (b.kind === 'heading') parts.push(b.text);
    if (b.kind === 'paragraph') parts.push(inlineText(b.inlines));
    if (b.kind === 'list') {
      const items = [...b.items];
      while (items.length) {
        const item = items.shift()!;
        parts.push(inlineText(item.inlines));
        if (item.sublist) items.push(...item.sublist.items);
      }
    }
    if (b.kind === 'card') for (const row of b.rows) parts.push(row.label, row.continuedLabel);
    if (b.kind === 'scale') parts.push(...b.options, b.markedLabel);
    if (b.kind === 'aside') parts.push(b.title);
    if (b.kind === 'figures') for (const f of b.items) parts.push(f.value, f.caption);
    if (b.kind === 'notes') parts.push(b.title, ...b.notes.map((n) => inlineText(n.content)));
  }
  return parts.join('\n');
}

const headings = (layout: DocLayout) => [...walk(layout.blocks)].filter((b): b is LayoutHeading => b.kind === 'heading');

describe('the layout of the sample report', () => {
  it('has every commitment as a level-2 heading on a new page, in each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const layout = buildLayout(sample.report, template, lang, sample.media, { allowMissing: true });
      // Each card starts a page: the first of an ambition on the ambition's own page.
      const blocks = layout.blocks;
      const cards = headings(layout).filter((h) => h.level === 2);
      expect(cards).toHaveLength(21);
      for (const h of cards) {
        const before = blocks[blocks.indexOf(h) - 1];
        expect(h.pageBreakBefore || (before?.kind === 'heading' && before.level === 1 && before.pageBreakBefore)).toBe(true);
      }
      for (const c of facts.commitments) {
        // French titles print with French typography ("donnée\u00a0: vers…").
        const expected = lang === 'fr' ? frenchText(`Engagement n°${c.number} – ${c.title.fr}`) : `Commitment ${c.number} – ${c.title.en}`;
        expect(cards.map((h) => h.text)).toContain(expected);
      }
      expect(headings(layout).filter((h) => h.level === 1).map((h) => h.text)).toContain(lang === 'fr' ? 'Tableau de synthèse de l’avancement' : 'Progress summary table');
    }
  });

  it('never mixes languages: no label of the other language', () => {
    const fr = allText(buildLayout(sample.report, template, 'fr', sample.media, { allowMissing: true }));
    const en = allText(buildLayout(sample.report, template, 'en', sample.media, { allowMissing: true }));
    for (const def of template.card.fields.filter((f) => f.label.fr !== f.label.en && f.id !== template.card.titleField && f.label.fr !== template.group.name.en)) {
      expect(fr).toContain(def.label.fr);
      expect(en).toContain(def.label.en);
      expect(en).not.toContain(def.label.fr);
    }
    for (const word of ['Substantiel', 'Achevé', 'Prochaines étapes', '(suite)', 'Sommaire']) expect(en).not.toContain(word);
    for (const word of ['Substantial', 'Completed', 'Next steps', '(continued)', 'Contents']) expect(fr).not.toContain(word);
  });

  it('marks the summary table from the cards and prints the headline below it', () => {
    const layout = buildLayout(sample.report, template, 'fr', sample.media, { allowMissing: true });
    const i = layout.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Tableau de synthèse de l’avancement');
    // The progress chart stands between the heading and the table (the template's default, both).
    expect(layout.blocks[i + 1]!.kind).toBe('chart');
    const table = layout.blocks[i + 2] as LayoutTable;
    expect(table.kind).toBe('table');
    expect(table.headerRows).toBe(1);
    expect(table.rows).toHaveLength(22);
    const levels = template.scales['progress']!.options.map((o) => o.id);
    for (const [r, card] of [...sample.report.cards].sort((a, b) => Number(a.number) - Number(b.number)).entries()) {
      const row = table.rows[r + 1]!;
      const marked = row.slice(1).findIndex((cell) => cell.shade === 'mark');
      const progress = card.fields['progress'];
      expect(marked, `card ${card.number}`).toBe(levels.indexOf(progress?.kind === 'choice' ? progress.value ?? '' : ''));
      expect(inlineText((row[1 + marked]!.blocks[0] as { inlines: LayoutInline[] }).inlines)).toBe('✓');
    }
    const headline = layout.blocks[i + 3]!;
    expect(headline.kind === 'paragraph' && inlineText(headline.inlines)).toBe('76\u202f% des engagements substantiellement réalisés ou achevés');
  });

  it('numbers footnotes across the document and gives every heading a unique, safe anchor', () => {
    const layout = buildLayout(sample.report, template, 'fr', sample.media, { allowMissing: true });
    const calls = [...walk(layout.blocks)].flatMap((b) => (b.kind === 'paragraph' ? b.inlines.filter((i) => i.kind === 'note') : []));
    expect(calls.length).toBeGreaterThan(0);
    const notes = [...walk(layout.blocks)].flatMap((b) => (b.kind === 'notes' ? b.notes.map((n) => n.n) : []));
    expect(notes).toEqual(notes.map((_, i) => i + 1));
    const anchors = headings(layout).map((h) => h.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/);
  });

  it('carries images with their alternative text and links', () => {
    const layout = buildLayout(sample.report, template, 'en', sample.media, { allowMissing: true });
    const images = [...walk(layout.blocks)].filter((b) => b.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.kind === 'image' && img.alt.length > 10 && img.data.length > 100).toBe(true);
    const links = [...walk(layout.blocks)].flatMap((b) => (b.kind === 'paragraph' ? b.inlines : b.kind === 'list' ? b.items.flatMap((i) => i.inlines) : [])).filter((i) => i.kind === 'text' && i.href);
    expect(links.length).toBeGreaterThan(0);
  });
});

describe('missing texts before an export', () => {
  it('are listed per card and field for the sample’s English, and become visible placeholders on request', () => {
    const missing = missingForExport(sample.report, template, 'en');
    expect(missing.length).toBeGreaterThan(5);
    expect(missing.every((i) => i.lang === 'en' && i.code === 'missing')).toBe(true);
    const card7 = sample.report.cards.find((c) => c.number === '7')!;
    expect(missing.some((i) => i.target.kind === 'card' && i.target.id === card7.id && i.target.field === 'aim')).toBe(true);
    const text = allText(buildLayout(sample.report, template, 'en', sample.media, { allowMissing: true }));
    expect(text).toContain('[Missing text: Aim(s)]');
    expect(allText(buildLayout(sample.report, template, 'en', sample.media))).not.toContain('[Missing text');
  });

  it('are limited to the chosen cards for a contributor’s preview', () => {
    const card = sample.report.cards.find((c) => c.number === '7')!;
    const missing = missingForExport(sample.report, template, 'en', new Set([card.id]));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((i) => i.target.kind === 'card' && i.target.id === card.id)).toBe(true);
    const layout = buildLayout(sample.report, template, 'en', sample.media, { allowMissing: true, cardIds: [card.id] });
    expect(headings(layout).filter((h) => h.level === 2)).toHaveLength(1);
  });
});

describe('the layout of the action plan', () => {
  it('shows key figures and the deadline table with quarters in each language', async () => {
    const plan = await files.open(ACTION_PLAN);
    const tpl = templates.get('ogp-action-plan');
    const fr = buildLayout(plan.report, tpl, 'fr', plan.media, { allowMissing: true });
    const en = buildLayout(plan.report, tpl, 'en', plan.media, { allowMissing: true });
    expect([...walk(fr.blocks)].some((b) => b.kind === 'figures' && b.items.length >= 2)).toBe(true);
    expect(allText(fr)).toMatch(/T[1-4] 20\d\d/);
    expect(allText(en)).toMatch(/Q[1-4] 20\d\d/);
    expect(allText(en)).not.toMatch(/T[1-4] 20\d\d/);
    expect(headings(fr).filter((h) => h.level === 2).map((h) => h.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Action \d+-\d+ – /)]));
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../shared/format/read.js';
import type { Localized } from '../../shared/model/localized.js';
import type { Block, Inline } from '../../shared/model/richtext.js';
import { Report, type Card, type FieldValue, type ScalarValue } from '../../shared/model/report.js';
import { Template } from '../../shared/model/template.js';
import { buildSeeds } from '../../seeds/build/build-seeds.js';
import { sampleFacts } from '../support/paths.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = join(ROOT, 'seeds');
const NAMES = ['ogp-2018-2020', 'action-plan-2021-2023'];

/** Every file under a folder, by path relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

function load(name: string): Report {
  return Report.parse(JSON.parse(readFileSync(join(SEEDS, `${name}.bilan`, 'report.json'), 'utf8')));
}

function template(id: string): Template {
  return Template.parse(JSON.parse(readFileSync(join(ROOT, 'templates', id, 'template.json'), 'utf8')));
}

function inlineText(i: Inline): string {
  return i.type === 'text' ? i.text : i.type === 'break' ? '\n' : i.children.map(inlineText).join('');
}

/** Every block of rich text in the report (chapters, card fields), with images and tables. */
function blocksOf(report: Report): Block[] {
  const out: Block[] = [];
  const add = (v: Localized<Block[]> | undefined) => out.push(...(v?.fr?.content ?? []), ...(v?.en?.content ?? []));
  for (const ch of report.chapters) add(ch.body);
  for (const card of report.cards) for (const v of Object.values(card.fields)) if (v.kind === 'richText') add(v);
  return out;
}

/** Every localized value of the report's cards, rows included. */
function localizedValues(report: Report): Localized<unknown>[] {
  const out: Localized<unknown>[] = [];
  for (const card of report.cards) {
    for (const v of Object.values(card.fields)) {
      if (v.kind === 'text' || v.kind === 'richText') out.push(v);
      if (v.kind === 'rows') for (const row of v.rows) for (const c of Object.values(row.cells)) if (c.kind === 'text') out.push(c);
    }
  }
  return out;
}

function outOfDate(v: Localized<unknown>): boolean {
  return !!v.fr && !!v.en && v.en.source.rev !== v.fr.rev;
}

/** Whether a value is filled in both languages, translated from the current French. */
function filledInBoth(v: FieldValue | ScalarValue | undefined): boolean {
  if (!v) return false;
  switch (v.kind) {
    case 'text':
      return !!v.fr?.content.trim() && !!v.en?.content.trim() && !outOfDate(v);
    case 'richText':
      return !!v.fr?.content.length && !!v.en?.content.length && !outOfDate(v);
    case 'plain':
      return v.value.trim() !== '';
    case 'institutions':
      return v.ids.length > 0;
    case 'rows':
      return v.rows.length > 0 && v.rows.every((r) => Object.values(r.cells).every(filledInBoth));
    default:
      return v.value !== null;
  }
}

const choiceOf = (card: Card, field: string) => {
  const v = card.fields[field];
  return v?.kind === 'choice' ? v.value : undefined;
};

describe('sample reports', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'bilan-seeds-'));
    buildSeeds(out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(NAMES)('the committed %s.bilan is exactly what the builder writes (run `npm run seeds` after editing seeds/build)', (name) => {
    const built = join(out, `${name}.bilan`);
    const committed = join(SEEDS, `${name}.bilan`);
    expect(files(committed)).toEqual(files(built));
    for (const file of files(built)) {
      expect(Buffer.compare(readFileSync(join(committed, file)), readFileSync(join(built, file))), file).toBe(0);
    }
  });

  it.each(NAMES)('%s opens as the app opens it: schema, references, images and template', (name) => {
    const folder = join(SEEDS, `${name}.bilan`);
    const media = new Map<string, Uint8Array>();
    if (existsSync(join(folder, 'media'))) for (const f of files(join(folder, 'media'))) media.set(f, readFileSync(join(folder, 'media', f)));
    const opened = readReport({ json: readFileSync(join(folder, 'report.json')), media }, folder, (id) => template(id));
    expect(opened.report.cards.length).toBeGreaterThan(0);
  });

  it.each(NAMES)('every image and institution %s refers to exists', (name) => {
    const report = load(name);
    const folder = join(SEEDS, `${name}.bilan`);
    for (const block of blocksOf(report)) {
      if (block.type !== 'image') continue;
      const media = report.media.find((m) => m.id === block.media);
      expect(media, block.media).toBeDefined();
      const png = readFileSync(join(folder, 'media', media!.file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([media!.width, media!.height]);
      expect(block.alt.length).toBeGreaterThan(20);
    }
    const known = new Set(report.institutions.map((i) => i.id));
    for (const card of report.cards) {
      for (const v of Object.values(card.fields)) {
        const cells = v.kind === 'rows' ? v.rows.flatMap((r) => Object.values(r.cells)) : [v];
        for (const c of cells) if (c.kind === 'institutions') for (const id of c.ids) expect(known, `${card.id} → ${id}`).toContain(id);
      }
    }
  });
});

describe('the 2018–2020 end-of-term sample', () => {
  const report = load('ogp-2018-2020');

  it('has the 5 ambitions and 21 commitments of the plan, titled as the facts say', () => {
    const facts = sampleFacts();
    expect(report.ambitions.map((a) => [a.id, a.title.fr?.content, a.title.en?.content])).toEqual(facts.ambitions.map((a) => [a.id, a.fr, a.en]));
    expect(report.cards).toHaveLength(21);
    for (const fact of facts.commitments) {
      const card = report.cards.find((c) => c.number === String(fact.number));
      const title = card?.fields['title'];
      expect(title?.kind === 'text' && [title.fr?.content, title.en?.content]).toEqual([fact.title.fr, fact.title.en]);
      expect(title && outOfDate(title as Localized<string>)).toBe(false);
      const ambition = facts.ambitions.find((a) => a.commitments.includes(fact.number));
      expect(card?.ambition).toBe(ambition?.id);
    }
  });

  it('says 16 of 21 commitments were substantially achieved or completed, as the published report does', () => {
    const levels = report.cards.map((c) => choiceOf(c, 'progress'));
    expect(levels.filter((l) => l === 'substantial' || l === 'completed')).toHaveLength(16);
    expect(levels.filter((l) => l === 'limited' || l === 'not-started')).toHaveLength(5);
    expect(levels).toContain('not-started');
  });

  it('gives every card its title in both languages, its lead institutions and its progress', () => {
    for (const card of report.cards) {
      expect(filledInBoth(card.fields['title']), card.id).toBe(true);
      expect(filledInBoth(card.fields['leadInstitutions']), card.id).toBe(true);
      expect(choiceOf(card, 'progress'), card.id).toBeTruthy();
    }
  });

  it('has at least five cards with every field filled in both languages, some with IRM recommendations', () => {
    const fields = ['title', 'aim', 'leadInstitutions', 'otherStakeholders', 'progress', 'results', 'milestones', 'timetable', 'timetableComment', 'nextSteps', 'resources', 'contacts'];
    const full = report.cards.filter((c) => fields.every((f) => filledInBoth(c.fields[f])));
    expect(full.length).toBeGreaterThanOrEqual(5);
    expect(full.filter((c) => filledInBoth(c.fields['irmRecommendations'])).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves real gaps for validation: untranslated, missing and out-of-date values', () => {
    const values = localizedValues(report);
    const stale = values.filter(outOfDate);
    expect(stale.length).toBeGreaterThanOrEqual(3);
    for (const v of stale) {
      // The English keeps the French it was translated from, which differs from today's.
      expect(v.en?.source.fr).toBeDefined();
      expect(JSON.stringify(v.en?.source.fr)).not.toBe(JSON.stringify(v.fr?.content));
    }
    expect(values.some((v) => v.fr && !v.en)).toBe(true);
    expect(report.cards.some((c) => !c.fields['nextSteps'])).toBe(true);
    expect(report.cards.some((c) => !c.fields['contacts'])).toBe(true);
    expect(report.cards.some((c) => !c.fields['milestones'])).toBe(true);
  });

  it('uses every rich-text feature and every milestone status', () => {
    const blocks = blocksOf(report);
    const inlines: Inline[] = [];
    const walk = (items: Inline[]) => items.forEach((i) => (inlines.push(i), i.type === 'link' || i.type === 'footnote' ? walk(i.children as Inline[]) : undefined));
    const depth = (b: Block): number => (b.type === 'list' ? 1 + Math.max(0, ...b.items.map((i) => (i.sublist ? depth(i.sublist) : 0))) : 0);
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') walk(b.children);
      if (b.type === 'table') b.rows.flat().forEach((c) => walk(c.children));
    }
    const lists = blocks.filter((b) => b.type === 'list');
    expect(lists.some((l) => l.ordered && depth(l) >= 2)).toBe(true);
    expect(lists.some((l) => l.items.some((i) => i.sublist && !i.sublist.ordered))).toBe(true);
    expect(blocks.some((b) => b.type === 'table' && b.headerRow && b.rows.length > 2)).toBe(true);
    expect(blocks.some((b) => b.type === 'heading')).toBe(true);
    expect(blocks.some((b) => b.type === 'image')).toBe(true);
    expect(inlines.some((i) => i.type === 'text' && i.bold)).toBe(true);
    expect(inlines.some((i) => i.type === 'text' && i.italic)).toBe(true);
    expect(inlines.some((i) => i.type === 'link' && i.url.startsWith('https://'))).toBe(true);
    expect(inlines.some((i) => i.type === 'footnote' && inlineText(i).length > 0)).toBe(true);

    const statuses = report.cards.flatMap((c) => {
      const m = c.fields['milestones'];
      return m?.kind === 'rows' ? m.rows.map((r) => (r.cells['status']?.kind === 'choice' ? r.cells['status'].value : null)) : [];
    });
    expect(new Set(statuses)).toEqual(new Set(['done', 'ongoing', 'suspended', 'not-done']));
  });

  it('gives commitment 5 the longest results, with a sub-heading per milestone', () => {
    const words = (c: Card) => {
      const v = c.fields['results'];
      return v?.kind === 'richText' ? JSON.stringify(v.fr?.content ?? []).length : 0;
    };
    const longest = [...report.cards].sort((a, b) => words(b) - words(a))[0]!;
    expect(longest.number).toBe('5');
    const results = longest.fields['results'];
    const milestones = longest.fields['milestones'];
    const headings = results?.kind === 'richText' ? (results.fr?.content ?? []).filter((b) => b.type === 'heading') : [];
    expect(milestones?.kind === 'rows' && headings.length).toBe(milestones?.kind === 'rows' ? milestones.rows.length : -1);
  });

  it('names only invented contacts, at reserved example domains', () => {
    for (const card of report.cards) {
      const contacts = card.fields['contacts'];
      if (contacts?.kind !== 'rows') continue;
      for (const row of contacts.rows) {
        const email = row.cells['email'];
        expect(email?.kind === 'plain' && email.value, card.id).toMatch(/@([a-z0-9-]+\.)*(example|example\.(org|com|net))$/);
      }
    }
  });
});

describe('the 2021–2023 action plan sample', () => {
  const report = load('action-plan-2021-2023');

  it('has three action sheets in two areas, each with key figures and a dated deadline table', () => {
    expect(report.ambitions).toHaveLength(2);
    expect(report.cards.map((c) => c.number)).toEqual(['1-1', '1-5', '2-3']);
    for (const card of report.cards) {
      const figures = card.fields['keyFigures'];
      const deadlines = card.fields['deadlines'];
      expect(figures?.kind === 'rows' && figures.rows.length, card.id).toBeGreaterThanOrEqual(2);
      expect(figures?.kind === 'rows' && figures.rows.length, card.id).toBeLessThanOrEqual(3);
      expect(filledInBoth(figures)).toBe(true);
      expect(deadlines?.kind === 'rows' && deadlines.rows.length, card.id).toBeGreaterThanOrEqual(3);
      expect(deadlines?.kind === 'rows' && deadlines.rows.length, card.id).toBeLessThanOrEqual(5);
      expect(filledInBoth(deadlines)).toBe(true);
    }
    expect(report.chapters.find((c) => c.id === 'foreword')?.body.en?.content.length).toBeGreaterThan(0);
    expect(report.institutions.every((i) => i.name.fr?.content && i.name.en?.content)).toBe(true);
  });
});

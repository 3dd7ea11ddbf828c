import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/find/fold.js';
import { replaceMatches } from '../../shared/find/replace.js';
import { DEFAULT_FIND_OPTIONS, findInReport, matchContext, type FindOptions } from '../../shared/find/search.js';
import type { Report } from '../../shared/model/report.js';
import type { RichText } from '../../shared/model/richtext.js';
import { Report as ReportSchema } from '../../shared/model/report.js';
import { bilingual } from '../../shared/report/localized.js';
import { sortedCards } from '../../shared/validate/validate.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

const template = templates.get('ogp-end-of-term');
const sample = async (): Promise<Report> => (await files.open(SAMPLE)).report;
const scope = (report: Report, langs: ('fr' | 'en')[] = ['fr', 'en']) => ({ langs, cardOrder: sortedCards(report).map((c) => c.id) });
const find = (report: Report, query: string, options: Partial<FindOptions> = {}, langs?: ('fr' | 'en')[]) => findInReport(report, template, query, { ...DEFAULT_FIND_OPTIONS, ...options }, scope(report, langs));

/** The matches in the first card's results field only. */
const inResults = (report: Report, result: ReturnType<typeof find>) => {
  const first = sortedCards(report)[0]!.id;
  return { ...result, matches: result.matches.filter((m) => { const p = result.texts[m.text]!.place; return p.kind === 'card' && p.cardId === first && p.fieldId === 'results'; }) };
};

/** A report whose first card's results field holds `rich` in French and English. */
async function withRich(rich: RichText, en: RichText = rich): Promise<Report> {
  const report = await sample();
  const card = sortedCards(report)[0]!;
  const cards = report.cards.map((c) => (c.id === card.id ? { ...c, fields: { ...c.fields, results: { kind: 'richText' as const, ...bilingual(rich, en) } } } : c));
  return { ...report, cards };
}

describe('finding words in a report', () => {
  it('finds every occurrence, in cards, chapters and the report’s own names, in reading order', async () => {
    const report = await sample();
    const result = find(report, 'transparence');
    expect(result.matches.length).toBeGreaterThan(5);
    for (const m of result.matches) {
      const text = result.texts[m.text]!.pieces[m.piece]!.text;
      expect(text.slice(m.start, m.end).toLowerCase()).toBe('transparence');
    }
    const kinds = new Set(result.matches.map((m) => result.texts[m.text]!.place.kind));
    expect(kinds).toContain('card');
    expect(kinds).toContain('ambition');
  });

  it('searches the languages asked for', async () => {
    const report = await sample();
    const fr = find(report, 'transparency', {}, ['fr']);
    const en = find(report, 'transparency', {}, ['en']);
    expect(fr.matches.every((m) => fr.texts[m.text]!.lang !== 'en')).toBe(true);
    expect(en.matches.length).toBeGreaterThan(0);
    expect(en.matches.every((m) => en.texts[m.text]!.lang === 'en')).toBe(true);
  });

  it('matches case only when asked, whole words when asked, and accents unless told to ignore them', async () => {
    const report = await withRich([{ type: 'paragraph', children: [{ type: 'text', text: 'L’État a réalisé les États généraux ; l’œuvre est realisee.' }] }]);
    const count = (q: string, o: Partial<FindOptions> = {}) => inResults(report, find(report, q, o, ['fr'])).matches.length;
    expect(count('état')).toBe(2);
    expect(count('état', { matchCase: true })).toBe(0);
    expect(count('État', { matchCase: true, wholeWord: true })).toBe(1);
    expect(count('l\'état')).toBe(1); // a typed apostrophe finds the typographic one
    expect(count('realise')).toBe(1); // only "realisee", not "réalisé"
    expect(count('realise', { ignoreAccents: true })).toBe(2);
    expect(count('oeuvre', { ignoreAccents: true })).toBe(1);
    expect(count('realise', { ignoreAccents: true, wholeWord: true })).toBe(1);
  });

  it('gives the words around a match for the list of results', async () => {
    const report = await withRich([{ type: 'paragraph', children: [{ type: 'text', text: 'Une phrase assez longue pour que le contexte soit coupé entre deux mots autour du mot cherché ici et encore quelques mots après lui.' }] }]);
    const result = inResults(report, find(report, 'cherché', {}, ['fr']));
    const context = matchContext(result, result.matches[0]!);
    expect(context.match).toBe('cherché');
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.before.endsWith('du mot ')).toBe(true);
    expect(context.after.startsWith(' ici')).toBe(true);
  });

  it('folds keeping each character’s place', () => {
    const f = fold('Œuvre réalisée', { matchCase: false, ignoreAccents: true });
    expect(f.text).toBe('oeuvre realisee');
    expect(f.from![2]).toBe(1);
  });
});

describe('replacing', () => {
  it('keeps the bold of the text around a match that spans a bold and a plain run, and links and lists', async () => {
    const rich: RichText = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Le minis', bold: true }, { type: 'text', text: 'tère publie.' }] },
      { type: 'list', ordered: false, items: [{ children: [{ type: 'link', url: 'https://www.example.org', children: [{ type: 'text', text: 'le ministère' }] }, { type: 'text', text: ' ouvre' }] }] },
    ];
    const report = await withRich(rich);
    const result = inResults(report, find(report, 'ministère', {}, ['fr']));
    expect(result.matches).toHaveLength(2);
    const next = replaceMatches(report, result, result.matches, 'secrétariat').report;
    const card = sortedCards(next)[0]!;
    const value = card.fields['results'];
    expect(value?.kind === 'richText' && value.fr?.content).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Le secrétariat', bold: true }, { type: 'text', text: ' publie.' }] },
      { type: 'list', ordered: false, items: [{ children: [{ type: 'link', url: 'https://www.example.org', children: [{ type: 'text', text: 'le secrétariat' }] }, { type: 'text', text: ' ouvre' }] }] },
    ]);
    // The English text, untouched, is now to review against the new French.
    expect(value?.kind === 'richText' && value.en?.source.rev !== value.fr?.rev).toBe(true);
    expect(() => ReportSchema.parse(next)).not.toThrow();
  });

  it('keeps an English text up to date when both languages are replaced in one step', async () => {
    const report = await withRich([{ type: 'paragraph', children: [{ type: 'text', text: 'DINSIC' }] }]);
    const result = inResults(report, find(report, 'DINSIC'));
    const next = replaceMatches(report, result, result.matches, 'DINUM').report;
    const value = sortedCards(next)[0]!.fields['results'];
    expect(value?.kind === 'richText' && value.en?.source.rev === value.fr?.rev).toBe(true);
  });

  it('skips approved cards and says how many', async () => {
    const report = await sample();
    const first = sortedCards(report)[0]!;
    const approved: Report = { ...report, review: { ...report.review, [first.id]: { state: 'approved', by: { name: 'Claire Martin', institution: 'ditp' }, at: '2026-01-01T00:00:00.000Z' } } };
    const result = find(approved, 'e');
    const outcome = replaceMatches(approved, result, result.matches, 'E');
    const inFirst = result.matches.filter((m) => result.texts[m.text]!.cardId === first.id).length;
    expect(inFirst).toBeGreaterThan(0);
    expect(outcome.skipped.approved).toBe(inFirst);
    expect(outcome.replaced).toBe(result.matches.length - inFirst);
    expect(outcome.report.cards.find((c) => c.id === first.id)).toBe(approved.cards.find((c) => c.id === first.id));
  });
});

describe('find and replace, as properties', () => {
  const options = fc.record({ matchCase: fc.boolean(), wholeWord: fc.boolean(), ignoreAccents: fc.boolean() });
  const queries = fc.constantFrom('e', 'é', 'État', 'de la', 'transparence', 'Open', 'l’', "l'", 'ion', 'DITP', '2020', ' ', 'œ', 'E');

  it('reports only matches that are really there', async () => {
    const report = await sample();
    await fc.assert(
      fc.asyncProperty(queries, options, async (query, o) => {
        const result = find(report, query, o);
        const folded = (s: string) => fold(s, o).text;
        for (const m of result.matches) {
          const text = result.texts[m.text]!.pieces[m.piece]!.text;
          expect(folded(text.slice(m.start, m.end))).toBe(folded(query));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('replace all, then undo, gives back the exact report; replace all leaves none behind', async () => {
    const report = await sample();
    const before = JSON.stringify(report);
    await fc.assert(
      fc.asyncProperty(queries, options, fc.constantFrom('X', '', 'remplacé', 'ÉTAT'), async (query, o, replacement) => {
        const result = find(report, query, o);
        const outcome = replaceMatches(report, result, result.matches, replacement);
        expect(outcome.replaced).toBe(result.matches.length);
        expect(() => ReportSchema.parse(outcome.report)).not.toThrow();
        // The report searched was not changed in place: undo (the report before) is exact.
        expect(JSON.stringify(report)).toBe(before);
        if (!fold(replacement, o).text.includes(fold(query, o).text)) expect(find(outcome.report, query, o).matches.length).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});

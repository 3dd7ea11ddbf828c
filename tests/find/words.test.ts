import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.js';
import type { RichText } from '../../shared/model/richtext.js';
import { Template } from '../../shared/model/template.js';
import { bilingual } from '../../shared/report/localized.js';
import { countWords, wordsOf } from '../../shared/text/words.js';
import { describeValidationIssue } from '../../shared/validate/describe.js';
import { blocksPublication, sortedCards, validateReport } from '../../shared/validate/validate.js';
import { clone, files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

describe('counting words, the same way everywhere', () => {
  it('counts an elided word as one, numbers as words, and no punctuation or symbol', () => {
    expect(countWords('l’État')).toBe(1);
    expect(countWords("l'État a réalisé aujourd’hui")).toBe(4);
    expect(countWords('peut-être 2018-2020')).toBe(2);
    // A number with its no-break space (as French typography writes it), its decimal comma.
    expect(countWords('15\u00a0000 € soit 3,5 %')).toBe(3);
    expect(countWords('« Bonjour ! » – … ; : 😀')).toBe(1);
    expect(countWords('Le 14 juillet 2020 12 ministères')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
  });

  it('counts rich text block by block, links and footnotes included, images not', () => {
    const rich: RichText = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Le ', bold: true }, { type: 'text', text: 'ministère' }, { type: 'link', url: 'https://www.example.org', children: [{ type: 'text', text: ' publie' }] }, { type: 'footnote', children: [{ type: 'text', text: 'Voir annexe' }] }] },
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'un' }], sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'deux' }] }] } }] },
      { type: 'table', headerRow: false, rows: [[{ children: [{ type: 'text', text: 'trois' }] }, { children: [{ type: 'text', text: 'quatre' }] }]] },
      { type: 'image', media: 'm1', alt: 'une image décrite en plusieurs mots' },
    ];
    expect(wordsOf(rich)).toBe(3 + 2 + 2 + 2);
    expect(wordsOf(undefined)).toBe(0);
    expect(wordsOf('deux mots')).toBe(2);
  });
});

describe('the template’s suggested length (maxWords)', () => {
  const base = templates.get('ogp-end-of-term');
  /** The end-of-term template with a suggested maximum on one rich-text and one text field. */
  const withMax = (): Template => {
    const t = clone(base);
    t.card.fields = t.card.fields.map((f) => (f.id === 'results' ? { ...f, maxWords: 5 } : f.id === 'title' ? { ...f, maxWords: 3 } : f));
    return Template.parse(t);
  };

  it('is accepted on text and rich-text fields only', () => {
    expect(() => withMax()).not.toThrow();
    const onChoice = clone(base);
    onChoice.card.fields = onChoice.card.fields.map((f) => (f.kind === 'choice' ? { ...f, maxWords: 3 } : f));
    expect(Template.safeParse(onChoice).success).toBe(false);
    const onColumn = clone(base);
    onColumn.card.fields = onColumn.card.fields.map((f) => (f.kind === 'rows' ? { ...f, columns: f.columns.map((c) => (c.kind === 'text' ? { ...c, maxWords: 3 } : c)) } : f));
    expect(Template.safeParse(onColumn).success).toBe(false);
    // The templates shipped set none: the OGP guidance gives no word limits per field.
    expect(base.card.fields.some((f) => f.kind !== 'rows' && f.maxWords !== undefined)).toBe(false);
  });

  it('is a warning per field and language past it, never an error, worded with both figures', async () => {
    const template = withMax();
    const report: Report = (await files.open(SAMPLE)).report;
    const card = sortedCards(report)[0]!;
    const long = bilingual<RichText>([{ type: 'paragraph', children: [{ type: 'text', text: 'un deux trois quatre cinq six sept' }] }], [{ type: 'paragraph', children: [{ type: 'text', text: 'one two three' }] }]);
    const cards = report.cards.map((c) => (c.id === card.id ? { ...c, fields: { ...c.fields, results: { kind: 'richText' as const, ...long } } } : c));
    const issues = validateReport({ ...report, cards }, template);
    const tooLong = issues.filter((i) => i.code === 'too-long');
    expect(tooLong.filter((i) => i.target.kind === 'card' && i.target.id === card.id && i.target.field === 'results')).toEqual([
      { severity: 'warning', code: 'too-long', lang: 'fr', target: { kind: 'card', id: card.id, number: card.number, field: 'results' }, words: 7, max: 5 },
    ]);
    expect(tooLong.every((i) => i.severity === 'warning')).toBe(true);
    // Titles longer than 3 words are warned about too, and none of it blocks publication.
    expect(tooLong.some((i) => i.target.kind === 'card' && i.target.field === 'title')).toBe(true);
    const without = validateReport({ ...report, cards }, base);
    expect(blocksPublication(issues)).toBe(blocksPublication(without));
    expect(issues.filter((i) => i.severity === 'error')).toEqual(without.filter((i) => i.severity === 'error'));
    const issue = tooLong.find((i) => i.target.kind === 'card' && i.target.field === 'results')!;
    expect(describeValidationIssue(issue, { ...report, cards }, template, 'fr')).toMatch(/^\[FR\] Résultats et impacts\s: 7 mots, pour 5 conseillés au plus par le modèle\u00a0: à raccourcir si possible \(cela n’empêche pas l’export\)$/);
    expect(describeValidationIssue(issue, { ...report, cards }, template, 'en')).toMatch(/^\[FR\] .+: 7 words, where the template suggests at most 5/);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellWords, fitColumns, wordMinimums, type CellWord } from '../../shared/export/layout/widths.js';
import type { LayoutCell } from '../../shared/export/layout/types.js';
import { ExportService } from '../../electron/main/services/export-service.js';
import { templates } from '../support/fixtures.js';
import { libreOfficeToPdf, pdfText } from '../support/poppler.js';
import { tempDir } from '../support/paths.js';
import { commitmentReport } from '../templates/commitment-report.js';

// The summary table of the ogp-commitment template has five narrow level columns: "Substantial"
// (and "Substantiel") once broke in the middle, "Substantia" on one line and "l" on the next, in
// the PDF and in Word. Narrow columns now take the width of their longest word.

const LEVELS = {
  en: ['No evidence available', 'Not started', 'Limited', 'Substantial', 'Complete'],
  fr: ['Aucun élément disponible', 'Pas commencé', 'Limité', 'Substantiel', 'Achevé'],
};

/** The lines of the summary table's header in a `pdftotext -layout` text: from the column "Commitment"/"Engagement" to the first row. */
function headerLines(text: string, lang: 'fr' | 'en'): string[] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => new RegExp(`^\\s*${lang === 'fr' ? 'Engagement' : 'Commitment'}\\s{2,}`).test(l));
  if (first < 0) throw new Error(`no summary table header in:\n${text}`);
  const end = lines.findIndex((l, i) => i > first && /^\s*(Engagement|Commitment) (n°)?\d/.test(l));
  return lines.slice(first, end);
}

/** Every word of the header, read across its lines: a word cut in two shows as two. */
function headerWords(text: string, lang: 'fr' | 'en'): string[] {
  return headerLines(text, lang).flatMap((l) => l.trim().split(/\s+/)).filter(Boolean);
}

describe('narrow table columns fit their longest word', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('bilan-columns-');
    const template = templates.get('ogp-commitment');
    await new ExportService(templates).export({ report: commitmentReport(template), media: new Map(), formats: ['pdf', 'docx'], langs: ['fr', 'en'], out: dir });
  }, 300_000);

  for (const lang of ['en', 'fr'] as const) {
    const name = lang === 'fr' ? 'rapport-fr' : 'report-en';

    it(`the PDF's summary table prints every level's words whole (${lang})`, () => {
      const words = headerWords(pdfText(join(dir, `${name}.pdf`), true), lang);
      for (const level of LEVELS[lang]) for (const word of level.split(' ')) expect(words, words.join(' | ')).toContain(word);
      // Nothing but the levels' words and the first column's title: no piece of a cut word.
      const known = new Set([lang === 'fr' ? 'Engagement' : 'Commitment', ...LEVELS[lang].flatMap((l) => l.split(' '))]);
      expect(words.filter((w) => !known.has(w))).toEqual([]);
    });

    it(`Word's summary table, as LibreOffice sets it, prints every level's words whole (${lang})`, () => {
      const words = headerWords(pdfText(libreOfficeToPdf(join(dir, `${name}.docx`)), true), lang);
      for (const level of LEVELS[lang]) for (const word of level.split(' ')) expect(words, words.join(' | ')).toContain(word);
      const known = new Set([lang === 'fr' ? 'Engagement' : 'Commitment', ...LEVELS[lang].flatMap((l) => l.split(' '))]);
      expect(words.filter((w) => !known.has(w))).toEqual([]);
    }, 240_000);
  }
});

describe('fitting column widths', () => {
  it('widens a column up to its longest word, taking the room from the others in proportion to what they spare', () => {
    const fitted = fitColumns([200, 40, 40, 40], [50, 55, 30, 30]);
    expect(fitted.reduce((a, b) => a + b, 0)).toBeCloseTo(320, 6);
    expect(fitted[1]).toBeCloseTo(55, 6);
    fitted.forEach((w, i) => expect(w).toBeGreaterThanOrEqual([50, 55, 30, 30][i]! - 1e-9));
    // The wide column gives most of the 15 points: it has 150 to spare, the narrow ones 10 each.
    expect(200 - fitted[0]!).toBeCloseTo((15 * 150) / 170, 6);
    expect(40 - fitted[2]!).toBeCloseTo((15 * 10) / 170, 6);
  });

  it('leaves widths that already fit as they are', () => {
    expect(fitColumns([100, 50, 50], [20, 30, 40])).toEqual([100, 50, 50]);
  });

  it('caps a word at half the table, and shares out a table too narrow for all its words', () => {
    // A pasted address 900 points wide asks for no more than half the table.
    const capped = fitColumns([100, 100, 100, 100], [900, 10, 10, 10]);
    expect(capped[0]).toBeCloseTo(200, 6);
    expect(capped.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 6);
    // Words that cannot all fit: each column gets its word's share, none the whole table.
    const crowded = fitColumns([100, 100], [300, 100]);
    expect(crowded[0]! + crowded[1]!).toBeCloseTo(200, 6);
    expect(crowded[0]! / crowded[1]!).toBeCloseTo(1, 6);
  });

  it('reads words whole across runs and no-break spaces, bold in a header row, and measures a very long word only in part', () => {
    const words = cellWords(
      [
        { kind: 'paragraph', style: 'small', inlines: [{ kind: 'text', text: 'Pas commencé « vrai\u00a0» ' }, { kind: 'text', text: 'ital', italic: true }, { kind: 'text', text: 'ique,' }] },
        { kind: 'list', ordered: false, items: [{ inlines: [{ kind: 'text', text: `a ${'x'.repeat(100_000)}` }] }] },
      ],
      true,
    );
    expect(words.map((w) => w.parts.map((p) => p.text).join(''))).toEqual(['Pas', 'commencé', '«', 'vrai\u00a0»', 'italique,', 'a', 'x'.repeat(120)]);
    expect(words.every((w) => w.parts.every((p) => p.bold))).toBe(true);
    expect(words[4]!.parts.map((p) => p.italic)).toEqual([true, false]);
    expect(words.map((w) => w.style)).toEqual(['small', 'small', 'small', 'small', 'small', 'body', 'body']);
  });

  it('measures the words of a column widest ceiling first, and stops once no other can be wider', () => {
    const cell = (text: string): LayoutCell => ({ blocks: [{ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }] });
    const rows = [
      [cell('a bb cccccc'), cell('x')],
      [cell('dddd ee'), cell('yyyy zz')],
    ];
    const text = (w: CellWord) => w.parts.map((p) => p.text).join('');
    const measured: string[] = [];
    // A width of 10 a character, but "ee" as wide as 70; its ceiling (15 a character) says so.
    const measure = (w: CellWord) => (measured.push(text(w)), text(w) === 'ee' ? 70 : 10 * text(w).length);
    const bound = (w: CellWord) => (text(w) === 'ee' ? 75 : 15 * text(w).length);
    expect(wordMinimums(rows, 0, 2, measure, bound, 4)).toEqual([74, 44]);
    // Column 1: "cccccc" (ceiling 90), "ee" (75): 70 < 75 so far, "dddd" (60) cannot beat 70: stop.
    // Column 2: "yyyy" (ceiling 60, measured 40), "zz" (30) cannot beat it: stop.
    expect(measured).toEqual(['cccccc', 'ee', 'yyyy']);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RichText } from '../../../shared/model/richtext.js';
import { bilan } from '../../support/cli.js';
import { files } from '../../support/fixtures.js';
import { SAMPLE, tempDir } from '../../support/paths.js';
import { docxParts, paragraphsText } from '../docx/docx-files.js';

// Many short words each followed by a mark typed with an ordinary space, or with none: without
// no-break spaces, some lines of the French PDF would start with the mark.
const MARKS = [':', ';', '?', '!', '»'];
// Words of pseudo-random lengths and letters, each followed by a mark: without no-break spaces,
// a line in six or so would end just before its mark.
let seed = 7;
const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
const DENSE = Array.from({ length: 600 }, (_, i) => `${Array.from({ length: 1 + next(10) }, () => 'ilmwaeo'[next(7)]).join('')} ${MARKS[i % 5]}`).join(' ');
const FR = Array.from({ length: 60 }, (_, i) => ['mot :', 'texte ;', 'vrai ?', 'fin !', '« cité »', `${i + 1} 000 €`, 'taux 15 %'][i % 7]).join(' ');
const FR_LINK = 'Voir https://x.fr/a?b=c ; écrire à contact@x.gouv.fr, à 10:30, en 2018–2020, n°1 ;';
const EN = 'Word: text; true? end! «quoted» 15,000 people, 15% more';

describe('French typography in the exported files', () => {
  let out: string;
  beforeAll(async () => {
    const { report, media } = await files.open(SAMPLE);
    const results = report.cards[0]!.fields['results'];
    if (results?.kind !== 'richText' || !results.fr || !results.en) throw new Error('the sample changed: card 1 has no results');
    results.fr.content = [
      { type: 'paragraph', children: [{ type: 'text', text: FR }] },
      { type: 'paragraph', children: [{ type: 'text', text: FR_LINK }] },
      { type: 'paragraph', children: [{ type: 'text', text: DENSE }] },
    ] satisfies RichText;
    results.en.content = [{ type: 'paragraph', children: [{ type: 'text', text: EN }] }] satisfies RichText;
    const dir = tempDir('bilan-typo-');
    const file = join(dir, 'typo.bilan');
    await files.save(file, report, media);
    out = join(dir, 'out');
    const run = bilan(['export', file, '--format', 'pdf,docx', '--lang', 'fr,en', '--allow-missing', '--out', out]);
    if (run.status !== 0) throw new Error(run.stderr);
  }, 120_000);

  it('the French PDF never starts a line with « : ; ! ? » » and keeps addresses, times and years as typed', () => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(out, 'rapport-fr.pdf'), '-'], { encoding: 'utf8' });
    const starts = text.split('\n').filter((l) => /^\s*[:;!?»%]/.test(l) || /\s{2}[:;!?»%](\s|$)/.test(l));
    expect(starts).toEqual([]);
    // The test text does reach the page, over several lines (poppler prints no-break spaces as spaces).
    const lines = text.split('\n').filter((l) => /mot\s:/.test(l));
    expect(lines.length).toBeGreaterThan(3);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Voir https://x.fr/a?b=c ; écrire à contact@x.gouv.fr, à 10:30, en 2018–2020, n°1 ;');
  });

  it('the French DOCX holds the same no-break spaces in its XML, and never a plain space before a mark', () => {
    const xml = docxParts(readFileSync(join(out, 'rapport-fr.docx')))['word/document.xml']!;
    const paragraph = paragraphsText(xml).find((p) => p.startsWith('mot'))!;
    expect(paragraph).toContain('mot\u00a0: texte\u202f; vrai\u202f? fin\u202f! «\u00a0cité\u00a0»');
    expect(paragraph).not.toMatch(/ [:;!?»]/);
    expect(paragraphsText(xml).find((p) => p.startsWith('Voir'))).toBe('Voir https://x.fr/a?b=c\u202f; écrire à contact@x.gouv.fr, à 10:30, en 2018–2020, n°1\u202f;');
  });

  it('the English files get none of it: no space added before punctuation', () => {
    const xml = docxParts(readFileSync(join(out, 'report-en.docx')))['word/document.xml']!;
    expect(paragraphsText(xml)).toContain(EN);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'report-en.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(EN);
  });
});

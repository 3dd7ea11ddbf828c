import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/model/limits.js';
import type { RichText } from '../../shared/model/richtext.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { libreOfficeToPdf, pdfText } from '../support/poppler.js';
import { docxParts, paragraphsText } from '../export/docx/docx-files.js';
import { wordBoxes } from '../export/pdf/pdf-files.js';

// The audit's reproduction: a contributor's package can carry a word with no space as long as
// a text run may be. Breaking its lines re-measured the whole rest of the word at every cut, so
// the export's cost grew with the square of its length: 20,000 characters took 6 s and 0.4 GB,
// 100,000 crashed the process out of memory after 167 s, in PDF and DOCX alike (the DOCX's table
// of contents is paginated by the PDF's layout).

const UNIT = 'abcdefghij';
const BEFORE = 'Avant';
const AFTER = 'après';

/** The sample with card 1's French results holding one word of `length` characters between two short words. */
async function reportWithWord(length: number): Promise<string> {
  const { report, media } = await files.open(SAMPLE);
  const results = report.cards[0]!.fields['results'];
  if (results?.kind !== 'richText' || !results.fr) throw new Error('the sample changed: card 1 has no French results');
  const text: RichText = [{ type: 'paragraph', children: [{ type: 'text', text: `${BEFORE} ${UNIT.repeat(length / UNIT.length)} ${AFTER}` }] }];
  results.fr.content = text;
  const file = join(tempDir('bilan-long-word-'), `word-${length}.bilan`);
  await files.save(file, report, media);
  return file;
}

/** The characters of the long word as a text extraction gives them back, joined across lines and pages. */
function wordIn(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => new RegExp(`^(${BEFORE} )?[a-j]+( ${AFTER})?$`).test(l))
    .map((l) => l.replace(`${BEFORE} `, '').replace(` ${AFTER}`, ''))
    .join('');
}

describe('a word as long as a text run may be (1,000,000 characters, no space)', () => {
  const length = LIMITS.textLength - 20;
  let out: string;
  let run: { pdf: ReturnType<typeof bilan>; docx: ReturnType<typeof bilan> };
  beforeAll(async () => {
    const file = await reportWithWord(length);
    out = tempDir('bilan-long-word-out-');
    run = {
      pdf: bilan(['export', file, '--format', 'pdf', '--lang', 'fr', '--allow-missing', '--out', join(out, 'rapport.pdf')]),
      docx: bilan(['export', file, '--format', 'docx', '--lang', 'fr', '--allow-missing', '--out', join(out, 'rapport.docx')]),
    };
  }, 240_000);

  it('exports to PDF with every character, cut into lines that stay inside the margins', () => {
    expect(run.pdf.status, run.pdf.stderr).toBe(0);
    const pdf = join(out, 'rapport.pdf');
    expect(wordIn(pdfText(pdf).split('\n'))).toBe(UNIT.repeat(length / UNIT.length));
    const pieces = wordBoxes(pdf).filter((w) => /^[a-j]{20,}$/.test(w.word));
    expect(pieces.length).toBeGreaterThan(length / 200);
    for (const w of pieces) {
      expect(w.xMin).toBeGreaterThan(0);
      expect(w.xMax).toBeLessThan(w.pageWidth);
    }
  });

  it('exports to DOCX with the whole word in its paragraph', () => {
    expect(run.docx.status, run.docx.stderr).toBe(0);
    const xml = docxParts(readFileSync(join(out, 'rapport.docx')))['word/document.xml']!;
    expect(paragraphsText(xml)).toContain(`${BEFORE} ${UNIT.repeat(length / UNIT.length)} ${AFTER}`);
  });
});

describe('a 100,000-character word, the length that crashed the export', () => {
  it('gives a DOCX that LibreOffice opens and prints whole', async () => {
    const file = await reportWithWord(100_000);
    const docx = join(tempDir('bilan-long-word-lo-'), 'rapport.docx');
    const run = bilan(['export', file, '--format', 'docx', '--lang', 'fr', '--allow-missing', '--out', docx]);
    expect(run.status, run.stderr).toBe(0);
    expect(wordIn(pdfText(libreOfficeToPdf(docx)).split('\n'))).toBe(UNIT.repeat(10_000));
  }, 240_000);
});

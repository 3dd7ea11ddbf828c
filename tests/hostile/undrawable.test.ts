import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { docxParts } from '../export/docx/docx-files.js';

// The audit's reproduction: characters the embedded fonts cannot draw (Arabic, Hebrew…)
// vanished from the PDF without a word, so a card titled in Arabic printed as "Engagement n°1 –",
// and a right-to-left override (U+202E) in a name printed it backwards.

const ARABIC = 'الشفافية';
const RLO = '\u202e';

describe('text the publication’s fonts cannot print', () => {
  let file: string;
  let out: string;
  beforeAll(async () => {
    const { report, media } = await files.open(SAMPLE);
    const title = report.cards[0]!.fields['title'];
    if (title?.kind !== 'text' || !title.fr) throw new Error('the sample changed: card 1 has no French title');
    title.fr.content = `Transparence ${ARABIC} et שקיפות`;
    report.institutions[0]!.name.fr!.content = `${RLO}Ministère inversé`;
    file = join(tempDir('bilan-undrawable-'), 'rapport.bilan');
    await files.save(file, report, media);
    out = tempDir('bilan-undrawable-out-');
  });

  it('is a warning of validation, naming the card, the field, the language and the characters', () => {
    const run = bilan(['validate', file, '--json']);
    const issues = (JSON.parse(run.stdout) as { issues: { severity: string; code: string; lang?: string; target: { number?: string; field?: string }; chars?: string }[] }).issues;
    const found = issues.filter((i) => i.code === 'undrawable');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', lang: 'fr', target: expect.objectContaining({ number: '1', field: 'title' }), chars: expect.stringContaining('ش') })]);
    expect(found[0]!.chars).toContain('ש');
    const fr = bilan(['validate', file, '--lang', 'fr']);
    expect(fr.stdout).toMatch(/Engagement n°1.*Titre.*ne savent pas imprimer\u00a0: ا/s);
    const en = bilan(['validate', file, '--lang', 'fr'], 'en_GB.UTF-8');
    expect(en.stdout).toContain('fonts cannot print');
  });

  it('prints a visible mark in the PDF, never nothing, and no bidi control reverses a name', () => {
    const run = bilan(['export', file, '--format', 'pdf', '--lang', 'fr', '--allow-missing', '--out', join(out, 'rapport.pdf')]);
    expect(run.status, run.stderr).toBe(0);
    const text = pdfText(join(out, 'rapport.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Transparence □ et □');
    expect(text).not.toContain(ARABIC);
    expect(text).toContain('Ministère inversé');
    expect(text).not.toContain(RLO);
  });

  it('keeps the characters in the DOCX, where Word finds a font for them, without the bidi control', () => {
    const run = bilan(['export', file, '--format', 'docx', '--lang', 'fr', '--allow-missing', '--out', join(out, 'rapport.docx')]);
    expect(run.status, run.stderr).toBe(0);
    const xml = docxParts(readFileSync(join(out, 'rapport.docx')))['word/document.xml']!;
    expect(xml).toContain(ARABIC);
    expect(xml).toContain('Ministère inversé');
    expect(xml).not.toContain(RLO);
  });
});

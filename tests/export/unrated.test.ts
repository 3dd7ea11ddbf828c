import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.js';
import { headline, progressSummary } from '../../shared/report/summary.js';
import { validateReport } from '../../shared/validate/validate.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { docxParts, paragraphsText } from './docx/docx-files.js';

// An unrated card is not a card at 0: the sample with three cards whose progress level was
// cleared must print no percentage anywhere, say how many cards have none, and not publish.

const CLEARED = ['2', '7', '14'];
let report: Report;
let file: string;
beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  report = opened.report;
  for (const card of report.cards) if (CLEARED.includes(card.number)) card.fields['progress'] = { kind: 'choice', value: null };
  file = join(tempDir('bilan-unrated-'), 'unrated.bilan');
  await files.save(file, report, opened.media);
});

describe('a report with cards that have no progress level', () => {
  it('has a headline that counts the unrated cards, in each language', () => {
    const template = templates.get('ogp-end-of-term');
    const summary = progressSummary(report, template)!;
    expect(summary.unrated).toBe(3);
    expect(headline(summary, template, 'fr')).toBe('3 engagements sans niveau d’avancement');
    expect(headline(summary, template, 'en')).toBe('3 commitments without a progress level');
  });

  it('cannot be published: one error per unrated card, on its progress field', () => {
    const issues = validateReport(report, templates.get('ogp-end-of-term')).filter((i) => i.target.kind === 'card' && i.target.field === 'progress');
    expect(issues.map((i) => [i.severity, i.code, i.target.kind === 'card' && i.target.number])).toEqual(CLEARED.map((n) => ['error', 'missing', n]));
    const run = bilan(['validate', file]);
    expect(run.status).toBe(1);
    // Listed under each card: its heading, then its missing fields.
    const sections = run.stdout.split(/\n(?=Engagement)/);
    for (const n of CLEARED) expect(sections.find((s) => s.startsWith(`Engagement n°${n} –`))).toMatch(/✗ Avancement\s: manquant/);
  });

  it('bilan info says how many have none, and no percentage', () => {
    const run = bilan(['info', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Avancement\s: 3 engagements sans niveau d’avancement/);
    expect(run.stdout).not.toMatch(/\d\u202f% des engagements/);
    const json = JSON.parse(bilan(['info', file, '--json'], 'C').stdout) as { headline: { unrated: number; en: string } };
    expect(json.headline.unrated).toBe(3);
    expect(json.headline.en).toBe('3 commitments without a progress level');
  });

  it('is not exported without --allow-missing, and exported with a visible placeholder in place of the figure', () => {
    const refused = bilan(['export', file, '--format', 'pdf', '--lang', 'fr', '--out', join(tempDir(), 'rapport.pdf')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Avancement');
    const out = tempDir('bilan-unrated-out-');
    const run = bilan(['export', file, '--format', 'pdf,docx', '--lang', 'fr,en', '--allow-missing', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const pdf = (name: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const docx = (name: string) => paragraphsText(docxParts(readFileSync(join(out, name)))['word/document.xml']!).join(' ').replace(/[\s\u00a0\u202f]+/g, ' ');
    for (const text of [pdf('rapport-fr.pdf'), docx('rapport-fr.docx')]) {
      expect(text).toContain('[Chiffre manquant : 3 engagements sans niveau d’avancement]');
      expect(text).not.toMatch(/\d % des engagements/);
      // Each unrated card's row in the summary table says so.
      expect(text.split('[Non renseigné : Avancement]').length - 1).toBe(3);
    }
    for (const text of [pdf('report-en.pdf'), docx('report-en.docx')]) {
      expect(text).toContain('[Figure missing: 3 commitments without a progress level]');
      expect(text).not.toMatch(/\d% of commitments/);
      expect(text.split('[Not given: Progress]').length - 1).toBe(3);
    }
  });
});

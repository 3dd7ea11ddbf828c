import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenedReport } from '../../shared/format/read.js';
import type { Template } from '../../shared/model/template.js';
import { progressSummary } from '../../shared/report/summary.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { sampleFacts, SAMPLE, tempDir } from '../support/paths.js';
import { libreOfficeToPdf, pdfFonts, pdfInfo, pdfOutline, pdfText, pdfWords } from '../support/poppler.js';

const facts = sampleFacts();
/** pdftotext joins lines with new lines and may break inside a title: compare on words. */
const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/- /g, '-');

let out = '';
let sample: OpenedReport;
let template: Template;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  template = templates.get('ogp-end-of-term');
  out = join(tempDir(), 'exports');
  const run = bilan(['export', SAMPLE, '--format', 'pdf,docx', '--lang', 'fr,en', '--out', out, '--allow-missing']);
  expect(run.stderr).toContain('%');
  expect(run.status, run.stderr).toBe(0);
}, 120_000);

describe('bilan export of the sample, in each language and format', () => {
  it('writes rapport-fr and report-en as PDF and DOCX, and says where', () => {
    expect(readdirSync(out).sort()).toEqual(['rapport-fr.docx', 'rapport-fr.pdf', 'report-en.docx', 'report-en.pdf']);
  });

  it.each([
    ['fr', 'rapport-fr.pdf'],
    ['en', 'report-en.pdf'],
  ] as const)('%s PDF: all 21 titles in its language, none of the other language’s labels', (lang, name) => {
    const text = flat(pdfText(join(out, name)));
    for (const c of facts.commitments) expect(text, `commitment ${c.number}`).toContain(flat(c.title[lang]));
    const other = lang === 'fr' ? 'en' : 'fr';
    for (const def of template.card.fields.filter((f) => f.id !== template.card.titleField && f.label.fr !== f.label.en && f.label[other] !== template.group.name[lang])) {
      expect(text).toContain(flat(def.label[lang]));
      expect(text).not.toContain(flat(def.label[other]));
    }
  });

  it.each(['rapport-fr.pdf', 'report-en.pdf'])('%s: title, pages and tags in pdfinfo; only embedded fonts; an outline entry per heading', (name) => {
    const file = join(out, name);
    const info = pdfInfo(file);
    expect(info['Title']).toContain('2018–2020');
    expect(Number(info['Pages'])).toBeGreaterThan(25);
    expect(info['Tagged']).toBe('yes');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const outline = pdfOutline(file);
    expect(outline.length).toBeGreaterThanOrEqual(21 + 5 + 5);
    for (const c of facts.commitments) expect(outline.some((o) => flat(o).includes(flat(name.startsWith('rapport') ? c.title.fr : c.title.en)))).toBe(true);
  });

  it('prints the summary table with the marks of the cards, and the headline', () => {
    const file = join(out, 'rapport-fr.pdf');
    const summary = progressSummary(sample.report, template)!;
    const words = pdfWords(file);
    // The summary's pages are those with marks (✓ appears nowhere else).
    const pages = new Set(words.filter((w) => w.text === '✓').map((w) => w.page));
    const marks: Record<string, string> = {};
    for (const page of pages) {
      const on = words.filter((w) => w.page === page);
      // Column centres from the header words (the table's, below the chart's legend: the last on
      // the page); rows from the "n°N" of each card's heading.
      const columns = ['commencé', 'Limité', 'Substantiel', 'Achevé'].map((label) => on.filter((w) => w.text === label).at(-1)!).map((w) => w.x + w.width / 2);
      const rows = on.filter((w) => /^n°\d+$/.test(w.text));
      for (const tick of on.filter((w) => w.text === '✓')) {
        const row = rows.filter((r) => r.y <= tick.y + 2).sort((a, b) => b.y - a.y)[0]!;
        const centre = tick.x + tick.width / 2;
        const column = columns.map((c) => Math.abs(c - centre)).reduce((best, d, i, all) => (d < all[best]! ? i : best), 0);
        marks[row.text.slice(2)] = summary.levels[column]!.id;
      }
    }
    expect(marks).toEqual(Object.fromEntries(summary.rows.map((r) => [r.number, r.level])));
    expect(flat(pdfText(file))).toContain(flat('76\u202f% des engagements substantiellement réalisés ou achevés'));
  });

  it.each([
    ['fr', 'rapport-fr.docx'],
    ['en', 'report-en.docx'],
  ] as const)('%s DOCX converts with LibreOffice; its text holds every title and the table of contents', (lang, name) => {
    const pdf = libreOfficeToPdf(join(out, name));
    const text = pdfText(pdf);
    const body = flat(text);
    for (const c of facts.commitments) expect(body).toContain(flat(c.title[lang]));
    // The table of contents is written out: its entries come before the first card's page.
    const tocTitle = lang === 'fr' ? 'Sommaire' : 'Contents';
    const toc = flat(text.slice(text.indexOf(tocTitle), text.indexOf(tocTitle) + 6000));
    expect(toc).toContain(flat(lang === 'fr' ? `Engagement n°1 – ${facts.commitments[0]!.title.fr}` : `Commitment 1 – ${facts.commitments[0]!.title.en}`));
  });
});

describe('an export that cannot be made', () => {
  it('stops on missing English texts, lists them by card and field, writes nothing, and exits 1', () => {
    const dir = tempDir();
    const run = bilan(['export', SAMPLE, '--format', 'pdf', '--lang', 'en', '--out', join(dir, 'report.pdf')], 'en_GB.UTF-8');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was exported');
    expect(run.stderr).toContain('– Commitment 7 – Support local areas in implementing the open data by default principle – [EN] Aim(s): missing');
    expect(run.stderr).toContain('– [EN] Text of the chapter');
    expect(run.stderr).toContain('--allow-missing');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unknown format or a missing folder in the user’s language', () => {
    expect(bilan(['export', SAMPLE, '--format', 'odt', '--out', join(tempDir(), 'x.odt')]).stderr).toContain('Format inconnu «\u00a0odt\u00a0»');
    const run = bilan(['export', SAMPLE, '--format', 'pdf', '--out', join(tempDir(), 'absent', 'deep', 'x.pdf'), '--allow-missing']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('n’existe pas');
  });
});

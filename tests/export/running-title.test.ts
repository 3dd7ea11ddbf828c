import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/export/docx/render.js';
import { buildLayout } from '../../shared/export/layout/build.js';
import { renderPdf } from '../../shared/export/pdf/render.js';
import { shortenAtWord } from '../../shared/export/shorten.js';
import { bilingual } from '../../shared/report/localized.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { docxParts } from './docx/docx-files.js';
import { pageTexts, writePdf } from './pdf/pdf-files.js';
import { templateFonts } from './support/fonts.js';

describe('shortening a running title', () => {
  const upTo = (n: number) => (s: string) => s.length <= n;
  it('cuts between words, never inside one, and ends with an ellipsis', () => {
    expect(shortenAtWord('Rapport court', upTo(40))).toBe('Rapport court');
    expect(shortenAtWord('Plan d’action national pour la France 2018–2020', upTo(30))).toBe('Plan d’action national pour…');
    expect(shortenAtWord('Un titre – avec un tiret', upTo(12))).toBe('Un titre…');
  });
  it('cuts a single word too long for the line as a last resort, in few measures', () => {
    let asked = 0;
    const out = shortenAtWord('x'.repeat(1_000_000), (s) => (asked++, s.length <= 50));
    expect(out).toBe(`${'x'.repeat(49)}…`);
    expect(asked).toBeLessThan(60);
  });
});

describe('the running header of the exported files', () => {
  const header = (parts: Record<string, string>) =>
    Object.entries(parts)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter(Boolean);

  it('uses the report’s short title when it has one, in the PDF and the DOCX', async () => {
    const { report, media } = await files.open(SAMPLE);
    report.shortTitle = bilingual('Autoévaluation 2018–2020', 'Self-assessment 2018–2020');
    const template = templates.get(report.template.id);
    for (const lang of ['fr', 'en'] as const) {
      const layout = buildLayout(report, template, lang, media, { allowMissing: true });
      const short = lang === 'fr' ? 'Autoévaluation 2018–2020' : 'Self-assessment 2018–2020';
      const pdf = await renderPdf(layout, templateFonts(templates, template));
      expect(pageTexts(writePdf(pdf.bytes, `short-${lang}.pdf`))[3]!.split('\n')[0]!.trim()).toBe(short);
      expect(header(docxParts(await renderDocx(layout, templateFonts(templates, template))))).toEqual([short]);
    }
  });

  it('cuts a long title between words, with an ellipsis, when there is no short title', async () => {
    const { report, media } = await files.open(SAMPLE);
    const long = 'Plan d’action national pour la France 2018–2020 – Autoévaluation de fin de parcours, avec les contributions de toutes les administrations porteuses et de la société civile';
    report.title = bilingual(long, long);
    delete report.shortTitle;
    const template = templates.get(report.template.id);
    const layout = buildLayout(report, template, 'en', media, { allowMissing: true });
    const pdf = await renderPdf(layout, templateFonts(templates, template));
    const docxHeader = header(docxParts(await renderDocx(layout, templateFonts(templates, template))))[0]!;
    const pdfHeader = pageTexts(writePdf(pdf.bytes, 'long.pdf'))[3]!.split('\n')[0]!.trim();
    for (const shown of [pdfHeader, docxHeader]) {
      expect(shown.endsWith('…')).toBe(true);
      const kept = shown.slice(0, -1);
      expect(long.startsWith(kept)).toBe(true);
      // The cut falls between two words.
      expect(long[kept.length]).toBe(' ');
    }
  });
});

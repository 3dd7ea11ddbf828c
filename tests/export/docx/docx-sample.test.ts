import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/docx/render.js';
import { buildLayout } from '../../../shared/export/layout/build.js';
import type { DocLayout, LayoutBlock, LayoutHeading } from '../../../shared/export/layout/types.js';
import type { Lang } from '../../../shared/model/localized.js';
import { files, templates } from '../../support/fixtures.js';
import { SAMPLE } from '../../support/paths.js';
import { libreOfficeToPdf, pdfFonts, pdfInfo, pdfOutline, pdfText } from '../../support/poppler.js';
import { docxParts, writeDocx } from './docx-files.js';
import { templateFonts } from '../support/fonts.js';

/** Every heading of a layout, those inside cards and asides included. */
function headings(blocks: readonly LayoutBlock[]): LayoutHeading[] {
  return blocks.flatMap((b): LayoutHeading[] => {
    if (b.kind === 'heading') return [b];
    if (b.kind === 'card') return b.rows.flatMap((r) => headings(r.blocks));
    if (b.kind === 'aside') return headings(b.blocks);
    return [];
  });
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Exported {
  layout: DocLayout;
  parts: Record<string, string>;
  pdf: string;
  text: string;
  pages: number;
}

/** The sample report exported to DOCX in a language, then turned into a PDF by LibreOffice. */
async function exportSample(lang: Lang): Promise<Exported> {
  const { report, media } = await files.open(SAMPLE);
  const template = templates.get(report.template.id);
  const layout = buildLayout(report, template, lang, media);
  const bytes = await renderDocx(layout, templateFonts(templates, template));
  const pdf = libreOfficeToPdf(writeDocx(bytes, `sample-${lang}.docx`));
  return { layout, parts: docxParts(bytes), pdf, text: flat(pdfText(pdf)), pages: Number(pdfInfo(pdf).Pages) };
}

describe('the sample report as DOCX, opened by LibreOffice', () => {
  let fr: Exported;
  let en: Exported;
  beforeAll(async () => {
    fr = await exportSample('fr');
    en = await exportSample('en');
  }, 180_000);

  it('converts to a PDF that holds every heading, in French and in English', () => {
    for (const { layout, text } of [fr, en]) {
      for (const h of headings(layout.blocks)) expect(text).toContain(flat(h.text));
    }
    expect(fr.text).toContain('Engagement n°5 – Désigner des administrateurs ministériels des données');
    expect(fr.text).toContain('œuvre');
    expect(en.text).toContain('Commitment 5');
    expect(en.text).not.toContain('Engagement n°5');
  });

  it('shows the table of contents before the body, every entry and no page number that differs from the heading’s page in that PDF', () => {
    for (const { layout, text, pdf } of [fr, en]) {
      const entries = layout.blocks.filter((b): b is LayoutHeading => b.kind === 'heading' && b.toc);
      const tocStart = text.indexOf(layout.furniture.tocTitle);
      expect(tocStart).toBeGreaterThan(-1);
      // The first entry's title occurs twice: in the contents, then as the body's first heading.
      const bodyStart = text.indexOf(flat(entries[0]!.text), text.indexOf(flat(entries[0]!.text), tocStart) + 1);
      // Without the page footers ("2 sur 38"), whose numbers are no entry's.
      const footer = new RegExp(layout.furniture.pageOf.replace('{page}', '\\d+').replace('{pages}', '\\d+'), 'g');
      const toc = text.slice(tocStart, bodyStart).replace(footer, ' ');
      for (const e of entries) expect(toc).toContain(flat(e.text));
      // Each number LibreOffice prints after an entry is that heading's page in LibreOffice's own layout.
      const pages = pdfText(pdf).split('\f').map(flat);
      const tocPages = pages.findIndex((p, i) => i > 1 && p.includes(flat(entries[0]!.text)) && !p.includes(layout.furniture.tocTitle));
      const realPage = (heading: string) => pages.findIndex((p, i) => i >= tocPages && p.includes(heading)) + 1;
      for (const e of entries) {
        const printed = new RegExp(`${flat(e.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s.]*?(\\d+)\\b`).exec(toc)?.[1];
        if (printed !== undefined && !flat(e.text).endsWith(printed)) expect(Number(printed), e.text).toBe(realPage(flat(e.text)));
      }
    }
    // The contents start on page 2, right after the cover.
    expect(flat(pdfText(fr.pdf).split('\f')[1]!)).toContain(fr.layout.furniture.tocTitle);
  });

  it('numbers pages in the footer, "X sur Y" / "Page X of Y", but not on the cover', () => {
    for (const { layout, pdf, pages } of [fr, en]) {
      const byPage = pdfText(pdf).split('\f').map(flat);
      const footer = (n: number) => layout.furniture.pageOf.replace('{page}', String(n)).replace('{pages}', String(pages));
      expect(byPage[1]).toContain(footer(2));
      expect(byPage[pages - 1]).toContain(footer(pages));
      expect(byPage[0]).not.toContain(footer(1));
      expect(byPage[3]).toContain(layout.furniture.runningTitle);
    }
  });

  it('has the report title, author, bookmarks from the headings and embedded Source Sans 3', () => {
    const info = pdfInfo(fr.pdf);
    expect(info.Title).toBe(fr.layout.meta.title);
    expect(info.Author).toBe(fr.layout.meta.author);
    const outline = pdfOutline(fr.pdf).map(flat);
    for (const h of fr.layout.blocks.filter((b): b is LayoutHeading => b.kind === 'heading')) expect(outline).toContain(flat(h.text));
    const fonts = pdfFonts(fr.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /SourceSans3/.test(f.name))).toBe(true);
  });

  it('declares real Word styles with outline levels, the language and the properties', () => {
    const styles = fr.parts['word/styles.xml']!;
    for (const level of [1, 2, 3]) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="Heading${level}".*?</w:style>`))?.[0] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    for (const id of ['Title', 'BodyText', 'Caption', 'TOC1', 'TOC2', 'ListParagraph', 'CardLabel', 'Header', 'Footer']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="fr-FR"\/>/s);
    expect(en.parts['word/styles.xml']).toMatch(/<w:rPrDefault>.*<w:lang w:val="en-GB"\/>/s);
    expect(fr.parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    const core = fr.parts['docProps/core.xml']!;
    expect(core).toContain('<dc:creator>Direction interministérielle de la transformation publique</dc:creator>');
    expect(core).toContain(`<dc:title>${fr.layout.meta.title}</dc:title>`);
    expect(fr.parts['word/fontTable.xml']).toContain('w:embedRegular');
  });

  it('bookmarks every heading under its anchor and links the contents to it', () => {
    const doc = fr.parts['word/document.xml']!;
    for (const h of headings(fr.layout.blocks)) expect(doc).toContain(`w:name="${h.anchor}"`);
    // A real TOC field, marked for Word to rebuild on opening, whose every entry links to its heading.
    expect(doc).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u');
    for (const h of fr.layout.blocks.filter((b): b is LayoutHeading => b.kind === 'heading' && b.toc)) expect(doc).toContain(`<w:hyperlink w:history="1" w:anchor="${h.anchor}">`);
    // No number of ours in it: only Word's update, or nothing, shows page numbers.
    expect(doc).not.toContain('PAGEREF');
  });

  it('passes LibreOffice’s own check: the PDF is readable by pdfinfo', () => {
    expect(() => execFileSync('pdfinfo', [fr.pdf])).not.toThrow();
    expect(fr.pages).toBeGreaterThan(20);
  });
});

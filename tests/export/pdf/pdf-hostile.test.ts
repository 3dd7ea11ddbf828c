import { beforeAll, describe, expect, it } from 'vitest';
import type { DocLayout } from '../../../shared/export/layout/types.js';
import { renderPdf, type RenderedPdf } from '../../../shared/export/pdf/render.js';
import { templates } from '../../support/fixtures.js';
import { pdfFonts, pdfInfo, pdfOutline, pdfText } from '../../support/poppler.js';
import { ACCENTS, CONTINUED, HOSTILE, hostileLayout, LAST_WORD, layoutHeadings, LONG_URL, ROWS, TABLE_HEADER } from '../support/hostile-layout.js';
import { pageTexts, structureFaults, wordBoxes, writePdf } from './pdf-files.js';
import { templateFonts } from '../support/fonts.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('a PDF of hostile content (every block kind, markup, control characters, 300 rows, 10,000 words)', () => {
  let layout: DocLayout;
  let rendered: RenderedPdf;
  let file: string;
  let text: string;
  let pages: string[];
  const progress: number[] = [];
  beforeAll(async () => {
    const template = templates.get('ogp-end-of-term');
    layout = hostileLayout(template.page);
    rendered = await renderPdf(layout, templateFonts(templates, template), (done) => progress.push(done));
    file = writePdf(rendered.bytes, 'hostile.pdf');
    text = pdfText(file);
    pages = pageTexts(file);
  });

  it('is a tagged PDF with its title, in French, whose page count is the one reported', () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe(`Rapport ${HOSTILE}`);
    expect(info.Tagged).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    expect(Number(info.Pages)).toBe(rendered.pages);
    expect(rendered.pages).toBeGreaterThan(15);
    expect(pages).toHaveLength(rendered.pages);
    // Hostile text (parentheses, backslashes, control characters) shifts no offset.
    expect(structureFaults(rendered.bytes)).toEqual([]);
    const raw = Buffer.from(rendered.bytes).toString('latin1');
    // The XMP packet stays well-formed XML even with markup in the title.
    for (const s of ['/Lang (fr-FR)', '/DisplayDocTitle true', '<pdfuaid:part>1</pdfuaid:part>', 'Tom &amp; Jerry &lt;b&gt;']) expect(raw.includes(s), s).toBe(true);
  });

  it('embeds every font it uses, and no Helvetica', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded).toBe(true);
      expect(f.name).not.toMatch(/Helvetica/i);
    }
  });

  it('keeps markup characters, accents and line breaks as written, drops control characters, and marks each emoji it cannot print', () => {
    const all = flat(text);
    expect(all).toContain(HOSTILE);
    expect(all).toContain(ACCENTS);
    expect(all).toContain('avantaprès');
    expect(text).toMatch(/Ligne un\nLigne deux après tabulation/);
    // One visible mark per emoji (a flag is two characters, a skin tone and a joiner belong to theirs).
    expect(all).toContain('Drapeau □ sourire □ codeuse □ fin');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd?]/);
  });

  it('loses no row of the 300-row table and repeats its header on every page it runs onto', () => {
    for (let i = 1; i <= ROWS; i++) expect(text).toContain(`Ligne ${String(i).padStart(3, '0')}`);
    const tablePages = pages.filter((p) => /Ligne \d{3}/.test(p));
    expect(tablePages.length).toBeGreaterThan(5);
    for (const p of tablePages) expect(p).toContain(TABLE_HEADER);
  });

  it('flows a 10,000-word card field over several pages, the label marked as continued on each', () => {
    expect(text).toContain(LAST_WORD);
    const continued = pages.filter((p) => flat(p).includes(CONTINUED));
    expect(continued.length).toBeGreaterThan(5);
    expect(pages.findIndex((p) => p.includes(LAST_WORD))).toBe(pages.findLastIndex((p) => flat(p).includes(CONTINUED)));
  });

  it('wraps the unbreakable 500-character URL inside the margins, every character kept', () => {
    expect(text.replace(/\s+/g, '')).toContain(LONG_URL);
    const right = 22 * (72 / 25.4);
    for (const w of wordBoxes(file)) expect(w.xMax, `"${w.word}" on page ${w.page}`).toBeLessThanOrEqual(w.pageWidth - right + 1);
  });

  it('prints "page of pages" on every page but the cover', () => {
    expect(pages[0]).not.toMatch(/\d+ sur \d+/);
    pages.slice(1).forEach((p, i) => expect(p).toContain(`${i + 2} sur ${rendered.pages}`));
  });

  it('has an outline entry per heading and a page for every anchor, listed in the table of contents', () => {
    const headings = layoutHeadings(layout.blocks);
    // poppler writes '"' as &#34;, which the shared helper leaves encoded.
    const outline = pdfOutline(file).map((t) => t.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))));
    expect(outline).toEqual(headings.map((h) => flat(h.text).trim()));
    for (const h of headings) expect(rendered.anchors[h.anchor], h.anchor).toBeGreaterThan(2);
    const toc = flat(pages[1]!);
    expect(toc).toContain('Sommaire');
    for (const h of headings.filter((x) => x.toc)) expect(toc).toContain(`${flat(h.text)} ${rendered.anchors[h.anchor]}`);
    expect(toc).not.toContain('Hors sommaire');
  });

  it('tags headings, paragraphs, lists, tables with header cells, figures with alternative text and links', () => {
    const raw = Buffer.from(rendered.bytes).toString('latin1');
    for (const type of ['Document', 'TOC', 'TOCI', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link', 'Note', 'Sect']) expect(raw.includes(`/S /${type}\n`), type).toBe(true);
    expect(raw.includes('/Alt '), 'figure alternative text').toBe(true);
    expect(raw.includes('/URI (https://www.example.gouv.fr/?a=1&b=2)'), 'external link').toBe(true);
    expect(/\/S \/GoTo\n\/D \(_tbl\)/.test(raw), 'internal link').toBe(true);
  });

  it('reports its progress up to the end', () => {
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('writes the same bytes for the same layout (no hidden state between exports)', async () => {
    const template = templates.get('ogp-end-of-term');
    const again = await renderPdf(layout, templateFonts(templates, template));
    expect(again.pages).toBe(rendered.pages);
    expect(again.anchors).toEqual(rendered.anchors);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/docx/render.js';
import type { DocLayout } from '../../../shared/export/layout/types.js';
import { templates } from '../../support/fixtures.js';
import { libreOfficeToPdf, pdfInfo, pdfText } from '../../support/poppler.js';
import { docxParts, paragraphsText, writeDocx } from './docx-files.js';
import { templateFonts } from '../support/fonts.js';
import { ACCENTS, CONTROLS, EMOJI, HOSTILE, hostileLayout, LAST_WORD, LONG_URL, ROWS } from '../support/hostile-layout.js';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('a DOCX of hostile content (every block kind, markup, control characters, 300 rows, 10,000 words)', () => {
  let layout: DocLayout;
  let parts: Record<string, string>;
  let pdf: string;
  let text: string;
  const progress: number[] = [];
  beforeAll(async () => {
    const template = templates.get('ogp-end-of-term');
    layout = hostileLayout(template.page);
    const bytes = await renderDocx(layout, templateFonts(templates, template), { onProgress: (done) => progress.push(done) });
    parts = docxParts(bytes);
    pdf = libreOfficeToPdf(writeDocx(bytes, 'hostile.docx'));
    text = pdfText(pdf);
  }, 180_000);

  it('is converted by LibreOffice, every row and the end of the long field included', () => {
    expect(Number(pdfInfo(pdf).Pages)).toBeGreaterThan(15);
    for (let i = 1; i <= ROWS; i++) expect(text).toContain(`Ligne ${String(i).padStart(3, '0')}`);
    expect(text).toContain(LAST_WORD);
    expect(text.replace(/\s+/g, '')).toContain(LONG_URL);
  });

  it('keeps markup characters, accents and line breaks as written, and drops control characters', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(HOSTILE);
    expect(flat).toContain(ACCENTS);
    expect(flat).toContain('avantaprès');
    expect(flat).toContain('Ligne un Ligne deux');
    const doc = parts['word/document.xml']!;
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/);
    const paras = paragraphsText(doc).map(decode);
    expect(paras).toContain(HOSTILE);
    expect(paras).toContain(EMOJI);
    expect(paras).toContain(CONTROLS.replace(/[^\p{L}]/gu, ''));
    expect(doc).toContain(']]&gt;');
  });

  it('makes real footnotes and no text of the PDF-only notes block', () => {
    expect(parts['word/footnotes.xml']).toContain('Note « un ».');
    expect(parts['word/document.xml']).toContain('<w:footnoteReference w:id="1"/>');
    expect(text).toContain('Note « un ».');
    expect(paragraphsText(parts['word/document.xml']!).filter((p) => p.includes('Note « un »'))).toEqual([]);
  });

  it('writes fixed tables with widths on grid and cells, and repeats header rows', () => {
    const doc = parts['word/document.xml']!;
    const tables = doc.match(/<w:tblPr>.*?<\/w:tblPr>/g) ?? [];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    expect(doc).toContain('<w:tblGrid>');
    expect(doc).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
    expect(doc).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    // A row holding 10,000 words must be free to break across pages.
    const longRow = doc.split('<w:tr>').find((r) => r.includes(LAST_WORD))!;
    expect(longRow).not.toContain('<w:cantSplit/>');
  });

  it('gives images their alternative text and links their targets', () => {
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('descr="Deux carrés bleus et deux rouges"');
    expect(doc).toContain('<w:hyperlink w:history="1" w:anchor="_tbl">');
    expect(doc).toContain('w:name="_tbl"');
    const rels = decode(parts['word/_rels/document.xml.rels']!);
    expect(rels).toContain('https://www.example.gouv.fr/?a=1&b=2');
    expect(rels).toContain(LONG_URL);
  });

  it('restarts numbering for every list, nested ones included', () => {
    const doc = parts['word/document.xml']!;
    const numIds = [...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    // Two top-level numbered lists in the body (3 lists each), one bullet list, the aside's and the card's.
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(3 * 4 + 1);
    expect(parts['word/numbering.xml']).toContain('<w:numFmt w:val="lowerLetter"/>');
  });

  it('reports its progress up to the end', () => {
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

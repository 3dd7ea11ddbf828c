import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayout } from '../../../shared/export/layout/build.js';
import type { DocLayout } from '../../../shared/export/layout/types.js';
import { renderPdf, type RenderedPdf } from '../../../shared/export/pdf/render.js';
import type { Lang } from '../../../shared/model/localized.js';
import { files, templates } from '../../support/fixtures.js';
import { sampleFacts, SAMPLE } from '../../support/paths.js';
import { pdfFonts, pdfInfo, pdfOutline } from '../../support/poppler.js';
import { layoutHeadings } from '../support/hostile-layout.js';
import { pageTexts, structureFaults, writePdf } from './pdf-files.js';
import { templateFonts } from '../support/fonts.js';

const facts = sampleFacts();
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(['fr', 'en'] as Lang[])('the sample report as a PDF in %s', (lang) => {
  let layout: DocLayout;
  let rendered: RenderedPdf;
  let file: string;
  let pages: string[];
  beforeAll(async () => {
    const opened = await files.open(SAMPLE);
    const template = templates.get('ogp-end-of-term');
    layout = buildLayout(opened.report, template, lang, opened.media, { allowMissing: true });
    rendered = await renderPdf(layout, templateFonts(templates, template));
    file = writePdf(rendered.bytes, `sample-${lang}.pdf`);
    pages = pageTexts(file);
  });

  it('has its title, its pages, tags and only embedded fonts', () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe(layout.meta.title);
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBe(rendered.pages);
    expect(rendered.pages).toBeGreaterThan(20);
    const fonts = pdfFonts(file);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
    // Headings and body share the template's family: each face is embedded once, not twice.
    const faces = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(faces.sort()).toEqual(['SourceSans3-Bold', 'SourceSans3-BoldItalic', 'SourceSans3-Italic', 'SourceSans3-Regular']);
  });

  it('is a sound file: every object and stream where the cross-reference table and /Length say', () => {
    expect(structureFaults(rendered.bytes)).toEqual([]);
  });

  it('is the same file when its pages are compressed in the thread pool, as the app and the command line do', async () => {
    let calls = 0;
    const inPool = promisify(deflate);
    const pooled = await renderPdf(layout, templateFonts(templates, templates.get('ogp-end-of-term')), undefined, {
      deflate: (bytes) => {
        calls++;
        return inPool(bytes);
      },
    });
    expect(calls).toBe(rendered.pages);
    expect(Buffer.from(pooled.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
  });

  it('holds every commitment title, accents intact, each card starting a page', () => {
    const all = flat(pages.join(' '));
    for (const c of facts.commitments) expect(all).toContain(flat(c.title[lang]));
    if (lang === 'fr') for (const ch of ['’', '–', 'œ', 'É', 'à', 'ç', 'ô']) expect(all).toContain(ch);
  });

  it('has an outline entry per heading, and no heading left alone at the foot of a page', () => {
    const headings = layoutHeadings(layout.blocks);
    expect(pdfOutline(file)).toHaveLength(headings.length);
    for (const h of headings) {
      const page = rendered.anchors[h.anchor]!;
      const text = flat(pages[page - 1]!);
      const footer = `${page} ${lang === 'fr' ? 'sur' : 'of'} ${rendered.pages}`;
      const start = flat(h.text).split(' ').slice(0, 3).join(' ');
      expect(text, `${h.text} on page ${page}`).toContain(start);
      // After the heading on its page comes more than the footer.
      const after = text.slice(text.indexOf(start) + flat(h.text).length).replace(footer, '').trim();
      expect(after.length, `what follows "${h.text}" on page ${page}`).toBeGreaterThan(15);
    }
  });

  it('lists the headings in the table of contents with the pages they are on', () => {
    const toc = flat(pages.slice(1, 4).join(' '));
    for (const h of layoutHeadings(layout.blocks).filter((x) => x.toc)) expect(toc).toContain(String(rendered.anchors[h.anchor]));
    expect(toc).toContain(layout.furniture.tocTitle);
  });

});

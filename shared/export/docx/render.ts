import { Document, Packer, type FileChild, type PageNumberEstimator, type Paragraph, type Table } from 'docx';
import type { DocLayout, LayoutFonts, ProgressListener } from '../layout/types.js';
import { renderBlock } from './blocks.js';
import { type Container, RenderContext } from './context.js';
import { renderCover } from './cover.js';
import { embeddedFonts } from './fonts.js';
import { listDefinitions } from './numbering.js';
import { documentSection } from './sections.js';
import { documentStyles } from './styles.js';
import { bookmarkName, xmlSafe } from './text.js';
import { tableOfContents, tocEntries } from './toc.js';
import { pageGeometry } from './units.js';

/** Options of a DOCX rendering. */
export interface DocxOptions {
  /**
   * The page each heading starts on, by anchor, as the PDF renderer laid them out (same page
   * size, margins and fonts): the table of contents shows them until Word updates its fields.
   */
  pageNumbers?: Record<string, number>;
  /** Told how far the rendering has got. */
  onProgress?: ProgressListener;
}

/**
 * Gives the table of contents' PAGEREF fields their cached page numbers from the PDF's
 * layout. docx asks the estimator once the body is written; the bookmarks it looks up are the
 * headings', named as `bookmarkName` names them.
 */
function knownPages(pages: Record<string, number>): PageNumberEstimator {
  const bookmarks = new Map(Object.entries(pages).map(([anchor, page]) => [bookmarkName(anchor), String(page)]));
  return () => ({ bookmarks });
}

/** Lets the event loop breathe, so that progress is reported and the UI stays responsive. */
const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Renders a document layout as a DOCX file: Word styles for everything (Title, Heading 1–3
 * with outline levels, Body Text, Caption, lists, TOC 1–3…), a cover without header or footer,
 * a table of contents readable before any update, the body, real footnotes, the fonts embedded,
 * the document's language and core properties set. Returns the file's bytes.
 */
export async function renderDocx(layout: DocLayout, fonts: LayoutFonts, options: DocxOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const page = pageGeometry(layout.style);
  const ctx = new RenderContext(layout.style, page);
  const body: Container = { width: page.textWidth, role: 'page' };

  progress(0, 'docx');
  const children: FileChild[] = [...renderCover(layout.cover), ...tableOfContents(layout.furniture.tocTitle, tocEntries(layout.blocks))];
  const out: (Paragraph | Table)[] = [];
  const step = Math.max(1, Math.floor(layout.blocks.length / 20));
  for (let i = 0; i < layout.blocks.length; i++) {
    renderBlock(layout.blocks[i]!, ctx, body, out);
    if (i % step === step - 1) {
      progress((0.6 * (i + 1)) / layout.blocks.length, 'docx');
      await yieldNow();
    }
  }
  children.push(...out);

  const { meta } = layout;
  const doc = new Document({
    title: xmlSafe(meta.title),
    creator: xmlSafe(meta.author),
    lastModifiedBy: xmlSafe(meta.author),
    subject: xmlSafe(meta.subject),
    keywords: xmlSafe(meta.keywords.join(', ')),
    description: xmlSafe([layout.cover.series, layout.cover.period].filter(Boolean).join(' – ')),
    styles: documentStyles(layout.style, layout.lang, page),
    numbering: listDefinitions(),
    footnotes: ctx.footnotes,
    fonts: embeddedFonts(layout.style, fonts),
    features: { updateFields: true },
    ...(options.pageNumbers ? { pageNumbers: knownPages(options.pageNumbers) } : {}),
    sections: [documentSection(page, layout.furniture, children)],
  });
  progress(0.7, 'docx');
  await yieldNow();
  const bytes = await Packer.pack(doc, 'uint8array');
  progress(1, 'docx');
  return bytes;
}

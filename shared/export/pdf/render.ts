import { breathe } from '../breathe.js';
import type { DocLayout, LayoutBlock, LayoutFonts, ProgressListener } from '../layout/types.js';
import { blockFlow } from './blocks/index.js';
import { RenderContext } from './context.js';
import { drawCover } from './cover.js';
import { collect, compressPages, createDocument, type Deflate } from './document.js';
import { Stack } from './flow.js';
import { drawFurniture } from './furniture.js';
import type { Tag } from './tags.js';
import { Toc, tocEntries } from './toc.js';

/** Options of a PDF rendering. */
export interface PdfOptions {
  /** Deflates the pages' content off this thread (the main process gives Node's zlib); pdfkit does it otherwise. */
  deflate?: Deflate;
  /**
   * The body's pages only, without the cover and the table of contents, each page with its
   * running header and page number (the window's preview of one card: quick to draw).
   */
  bodyOnly?: boolean;
}

/** A rendered PDF. */
export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The page (1-based, the cover being page 1) of every heading anchor. */
  anchors: Record<string, number>;
}

/** Every anchor a link may point to: headings' anchors and the notes printed (`_note_n`). */
function linkTargets(blocks: readonly LayoutBlock[], into = new Set<string>()): Set<string> {
  for (const b of blocks) {
    if (b.kind === 'heading') into.add(b.anchor);
    if (b.kind === 'notes') for (const n of b.notes) into.add(`_note_${n.n}`);
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row) linkTargets(cell.blocks, into);
    if (b.kind === 'card') for (const row of b.rows) linkTargets(row.blocks, into);
    if (b.kind === 'aside') linkTargets(b.blocks, into);
  }
  return into;
}


/** The document, the context and the table of contents of a layout, before its body is laid out. */
function begin(layout: DocLayout, fonts: LayoutFonts, drawing: boolean) {
  const doc = createDocument(layout);
  const ctx = new RenderContext(doc, layout, fonts, linkTargets(layout.blocks));
  if (drawing) {
    drawCover(ctx);
    for (const tag of ctx.root.takeChildren()) tag.end();
  } else {
    // The cover is one page; what is on it moves no heading.
    ctx.newPage();
  }
  // The TOC element goes into the tree now, before the body: the tree's order is the reading order.
  const tocTag = ctx.root.child('TOC');
  tocTag.touch();
  ctx.root.takeChildren();
  const toc = new Toc(ctx, tocEntries(layout.blocks));
  const tocFirst = ctx.pageNumber + 1;
  for (let i = 0; i < toc.pages; i++) ctx.newPage();
  return { doc, ctx, toc, tocFirst, tocTag };
}

/**
 * Lays the body out page by page. With `draw`, each page is drawn and the structure elements
 * of the blocks it completes are written out; `placed` is told which top-level blocks each
 * page holds (from, to: the indexes of the first and of the next unfinished block).
 */
async function layBody(ctx: RenderContext, blocks: readonly LayoutBlock[], draw: boolean, onProgress: ProgressListener | undefined, placed?: (from: number, to: number) => void): Promise<void> {
  const blockTags = new Map<number, Tag[]>();
  const finished: Tag[] = [];
  const body = new Stack(
    blocks.length,
    (i) => {
      const flow = blockFlow(ctx, blocks[i]!, ctx.geo.width, ctx.root);
      blockTags.set(i, ctx.root.takeChildren());
      return flow;
    },
    {},
    (i) => {
      // A block wholly placed: once drawn, its structure elements are written out and freed.
      if (draw) finished.push(...(blockTags.get(i) ?? []));
      blockTags.delete(i);
    },
  );
  let reported = 0;
  while (!body.done) {
    ctx.newPage();
    const from = body.position;
    const page = body.place(ctx.geo.height, true);
    placed?.(from, body.position);
    if (draw) page?.draw(ctx.geo.left, ctx.geo.top);
    for (const tag of finished.splice(0)) tag.end();
    const done = body.size ? body.position / body.size : 1;
    if (done - reported >= 0.05) {
      reported = done;
      onProgress?.(0.05 + 0.8 * done, 'body');
      await breathe();
    }
  }
}

/** The body's pages alone (see {@link PdfOptions.bodyOnly}). */
async function renderBodyOnly(layout: DocLayout, fonts: LayoutFonts, onProgress: ProgressListener | undefined, options: PdfOptions): Promise<RenderedPdf> {
  const doc = createDocument(layout);
  const ctx = new RenderContext(doc, layout, fonts, linkTargets(layout.blocks));
  const bytes = collect(doc);
  await layBody(ctx, layout.blocks, true, onProgress);
  const pages = ctx.pageNumber > 0 ? doc.bufferedPageRange().count : 0;
  drawFurniture(ctx, pages, 1);
  ctx.flush();
  if (options.deflate) await compressPages(doc, options.deflate);
  doc.end();
  return { bytes: await bytes, pages, anchors: Object.fromEntries(ctx.anchors) };
}

/**
 * Renders a document layout to a tagged, bookmarked PDF: the cover, the table of contents
 * (pages reserved first, filled once the body has placed every heading), the body flowed page
 * by page, then the running header and "page X of Y" on every page but the cover.
 */
export async function renderPdf(layout: DocLayout, fonts: LayoutFonts, onProgress?: ProgressListener, options: PdfOptions = {}): Promise<RenderedPdf> {
  if (options.bodyOnly) return renderBodyOnly(layout, fonts, onProgress, options);
  onProgress?.(0, 'cover');
  const { doc, ctx, toc, tocFirst, tocTag } = begin(layout, fonts, true);
  const bytes = collect(doc);
  await layBody(ctx, layout.blocks, true, onProgress);
  onProgress?.(0.9, 'contents');
  toc.draw(tocFirst, tocTag);
  tocTag.end();
  const pages = ctx.pageNumber > 0 ? doc.bufferedPageRange().count : 0;
  drawFurniture(ctx, pages);
  onProgress?.(0.95, 'writing');
  ctx.flush();
  if (options.deflate) await compressPages(doc, options.deflate);
  doc.end();
  const result = { bytes: await bytes, pages, anchors: Object.fromEntries(ctx.anchors) };
  onProgress?.(1, 'done');
  return result;
}

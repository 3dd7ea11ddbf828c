import { Document, Packer, type FileChild, type Paragraph, type Table } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { breathe } from '../breathe.js';
import { emWidth, roughEmWidth } from '../chart/svg.js';
import type { ZipPart } from '../../format/container.js';
import type { DocLayout, LayoutFonts, ProgressListener } from '../layout/types.js';
import { renderBlock } from './blocks.js';
import { type Container, RenderContext } from './context.js';
import { renderCover } from './cover.js';
import { embeddedFonts } from './fonts.js';
import { listDefinitions } from './numbering.js';
import { documentSection } from './sections.js';
import { documentStyles } from './styles.js';
import { xmlSafe } from './text.js';
import { tableOfContents, tocEntries } from './toc.js';
import { pageGeometry } from './units.js';

/** Options of a DOCX rendering. */
export interface DocxOptions {
  /** Told how far the rendering has got. */
  onProgress?: ProgressListener;
  /** Zips the package's parts, in order (the main process uses Node's zlib); fflate otherwise. */
  zip?: (parts: readonly DocxPart[]) => Uint8Array;
  /**
   * Turns a chart's SVG into the PNG fallback Word needs, `widthPx` wide (resvg, set up by the
   * caller: see electron/main/services/chart-raster.ts). Without it, charts are given as tables.
   */
  rasterise?: (svg: string, widthPx: number) => Uint8Array;
}

/** One part of the DOCX package, and the compression level it is zipped with. */
export type DocxPart = ZipPart;

/** The part of docx's packer that writes the document's parts (docx is pinned: 9.15). */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array | ArrayBuffer>;
}

/**
 * The document's parts as docx's packer writes them, each picture's real bytes in place of its
 * stand-in (see RenderContext.media), with a light compression for the embedded fonts:
 * deflating 1.2 MB of font data at the default level cost a third of an export, for a file a
 * tenth smaller. PNG and JPEG pictures, compressed already, are stored as they are; the XML
 * parts (and SVG pictures) keep the default level.
 */
function parts(doc: Document, ctx: RenderContext): DocxPart[] {
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const decoder = new TextDecoder();
  return [...compiler.compile(doc, undefined, [])].map(([path, data]) => {
    let bytes = typeof data === 'string' ? strToU8(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    if (path.startsWith('word/media/') && bytes.length <= 32) bytes = ctx.mediaBytes.get(decoder.decode(bytes)) ?? bytes;
    const level = path.startsWith('word/fonts/') ? 1 : /\.(png|jpe?g)$/i.test(path) ? 0 : 6;
    return { path, bytes, level };
  });
}

/** Zips the parts with fflate, where nothing faster is given. */
function zipWithFflate(list: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const p of list) files[p.path] = [p.bytes, { level: p.level as 0 | 1 | 6 }];
  return zipSync(files);
}


/**
 * Renders a document layout as a DOCX file: Word styles for everything (Title, Heading 1–3
 * with outline levels, Body Text, Caption, lists, TOC 1–3…), a cover without header or footer,
 * a table of contents Word fills in on opening (its entries readable and linked before that), the body, real footnotes, the fonts embedded,
 * the document's language and core properties set. Returns the file's bytes.
 */
export async function renderDocx(layout: DocLayout, fonts: LayoutFonts, options: DocxOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const page = pageGeometry(layout.style);
  const ctx = new RenderContext(layout.style, page);
  ctx.chartArt = { fonts: { regular: fonts.body.regular, bold: fonts.body.bold }, rasterise: options.rasterise };
  const faces = fonts.body;
  const face = (bold: boolean, italic: boolean) => (bold ? (italic ? faces.boldItalic : faces.bold) : italic ? faces.italic : faces.regular);
  ctx.measure = (word, size, bold, italic) => emWidth(face(bold, italic), word) * size;
  ctx.roughMeasure = (word, size, bold, italic) => roughEmWidth(face(bold, italic), word) * size;
  const body: Container = { width: page.textWidth, role: 'page' };

  progress(0, 'docx');
  const children: FileChild[] = [...renderCover(layout.cover), ...tableOfContents(layout.furniture.tocTitle, tocEntries(layout.blocks))];
  const out: (Paragraph | Table)[] = [];
  const step = Math.max(1, Math.floor(layout.blocks.length / 20));
  for (let i = 0; i < layout.blocks.length; i++) {
    renderBlock(layout.blocks[i]!, ctx, body, out);
    if (i % step === step - 1) {
      progress((0.6 * (i + 1)) / layout.blocks.length, 'docx');
      await breathe();
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
    sections: [documentSection(page, layout.furniture, children)],
  });
  progress(0.7, 'docx');
  await breathe();
  const bytes = (options.zip ?? zipWithFflate)(parts(doc, ctx));
  progress(1, 'docx');
  return bytes;
}

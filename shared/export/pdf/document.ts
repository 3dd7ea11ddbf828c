import PDFDocument from 'pdfkit';
import type { DocLayout } from '../layout/types.js';

/** The pdfkit document every part of the renderer draws on. */
export type PdfDoc = PDFKit.PDFDocument;

/** A structure element of the tagged PDF (pdfkit's class, typed loosely by @types/pdfkit). */
export type StructElement = PDFKit.PDFStructureElement;

/** What pdfkit 0.20 accepts but @types/pdfkit does not declare yet. */
interface FullOptions extends Omit<PDFKit.PDFDocumentOptions, 'subset' | 'font'> {
  subset: 'PDF/UA';
  font: null;
}

const LANG_TAGS: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The BCP 47 tag of the document's language ('fr' → 'fr-FR'); a full tag is kept as is. */
export function langTag(lang: string): string {
  return LANG_TAGS[lang] ?? lang;
}

/** Metadata strings lose control characters: they end up in the XMP packet and the Info dictionary. */
function metaText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').trim();
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * A tagged PDF 1.7 document claiming PDF/UA, pages buffered (page X of Y and the table of
 * contents are written once the body is laid out), with the layout's metadata.
 */
export function createDocument(layout: DocLayout): PdfDoc {
  const created = layout.meta.date ? new Date(`${layout.meta.date}T00:00:00Z`) : new Date();
  const options: FullOptions = {
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    displayTitle: true,
    lang: langTag(layout.lang),
    bufferPages: true,
    autoFirstPage: false,
    // No default font: pdfkit would otherwise load Helvetica, which PDF/UA forbids unembedded.
    font: null,
    info: {
      Title: metaText(layout.meta.title),
      Author: metaText(layout.meta.author),
      Subject: metaText(layout.meta.subject),
      Keywords: layout.meta.keywords.map(metaText).join(', '),
      CreationDate: Number.isNaN(created.getTime()) ? new Date() : created,
      Creator: 'Bilan',
    },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpInfo(doc);
  return doc;
}

/**
 * pdfkit copies the Info strings into the XMP packet without escaping them, so a title with
 * "&" or "<" would make the metadata unreadable XML. The strings are escaped for that one step.
 */
function escapeXmpInfo(doc: PdfDoc): void {
  const internal = doc as unknown as { info: Record<string, unknown>; _addInfo: () => void };
  const addInfo = internal._addInfo.bind(doc);
  internal._addInfo = () => {
    const saved = { ...internal.info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      const value = internal.info[key];
      if (typeof value === 'string') internal.info[key] = xmlEscape(value);
    }
    addInfo();
    internal.info = saved;
  };
}

/**
 * Collects the bytes of the document once `end()` is called.
 *
 * pdfkit writes the file as a readable stream, one push per line of every object (and a
 * JavaScript loop turning each line into bytes): for a long report, hundreds of thousands of
 * small buffers through the stream machinery. The document's internal `_write` (pdfkit 0.20) is
 * replaced: lines are gathered as text and turned into bytes natively, in large pieces, and
 * only the end of the stream goes through pdfkit's stream.
 */
export function collect(doc: PdfDoc): Promise<Uint8Array> {
  const internal = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  // What the constructor wrote (the header, the catalogue's first objects) waits in the stream.
  const written = doc.read() as Uint8Array | null;
  const parts: Uint8Array[] = written ? [written] : [];
  let lines: string[] = [];
  let linesSize = 0;
  const takeLines = () => {
    if (!lines.length) return;
    parts.push(Buffer.from(lines.join(''), 'latin1'));
    lines = [];
    linesSize = 0;
  };
  internal._write = (data) => {
    if (typeof data === 'string') {
      // Binary strings: one byte per character, as pdfkit's own conversion does.
      lines.push(data, '\n');
      linesSize += data.length + 1;
      internal._offset += data.length + 1;
      if (linesSize >= 1 << 16) takeLines();
    } else {
      takeLines();
      parts.push(data);
      internal._offset += data.length;
    }
  };
  return new Promise((resolve, reject) => {
    // Nothing else is pushed; listening puts the stream in flowing mode, so that 'end' fires.
    doc.on('data', (chunk: Uint8Array) => {
      takeLines();
      parts.push(chunk);
    });
    doc.on('error', reject);
    doc.on('end', () => {
      takeLines();
      const out = Buffer.concat(parts);
      resolve(new Uint8Array(out.buffer, out.byteOffset, out.length));
    });
  });
}

/** What {@link compressPages} touches of pdfkit's buffered pages (pdfkit 0.20 internals). */
interface BufferedPage {
  markings: unknown[];
  content: { compress: boolean; buffer: Uint8Array[]; data: Record<string, unknown> };
}

/** Deflates bytes (zlib format, as a FlateDecode stream holds them) away from this thread. */
export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * Deflates the content stream of every buffered page with `deflate`, all at once, just before
 * `end()`: pdfkit would deflate them one after another on this thread. Given Node's zlib in its
 * thread pool (the main process does), that is the same bytes, and on two cores about half the
 * wait. A page still holding open marked content (pdfkit closes it at `end()`) is left to pdfkit.
 */
export async function compressPages(doc: PdfDoc, deflate: Deflate): Promise<void> {
  const pages = (doc as unknown as { _pageBuffer: BufferedPage[] })._pageBuffer;
  await Promise.all(
    pages.map(async ({ markings, content }) => {
      if (!content.compress || !content.buffer.length || markings.length) return;
      const packed = await deflate(Buffer.concat(content.buffer));
      content.buffer = [packed];
      content.compress = false;
      content.data['Filter'] = 'FlateDecode';
    }),
  );
}

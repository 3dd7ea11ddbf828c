import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { imageSize } from '../../../shared/format/image.js';
import { imageProblem } from '../../../shared/format/integrity.js';
import { zipDirectory, type ZipDirectoryEntry } from '../../../shared/format/zip-directory.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { buildReport, type ImportedImage, type ImportedReport, type LanguageDocument } from '../../../shared/import/build.js';
import { IMPORT_LIMITS } from '../../../shared/import/limits.js';
import { readLayout } from '../../../shared/import/layout.js';
import { sourceBlocks, type MammothElement, type MammothNotes } from '../../../shared/import/source.js';
import type { Template } from '../../../shared/model/template.js';
import { unzipNative } from './zip-reader.js';
import { zipParts } from './zip-writer.js';

/**
 * Reads Word documents (DOCX) into a new report (`bilan import`, "Importer un document Word…").
 * A document from outside is hostile until checked: the archive is read with our own bounded
 * zip reader first (entries, sizes, CRC-32, what inflates past its declared size), and mammoth
 * is given a clean archive holding only the parts it reads, checked, never the file itself. The
 * paragraphs are counted before any XML is parsed. Every cost is bounded and grows linearly.
 */

/** The magic number of an OLE compound file: what an encrypted (password-protected) Office document is. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts of a DOCX that mammoth reads; anything else in the archive is left unread. */
function wanted(name: string): boolean {
  return name === '[Content_Types].xml' || name === '_rels/.rels' || /^word\/[^/]+\.xml$/.test(name) || /^word\/_rels\/[^/]+\.rels$/.test(name) || /^word\/media\/[^/]+$/.test(name);
}

function isMedia(name: string): boolean {
  return name.startsWith('word/media/');
}

/** Counts paragraph starts (`<w:p>` and `<w:p …>`) in the document's XML, without parsing it. */
export function countParagraphs(xml: Uint8Array): number {
  let n = 0;
  // "<w:p" followed by ">" or white space ("<w:pPr" and "<w:pStyle" are not paragraphs).
  for (let i = xml.indexOf(0x3c); i >= 0 && i + 4 < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    if (xml[i + 1] === 0x77 && xml[i + 2] === 0x3a && xml[i + 3] === 0x70) {
      const c = xml[i + 4];
      if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) n++;
    }
  }
  return n;
}

/** What the checked archive gives mammoth: a clean zip, and the media left out for their size. */
interface CheckedArchive {
  zip: Uint8Array;
  tooLarge: Set<string>;
}

/** Checks a DOCX's bytes and builds the clean archive mammoth reads; throws a BilanError saying what is wrong. */
export function checkDocx(bytes: Uint8Array, file: string): CheckedArchive {
  const name = basename(file);
  if (bytes.length === 0) throw new BilanError('docxImport.empty', { file: name });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new BilanError('docxImport.encrypted', { file: name });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new BilanError('docxImport.notDocx', { file: name });
  let entries: ZipDirectoryEntry[];
  try {
    entries = zipDirectory(bytes);
  } catch (error) {
    throw new BilanError('docxImport.damaged', { file: name, detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  if (entries.length > IMPORT_LIMITS.entries) throw new BilanError('docxImport.tooManyEntries', { file: name, count: entries.length, max: IMPORT_LIMITS.entries });
  const seen = new Set<string>();
  let total = 0;
  const tooLarge = new Set<string>();
  for (const e of entries) {
    if (!wanted(e.name)) continue;
    if (seen.has(e.name)) throw new BilanError('docxImport.damaged', { file: name, detail: `two entries named ${e.name.slice(0, 200)}` });
    seen.add(e.name);
    if (isMedia(e.name) && e.originalSize > IMPORT_LIMITS.mediaBytes) {
      tooLarge.add(e.name);
      continue;
    }
    if (!isMedia(e.name) && e.originalSize > IMPORT_LIMITS.partBytes) {
      throw new BilanError('docxImport.partTooLarge', { file: name, part: e.name.slice(0, 200), size: Math.ceil(e.originalSize / 1024 / 1024), max: IMPORT_LIMITS.partBytes / 1024 / 1024 });
    }
    total += e.originalSize;
  }
  if (total > IMPORT_LIMITS.totalBytes) throw new BilanError('docxImport.tooLarge', { file: name, size: Math.ceil(total / 1024 / 1024), max: IMPORT_LIMITS.totalBytes / 1024 / 1024 });
  if (!seen.has('word/document.xml') || !seen.has('[Content_Types].xml') || !seen.has('_rels/.rels')) throw new BilanError('docxImport.notDocx', { file: name });
  let parts: Record<string, Uint8Array>;
  try {
    // Declared sizes were bounded above; the reader stops any entry at its declared size and checks its CRC-32.
    parts = unzipNative(bytes, (e) => wanted(e.name) && !tooLarge.has(e.name));
  } catch (error) {
    throw new BilanError('docxImport.damaged', { file: name, detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  const paragraphs = countParagraphs(parts['word/document.xml']!);
  if (paragraphs > IMPORT_LIMITS.paragraphs) throw new BilanError('docxImport.tooManyParagraphs', { file: name, count: paragraphs, max: IMPORT_LIMITS.paragraphs });
  const clean = Object.keys(parts).map((path) => ({ path, bytes: parts[path]!, level: 0 }));
  // A picture too large to keep is still named in the document: an empty part stands for it.
  for (const path of tooLarge) clean.push({ path, bytes: new Uint8Array(0), level: 0 });
  return { zip: zipParts(clean), tooLarge };
}

/** Thrown from mammoth's transformDocument to stop it before its HTML: the tree is all the import reads. */
class TreeRead {
  constructor(readonly document: MammothElement & { notes?: MammothNotes }) {}
}

/** The document tree mammoth reads from a checked archive. */
async function readTree(archive: CheckedArchive, file: string): Promise<MammothElement & { notes?: MammothNotes }> {
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(archive.zip.buffer, archive.zip.byteOffset, archive.zip.byteLength) },
      {
        transformDocument: (document: MammothElement) => {
          throw new TreeRead(document);
        },
      },
    );
  } catch (caught) {
    if (caught instanceof TreeRead) return caught.document;
    throw new BilanError('docxImport.damaged', { file: basename(file), detail: caught instanceof Error ? caught.message.slice(0, 300) : String(caught).slice(0, 300) }, { cause: caught });
  }
  throw new BilanError('docxImport.damaged', { file: basename(file), detail: 'no document' });
}

interface MammothImage extends MammothElement {
  contentType?: string;
  readAsBuffer?: () => Promise<Buffer>;
}

/** One image of the document, kept when it is a whole PNG or JPEG within the limits. */
async function readImage(element: MammothImage): Promise<ImportedImage> {
  const mime = element.contentType === 'image/png' ? 'image/png' : element.contentType === 'image/jpeg' ? 'image/jpeg' : undefined;
  if (!mime || !element.readAsBuffer) return {};
  let bytes: Uint8Array;
  try {
    const buffer = await element.readAsBuffer();
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return {};
  }
  if (bytes.length === 0 || imageProblem('image', mime, bytes)) return {};
  const size = imageSize(bytes, mime)!;
  return { file: { name: '', bytes: new Uint8Array(bytes), mime, width: size.width, height: size.height } };
}

/** Reads one language's document: its layout for the template, and its images. */
export async function readDocument(file: string, template: Template): Promise<LanguageDocument> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new BilanError(error.code === 'ENOENT' ? 'docxImport.notFound' : 'docxImport.unreadable', { file: basename(file), detail: error.code ?? '' }, { cause: error });
  });
  if (info.isDirectory()) throw new BilanError('docxImport.notDocx', { file: basename(file) });
  if (info.size > IMPORT_LIMITS.fileBytes) throw new BilanError('docxImport.tooLarge', { file: basename(file), size: Math.ceil(info.size / 1024 / 1024), max: IMPORT_LIMITS.fileBytes / 1024 / 1024 });
  const bytes = new Uint8Array(await readFile(file));
  return readDocumentBytes(bytes, file, template);
}

/** Reads one language's document from its bytes (the window sends them). */
export async function readDocumentBytes(bytes: Uint8Array, file: string, template: Template): Promise<LanguageDocument> {
  const archive = checkDocx(bytes, file);
  const tree = await readTree(archive, file);
  const imageElements: MammothImage[] = [];
  let blocks;
  try {
    blocks = sourceBlocks(tree.children ?? [], tree.notes, (element) => imageElements.push(element) - 1);
  } catch (error) {
    if (error instanceof RangeError) throw new BilanError('docxImport.tooDeep', { file: basename(file) }, { cause: error });
    throw error;
  }
  const images: ImportedImage[] = [];
  for (const element of imageElements) images.push(await readImage(element));
  return { layout: readLayout(blocks, template), images };
}

/** Imports a French document (and its English version) into a new report; refuses a document with no card. */
export async function importDocx(template: Template, frFile: string, enFile?: string): Promise<ImportedReport> {
  const fr = await readDocument(frFile, template);
  if (fr.layout.cards.length === 0) throw new BilanError('docxImport.noCards', { file: basename(frFile), card: (lang) => template.card.name[lang] });
  const en = enFile === undefined ? undefined : await readDocument(enFile, template);
  if (en && enFile && en.layout.cards.length === 0) throw new BilanError('docxImport.noCards', { file: basename(enFile), card: (lang) => template.card.name[lang] });
  return buildReport(template, fr, en);
}

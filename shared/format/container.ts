import { strToU8, unzipSync, zipSync, type DeflateOptions, type Zippable } from 'fflate';
import { BilanError } from '../i18n/errors.js';
import { LIMITS } from '../model/limits.js';
import { zipDirectory } from './zip-directory.js';

/**
 * The report container: a zip whose first entry, `mimetype`, is stored uncompressed and names
 * the format (as ODF does), then `report.json` and the images under `media/`. A contribution
 * package uses the same container. FORMAT.md documents it.
 *
 * The zip codec is a parameter: fflate by default, so that this works without Node; the main
 * process passes readers and writers built on Node's own zlib, several times faster.
 */

/** The content of the `mimetype` entry. */
export const MIMETYPE = 'application/vnd.bilan.report+zip';
/** The name of the document entry. */
export const REPORT_ENTRY = 'report.json';
/** The name of an image file inside a report: the container's `media/` entries, the folder's `media/` files. */
export const MEDIA_FILE = /^[A-Za-z0-9_-]+\.(png|jpg)$/;
const MEDIA_ENTRY = new RegExp(`^media/${MEDIA_FILE.source.slice(1)}`);
/** Every entry's date, so that the same report always gives the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/** The entries of a report, whether read from a zip or from an unpacked folder. */
export interface ReportEntries {
  json: Uint8Array;
  /** Images by file name (without the `media/` prefix). */
  media: Map<string, Uint8Array>;
}

/** What a zip reader tells of an entry before inflating it, as its central directory declares. */
export interface ZipEntryInfo {
  name: string;
  /** The declared uncompressed size, in bytes. */
  originalSize: number;
  /** The compression method: 0 stored, 8 deflate. */
  compression: number;
}

/**
 * Reads a zip: asks `filter` about each entry, in central-directory order and before inflating
 * it, and returns the kept entries by name. Throws on damaged data, including an entry whose
 * content does not match its declared size or CRC-32.
 */
export type ZipReader = (bytes: Uint8Array, filter: (entry: ZipEntryInfo) => boolean) => Record<string, Uint8Array>;

/** One file of the container, and how hard to compress it (0: stored). */
export interface ZipPart {
  path: string;
  bytes: Uint8Array;
  level: number;
}

/** Writes the parts as a zip, in the order given, every entry dated `mtime`. */
export type ZipWriter = (parts: readonly ZipPart[], mtime: Date) => Uint8Array;

/** Writes a zip with fflate (pure JavaScript). */
export const fflateZip: ZipWriter = (parts, mtime) => {
  const files: Zippable = {};
  for (const p of parts) files[p.path] = [p.bytes, { level: p.level as DeflateOptions['level'], mtime }];
  return zipSync(files);
};

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Reads a zip with fflate (pure JavaScript), adding the checks fflate leaves out so that it
 * refuses what the main process's reader refuses: encrypted entries, and content that does
 * not match its declared size or CRC-32 (fflate silently truncates an entry larger than
 * declared, and never reads the CRC).
 */
export const fflateUnzip: ZipReader = (bytes, filter) => {
  const files = unzipSync(bytes, { filter });
  const declared = new Map(zipDirectory(bytes).map((entry) => [entry.name, entry]));
  for (const [name, data] of Object.entries(files)) {
    const entry = declared.get(name);
    if (!entry || entry.flags & 1) throw new Error(`zip: ${name} is encrypted or missing from the directory`);
    if (data.length !== entry.originalSize || crc32(data) !== entry.crc) throw new Error(`zip: ${name} does not match its declared size or CRC-32`);
  }
  return files;
};

/**
 * Builds the container's bytes with `zip` (fflate unless given). Deterministic: the same
 * entries give the same bytes with the same writer.
 */
export function packContainer(json: string, media: ReadonlyMap<string, Uint8Array>, zip: ZipWriter = fflateZip): Uint8Array {
  const parts: ZipPart[] = [
    { path: 'mimetype', bytes: strToU8(MIMETYPE), level: 0 },
    { path: REPORT_ENTRY, bytes: strToU8(json), level: 6 },
  ];
  // Images are already compressed: store them.
  for (const name of [...media.keys()].sort()) parts.push({ path: `media/${name}`, bytes: media.get(name)!, level: 0 });
  return zip(parts, MTIME);
}

/** Tells whether bytes begin like a zip file. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a container's entries with `unzip` (fflate unless given), refusing anything that is not
 * a Bilan report before inflating it: unexpected paths (such as `../x`), too many entries, or
 * sizes past the limits.
 */
export function unpackContainer(bytes: Uint8Array, file: string, unzip: ZipReader = fflateUnzip): ReportEntries {
  if (bytes.length === 0) throw new BilanError('open.empty', { file });
  if (!looksLikeZip(bytes)) throw new BilanError('open.notReport', { file });
  let entries = 0;
  let total = 0;
  let refusal: BilanError | undefined;
  let unzipped: Record<string, Uint8Array>;
  try {
    const seen = new Set<string>();
    unzipped = unzip(bytes, (entry) => {
      entries += 1;
      total += entry.originalSize;
      const name = entry.name;
      if (refusal) return false;
      if (seen.has(name)) {
        // Readers disagree on which of two entries of one name counts (unzip -p takes the first,
        // a map of names the last): a report must read the same in every tool.
        refusal = new BilanError('open.duplicateEntry', { file, entry: name.slice(0, 200) });
      } else if (entries === 1 && (name !== 'mimetype' || entry.compression !== 0)) {
        // FORMAT.md: `mimetype` first and stored, so that a tool can tell the file by its first bytes.
        refusal = new BilanError('open.foreignZip', { file });
      } else if (entries > LIMITS.containerEntries || total > LIMITS.containerBytes) {
        refusal = new BilanError('open.tooLarge', { file });
      } else if (name !== 'mimetype' && name !== REPORT_ENTRY && !MEDIA_ENTRY.test(name)) {
        refusal = new BilanError('open.unexpectedEntry', { file, entry: name.slice(0, 200) });
      } else if (name === REPORT_ENTRY && entry.originalSize > LIMITS.reportJsonBytes) {
        refusal = new BilanError('open.tooLarge', { file });
      } else if (name.startsWith('media/') && entry.originalSize > LIMITS.mediaBytes) {
        refusal = new BilanError('open.tooLarge', { file });
      }
      seen.add(name);
      return !refusal;
    });
  } catch (cause) {
    if (refusal) throw refusal;
    throw new BilanError('open.damaged', { file }, { cause });
  }
  if (refusal) throw refusal;
  const mimetype = unzipped['mimetype'];
  if (!mimetype || new TextDecoder().decode(mimetype) !== MIMETYPE) throw new BilanError('open.foreignZip', { file });
  const json = unzipped[REPORT_ENTRY];
  if (!json) throw new BilanError('open.damaged', { file });
  const media = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipped)) {
    if (name.startsWith('media/')) media.set(name.slice('media/'.length), data);
  }
  return { json, media };
}

import { strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { BilanError } from '../i18n/errors.js';
import { LIMITS } from '../model/limits.js';

/**
 * The report container: a zip whose first entry, `mimetype`, is stored uncompressed and names
 * the format (as ODF does), then `report.json` and the images under `media/`. A contribution
 * package uses the same container. FORMAT.md documents it.
 */

/** The content of the `mimetype` entry. */
export const MIMETYPE = 'application/vnd.bilan.report+zip';
/** The name of the document entry. */
export const REPORT_ENTRY = 'report.json';
const MEDIA_ENTRY = /^media\/[A-Za-z0-9_-]+\.(png|jpg)$/;

/** The entries of a report, whether read from a zip or from an unpacked folder. */
export interface ReportEntries {
  json: Uint8Array;
  /** Images by file name (without the `media/` prefix). */
  media: Map<string, Uint8Array>;
}

/** Builds the container's bytes. Deterministic: the same entries give the same bytes. */
export function packContainer(json: string, media: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  const files: Zippable = {
    mimetype: [strToU8(MIMETYPE), { level: 0, mtime }],
    [REPORT_ENTRY]: [strToU8(json), { level: 6, mtime }],
  };
  for (const name of [...media.keys()].sort()) {
    // Images are already compressed: store them.
    files[`media/${name}`] = [media.get(name)!, { level: 0, mtime }];
  }
  return zipSync(files);
}

/** Tells whether bytes begin like a zip file. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a container's entries, refusing anything that is not a Bilan report before inflating
 * it: unexpected paths (such as `../x`), too many entries, or sizes past the limits.
 */
export function unpackContainer(bytes: Uint8Array, file: string): ReportEntries {
  if (bytes.length === 0) throw new BilanError('open.empty', { file });
  if (!looksLikeZip(bytes)) throw new BilanError('open.notReport', { file });
  let entries = 0;
  let total = 0;
  let refusal: BilanError | undefined;
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(bytes, {
      filter(entry) {
        entries += 1;
        total += entry.originalSize;
        const name = entry.name;
        if (refusal) return false;
        if (entries > LIMITS.containerEntries || total > LIMITS.containerBytes) {
          refusal = new BilanError('open.tooLarge', { file });
        } else if (name !== 'mimetype' && name !== REPORT_ENTRY && !MEDIA_ENTRY.test(name)) {
          refusal = new BilanError('open.unexpectedEntry', { file, entry: name.slice(0, 200) });
        } else if (name === REPORT_ENTRY && entry.originalSize > LIMITS.reportJsonBytes) {
          refusal = new BilanError('open.tooLarge', { file });
        } else if (name.startsWith('media/') && entry.originalSize > LIMITS.mediaBytes) {
          refusal = new BilanError('open.tooLarge', { file });
        }
        return !refusal;
      },
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

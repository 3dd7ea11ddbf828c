import { constants } from 'node:fs';
import { open, readFile, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { BilanError } from '../../../shared/i18n/errors.js';
import { LIMITS } from '../../../shared/model/limits.js';
import type { Report } from '../../../shared/model/report.js';
import { MEDIA_FILE, REPORT_ENTRY, unpackContainer, type ReportEntries } from '../../../shared/format/container.js';
import { readReport, type OpenedReport } from '../../../shared/format/read.js';
import { encodeReport } from '../../../shared/format/write.js';
import { writeFileAtomic } from './atomic-write.js';
import type { TemplateStore } from './template-store.js';
import { unzipNative } from './zip-reader.js';
import { zipParts } from './zip-writer.js';

/** Turns a file-system failure into a message the user can act on. */
function fsError(error: unknown, file: string, action: 'open' | 'save'): BilanError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new BilanError(`${action}.notFound`, { file }, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new BilanError(`${action}.denied`, { file }, { cause: error });
  if (code === 'ENOSPC') return new BilanError('save.noSpace', { file }, { cause: error });
  return new BilanError(`${action}.failed`, { file, detail: code ?? String(error) }, { cause: error });
}

/**
 * Reads one file of a report's unpacked form, refusing what the zip form cannot hold: a link
 * (which could lead to /dev/zero or anywhere), anything but a regular file, or more than `max`
 * bytes. The size is checked on the open file before reading, and the read stops at `max` + 1
 * bytes in case the file grows meanwhile.
 */
async function readBounded(path: string, max: number, file: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // O_NOFOLLOW on a link fails with ELOOP: the unpacked form holds plain files only.
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new BilanError('open.damaged', { file }, { cause: error });
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new BilanError('open.damaged', { file });
    if (info.size > max) throw new BilanError('open.tooLarge', { file });
    const bytes = new Uint8Array(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > info.size) throw new BilanError('open.tooLarge', { file });
    }
    return bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a report's entries from a `.bilan` file or from its unpacked form (a folder), with the
 * same limits either way: sizes of `report.json`, of each image and of the whole, and the
 * number of images (LIMITS).
 */
async function readEntries(file: string): Promise<ReportEntries> {
  const info = await stat(file);
  if (!info.isDirectory()) {
    if (info.size > LIMITS.containerBytes) throw new BilanError('open.tooLarge', { file });
    return unpackContainer(new Uint8Array(await readFile(file)), file, unzipNative);
  }
  const json = await readBounded(join(file, REPORT_ENTRY), LIMITS.reportJsonBytes, file);
  let total = json.length;
  const media = new Map<string, Uint8Array>();
  const names = (await readdir(join(file, 'media')).catch(() => [])).filter((name) => MEDIA_FILE.test(name));
  if (names.length + 1 > LIMITS.containerEntries) throw new BilanError('open.tooLarge', { file });
  for (const name of names) {
    const bytes = await readBounded(join(file, 'media', name), LIMITS.mediaBytes, file);
    total += bytes.length;
    if (total > LIMITS.containerBytes) throw new BilanError('open.tooLarge', { file });
    media.set(name, bytes);
  }
  return { json, media };
}

/** Opens and saves report files: the one place that touches them on disk. */
export class ReportFiles {
  constructor(private readonly templates: TemplateStore) {}

  /** Opens a report, checking everything; a failure throws a BilanError and changes nothing. */
  async open(file: string): Promise<OpenedReport> {
    let entries: ReportEntries;
    try {
      entries = await readEntries(file);
    } catch (error) {
      if (error instanceof BilanError) throw error;
      throw fsError(error, file, 'open');
    }
    return readReport(entries, file, (id, version) => this.templates.get(id, version));
  }

  /**
   * Saves a report atomically, keeping the previous file as `<file>.bak`. The report is checked
   * first; an invalid report or a failed write leaves the file on disk as it was.
   */
  async save(file: string, report: Report, media: ReadonlyMap<string, Uint8Array>): Promise<void> {
    const template = this.templates.get(report.template.id, report.template.version);
    const bytes = encodeReport(report, media, template, file, zipParts);
    const existing = await stat(file).catch(() => undefined);
    if (existing?.isDirectory()) throw new BilanError('save.isFolder', { file });
    try {
      await writeFileAtomic(file, bytes);
    } catch (error) {
      throw fsError(error, file, 'save');
    }
  }
}

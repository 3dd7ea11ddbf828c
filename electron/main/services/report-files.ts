import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BilanError } from '../../../shared/i18n/errors.js';
import { LIMITS } from '../../../shared/model/limits.js';
import type { Report } from '../../../shared/model/report.js';
import { REPORT_ENTRY, unpackContainer, type ReportEntries } from '../../../shared/format/container.js';
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

/** Reads a report's entries from a `.bilan` file or from its unpacked form (a folder). */
async function readEntries(file: string): Promise<ReportEntries> {
  const info = await stat(file);
  if (!info.isDirectory()) {
    if (info.size > LIMITS.containerBytes) throw new BilanError('open.tooLarge', { file });
    return unpackContainer(new Uint8Array(await readFile(file)), file, unzipNative);
  }
  const json = new Uint8Array(await readFile(join(file, REPORT_ENTRY)));
  const media = new Map<string, Uint8Array>();
  const names = await readdir(join(file, 'media')).catch(() => []);
  for (const name of names) {
    if (/^[A-Za-z0-9_-]+\.(png|jpg)$/.test(name)) media.set(name, new Uint8Array(await readFile(join(file, 'media', name))));
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

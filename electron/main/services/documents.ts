import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeIssue, telling, type OpenedReport } from '../../../shared/format/read.js';
import { describeLocation } from '../../../shared/format/location.js';
import type { LoadedReport, SavedReport } from '../../../shared/ipc/dto.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import type { MessageParams } from '../../../shared/i18n/i18n.js';
import { mainT } from '../i18n/messages.js';
import { Report, type Media } from '../../../shared/model/report.js';
import { newReport } from '../../../shared/report/create.js';
import { NoMappingError, reportFrom } from '../../../shared/report/from-template.js';
import type { Template } from '../../../shared/model/template.js';
import { sameFile, stampOf, type FileStamp } from './file-stamp.js';
import { withFileLock } from './file-lock.js';
import { ReportPath, refused } from './ipc-args.js';
import type { RecoveryStore } from './recovery-store.js';
import type { ReportFiles } from './report-files.js';
import type { TemplateStore } from './template-store.js';

/** How long a save from the window waits for another writer of its file (a `bilan merge`). */
const WINDOW_LOCK_WAIT_MS = 10_000;

/** An open report as the main process keeps it: where it lives, its images, its recovery copy. */
interface OpenDocument {
  path: string | null;
  /** False for a new report or a sample folder: Save needs a new `.bilan` file. */
  isFile: boolean;
  media: Map<string, Uint8Array>;
  recoveryId: string;
  /** The template it was opened with, to name fields in error messages. */
  template?: Template;
  /** Its file as last read or written here: a save over a file changed since is refused. */
  stamp?: FileStamp | undefined;
}

/** What the documents need from the service around them. */
export interface DocumentsContext {
  files: ReportFiles;
  templates: TemplateStore;
  recovery: RecoveryStore;
  isAllowed(path: string): boolean;
  grant(path: string): void;
  /** Asks the user where to save (Electron: a save dialog); undefined when cancelled. */
  chooseSavePath?: ((suggested: string | null, picked?: string) => Promise<string | undefined>) | undefined;
  /** Told of every file opened or saved (the recent files list). */
  onFileUsed?: ((path: string) => void) | undefined;
}

/**
 * The reports open for editing, by handle. The renderer holds the report itself and sends it
 * back to save; the images stay here, so they never cross IPC more than once.
 */
export class Documents {
  private readonly open = new Map<string, OpenDocument>();
  /** The write under way to each file: two saves of one file (two tabs) run one after the other. */
  private readonly writing = new Map<string, Promise<unknown>>();

  constructor(private readonly ctx: DocumentsContext) {}

  async load(path: string): Promise<LoadedReport> {
    // Stamped before it is read: a change in between makes a later save refused, never lost.
    const stamp = await stampOf(path);
    const { report, media } = await this.ctx.files.open(path);
    const isFile = !(await stat(path)).isDirectory();
    if (isFile) this.ctx.onFileUsed?.(path);
    return this.register({ path, isFile, media, recoveryId: randomUUID(), stamp }, report, false);
  }

  /**
   * A new report of a template, with no file until saved: empty, or started from the report at
   * `from` (an action plan) through the mapping the template declares, its pictures included.
   */
  async create(templateId: string, from?: string): Promise<LoadedReport> {
    const template = this.ctx.templates.get(templateId);
    if (from === undefined) return this.register({ path: null, isFile: false, media: new Map(), recoveryId: randomUUID() }, newReport(template), false);
    const source = await this.ctx.files.open(from);
    let report: Report;
    try {
      report = reportFrom(source.report, template);
    } catch (error) {
      if (!(error instanceof NoMappingError)) throw error;
      const name = (id: string) => (lang: 'fr' | 'en') => (this.ctx.templates.ids().includes(id) ? this.ctx.templates.get(id).name[lang] : id);
      throw new BilanError('new.fromNoMapping', { file: basename(from), source: name(error.source), target: name(error.target) }, { cause: error });
    }
    const media = new Map(report.media.map((m) => [m.file, source.media.get(m.file)!]));
    return this.register({ path: null, isFile: false, media, recoveryId: randomUUID() }, report, false);
  }

  /** A report made here (a Word document imported), opened with no file until saved. */
  adopt(report: Report, media: Map<string, Uint8Array>): LoadedReport {
    return this.register({ path: null, isFile: false, media, recoveryId: randomUUID() }, report, false);
  }

  async save(docId: string, raw: unknown, path?: string): Promise<SavedReport> {
    const doc = this.get(docId);
    const target = path ?? (doc.isFile ? doc.path : null);
    if (!target) throw refused('save.needSaveAs');
    if (target !== doc.path && !this.ctx.isAllowed(target)) throw refused('ipc.notAllowed', { file: target });
    const report = parseReport(raw, target, doc.template);
    await this.guarded(doc, target, () => this.ctx.files.save(target, report, doc.media));
    Object.assign(doc, { path: target, isFile: true });
    await this.ctx.recovery.discard(doc.recoveryId);
    this.ctx.onFileUsed?.(target);
    return { path: target, fileName: basename(target), savedAt: new Date().toISOString() };
  }

  async saveAs(docId: string, raw: unknown, picked?: string): Promise<SavedReport | null> {
    const doc = this.get(docId);
    if (!this.ctx.chooseSavePath) throw refused('save.noDialog');
    const chosen = await this.ctx.chooseSavePath(doc.isFile ? doc.path : null, picked);
    if (chosen === undefined) return null;
    const path = ReportPath.safeParse(chosen);
    if (!path.success) throw refused('save.badName', { file: chosen });
    this.ctx.grant(path.data);
    return this.save(docId, raw, path.data);
  }

  /**
   * Writes an open report through `write` (which may change it first, as sending stamps a
   * package) to its own file, or to one the user chooses when it has none; null when cancelled.
   * The report is checked against the schema before `write` sees it; once written, that file is
   * the report's own and its recovery copy is dropped. A failure changes neither.
   */
  async writeWith<T>(docId: string, raw: unknown, write: (opened: OpenedReport, path: string) => Promise<T>): Promise<{ path: string; result: T } | null> {
    const doc = this.get(docId);
    let target = doc.isFile ? doc.path : null;
    if (!target) {
      if (!this.ctx.chooseSavePath) throw refused('save.noDialog');
      const chosen = await this.ctx.chooseSavePath(null);
      if (chosen === undefined) return null;
      const path = ReportPath.safeParse(chosen);
      if (!path.success) throw refused('save.badName', { file: chosen });
      this.ctx.grant(path.data);
      target = path.data;
    }
    const opened = { report: parseReport(raw, target, doc.template), media: doc.media };
    const file = target;
    const result = await this.guarded(doc, file, () => write(opened, file));
    Object.assign(doc, { path: target, isFile: true });
    await this.ctx.recovery.discard(doc.recoveryId);
    this.ctx.onFileUsed?.(target);
    return { path: target, result };
  }

  async autosave(docId: string, raw: unknown): Promise<string> {
    const doc = this.get(docId);
    return this.ctx.recovery.write(doc.recoveryId, doc.path, parseReport(raw, doc.path ?? ((lang) => mainT(lang, 'recovery.copyName')), doc.template), doc.media);
  }

  async restore(id: string): Promise<LoadedReport> {
    const { meta, opened } = await this.ctx.recovery.open(id);
    const info = meta.path ? await stat(meta.path).catch(() => undefined) : undefined;
    // The copy names the file it belongs to; saving there again needs no new permission.
    if (meta.path && info?.isFile()) this.ctx.grant(meta.path);
    // What the copy was made from is not known: the file as it is now is the one to keep.
    const stamp = meta.path && info?.isFile() ? await stampOf(meta.path) : undefined;
    const doc = { path: meta.path, isFile: !!info?.isFile(), media: opened.media, recoveryId: id, stamp };
    return this.register(doc, opened.report, true);
  }

  async close(docId: string): Promise<void> {
    const doc = this.open.get(docId);
    if (!doc) return;
    this.open.delete(docId);
    await this.ctx.recovery.discard(doc.recoveryId);
  }

  /** Closes every open report (the service shuts down), dropping their recovery copies. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((docId) => this.close(docId)));
  }

  /**
   * Whether an open report's file no longer holds what was read or last written here (another
   * program, window or tab wrote it). Asked every few seconds while the window is shown, so a
   * file whose size and time are those of the stamp is not read again; one only touched (same
   * bytes, new time) takes that time, and is not read again either. False while a save of it
   * runs here, and for a report with no file of its own or whose file is gone.
   */
  async changedOnDisk(docId: string): Promise<boolean> {
    const doc = this.get(docId);
    if (!doc.isFile || !doc.path || !doc.stamp || this.writing.has(doc.path)) return false;
    const info = await stat(doc.path).catch(() => undefined);
    if (!info?.isFile()) return false;
    if (info.size === doc.stamp.size && info.mtimeMs === doc.stamp.mtimeMs) return false;
    const now = await stampOf(doc.path);
    if (!now || this.writing.has(doc.path)) return false;
    if (!sameFile(now, doc.stamp)) return true;
    doc.stamp = { ...doc.stamp, mtimeMs: now.mtimeMs };
    return false;
  }

  /** The images of an open report, by file name (the export worker gets a copy). */
  media(docId: string): Map<string, Uint8Array> {
    return this.get(docId).media;
  }

  /**
   * Writes a document's file through `write`, after every other write of that file here, and
   * only if the file is still the one the document was opened from or last saved to: another
   * tab, window or program may have written it since, and its work must not be lost. Nothing is
   * written then. A file written elsewhere (Save as over an existing file) was chosen by the user.
   */
  private async guarded<T>(doc: OpenDocument, target: string, write: () => Promise<T>): Promise<T> {
    const before = this.writing.get(target) ?? Promise.resolve();
    // The lock makes the check and the write one step for other processes too (a `bilan merge`
    // writing the same file); within this process, writes of one file wait for each other.
    const turn = before.catch(() => undefined).then(() =>
      withFileLock(
        target,
        async () => {
          if (target === doc.path && doc.stamp) {
            const now = await stampOf(target);
            if (now && !sameFile(now, doc.stamp)) throw refused('save.changedOnDisk', { file: target });
          }
          const result = await write();
          doc.stamp = await stampOf(target);
          return result;
        },
        WINDOW_LOCK_WAIT_MS,
      ),
    );
    this.writing.set(target, turn);
    try {
      return await turn;
    } finally {
      if (this.writing.get(target) === turn) this.writing.delete(target);
    }
  }

  private get(docId: string): OpenDocument {
    const doc = this.open.get(docId);
    if (!doc) throw refused('doc.notOpen');
    return doc;
  }

  private register(doc: OpenDocument, report: Report, recovered: boolean): LoadedReport {
    const docId = randomUUID();
    this.open.set(docId, doc);
    const media = mediaUrls(report.media, doc.media);
    const template = this.ctx.templates.get(report.template.id, report.template.version);
    doc.template = template;
    return { docId, path: doc.path, fileName: doc.path ? basename(doc.path) : null, needsSaveAs: !doc.isFile, recovered, report, template, media };
  }
}

/** The images of `media` whose bytes `bytes` holds (by file name), as `data:` URLs by media id: what the window shows. */
export function mediaUrls(media: readonly Media[], bytes: ReadonlyMap<string, Uint8Array>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const m of media) {
    const data = bytes.get(m.file);
    if (data) urls[m.id] = `data:${m.mime};base64,${Buffer.from(data).toString('base64')}`;
  }
  return urls;
}

/** Checks a report sent by the window against the schema; refuses it in words, with the place at fault. */
function parseReport(raw: unknown, file: MessageParams[string], template: Template | undefined): Report {
  const parsed = Report.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = telling(parsed.error.issues[0]!);
  throw new BilanError('save.invalid', { file, where: (lang) => describeLocation(lang, issue.path, raw, template), what: (lang) => describeIssue(lang, issue, raw) });
}

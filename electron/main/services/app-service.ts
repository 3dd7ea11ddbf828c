import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { LoadedReport, LocaleInfo, RecoveryInfo, ReportSummary, SampleEntry, SavedReport, TemplateInfo } from '../../../shared/ipc/dto.js';
import { fail, ok, type ApiError, type Result } from '../../../shared/ipc/result.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { langFromLocale } from '../../../shared/i18n/i18n.js';
import { mainMessage } from '../i18n/messages.js';
import { SEEDS_DIR } from './app-paths.js';
import { Documents } from './documents.js';
import { checkArgs, refused, RefusedError } from './ipc-args.js';
import { RecoveryStore } from './recovery-store.js';
import { reportSummary, sampleInfo } from './report-outline.js';
import { ReportFiles } from './report-files.js';
import { TemplateStore } from './template-store.js';

/** What the service needs from its surroundings; every part has a default for plain Node. */
export interface AppServiceOptions {
  templates?: TemplateStore;
  seedsDir?: string;
  /**
   * The application's own data folder (Electron: `userData`); recovery copies go to its
   * `recovery/` folder. Without it, a fresh temporary folder: nothing outlives the service.
   */
  appDataDir?: string;
  /** The system locale, such as "fr-FR" (Electron's `app.getLocale()`). */
  locale?: () => string;
  /** Asks the user where to save a report (Electron: a save dialog); undefined when cancelled. */
  chooseSavePath?: (suggested: string | null) => Promise<string | undefined>;
  /** Told of every report file opened or saved (Electron: the recent files list). */
  onFileUsed?: (path: string) => void;
  /** Where unexpected failures are reported (they reach the user only as a generic message). */
  log?: (error: unknown) => void;
}

/**
 * The main process's side of `BilanApi`, in plain Node: the Electron shell forwards each IPC
 * request here, and the tests call it directly. It validates every argument (the renderer is
 * untrusted), opens only sample reports and files granted by the main process (a dialog, the
 * system), and never throws: each reply is a `Result`.
 */
export class AppService implements BilanApi {
  private readonly templates: TemplateStore;
  private readonly files: ReportFiles;
  private readonly seedsDir: string;
  private readonly locale: () => string;
  private readonly log: (error: unknown) => void;
  private readonly granted = new Set<string>();
  private readonly recovery: RecoveryStore;
  private readonly documents: Documents;
  private unsaved = false;

  constructor(options: AppServiceOptions = {}) {
    this.templates = options.templates ?? new TemplateStore();
    this.files = new ReportFiles(this.templates);
    this.seedsDir = resolve(options.seedsDir ?? SEEDS_DIR);
    this.locale = options.locale ?? (() => Intl.DateTimeFormat().resolvedOptions().locale);
    this.log = options.log ?? ((error) => console.error(error));
    const appData = options.appDataDir ?? join(tmpdir(), `bilan-data-${randomUUID()}`);
    this.recovery = new RecoveryStore(join(appData, 'recovery'), this.files, this.templates);
    this.documents = new Documents({
      files: this.files,
      templates: this.templates,
      recovery: this.recovery,
      isAllowed: (path) => this.isAllowed(path),
      grant: (path) => this.grant(path),
      chooseSavePath: options.chooseSavePath,
      onFileUsed: options.onFileUsed,
    });
  }

  /** Lets the renderer open a file the user chose outside it (open dialog, file association). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** Whether the window said it holds unsaved changes (the shell asks before closing). */
  hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  listTemplates(...args: unknown[]): Promise<Result<TemplateInfo[]>> {
    return this.reply(async () => {
      checkArgs('listTemplates', args);
      return this.templates.ids().map((id) => {
        const t = this.templates.get(id);
        return { id, name: t.name, description: t.description };
      });
    });
  }

  listSamples(...args: unknown[]): Promise<Result<SampleEntry[]>> {
    return this.reply(async () => {
      checkArgs('listSamples', args);
      const entries = await readdir(this.seedsDir).catch(() => [] as string[]);
      const paths = entries.filter((name) => /\.bilan$/i.test(name)).sort().map((name) => join(this.seedsDir, name));
      return Promise.all(paths.map((path) => this.sample(path)));
    });
  }

  openReport(...args: unknown[]): Promise<Result<ReportSummary>> {
    return this.reply(async () => {
      const [path] = checkArgs('openReport', args);
      this.checkAllowed(path);
      const { report } = await this.files.open(path);
      return reportSummary(path, report, this.templates.get(report.template.id));
    });
  }

  getLocale(...args: unknown[]): Promise<Result<LocaleInfo>> {
    return this.reply(async () => {
      checkArgs('getLocale', args);
      const locale = this.locale();
      return { locale, lang: langFromLocale(locale.replace('-', '_')) };
    });
  }

  loadReport(...args: unknown[]): Promise<Result<LoadedReport>> {
    return this.reply(async () => {
      const [path] = checkArgs('loadReport', args);
      this.checkAllowed(path);
      return this.documents.load(path);
    });
  }

  newReport(...args: unknown[]): Promise<Result<LoadedReport>> {
    return this.reply(async () => this.documents.create(...checkArgs('newReport', args)));
  }

  saveReport(...args: unknown[]): Promise<Result<SavedReport>> {
    return this.reply(async () => {
      const [docId, report, path] = checkArgs('saveReport', args);
      return this.documents.save(docId, report, path === undefined ? undefined : resolve(path));
    });
  }

  saveReportAs(...args: unknown[]): Promise<Result<SavedReport | null>> {
    return this.reply(async () => this.documents.saveAs(...checkArgs('saveReportAs', args)));
  }

  autosave(...args: unknown[]): Promise<Result<string>> {
    return this.reply(async () => this.documents.autosave(...checkArgs('autosave', args)));
  }

  listRecoveries(...args: unknown[]): Promise<Result<RecoveryInfo[]>> {
    return this.reply(async () => {
      checkArgs('listRecoveries', args);
      return this.recovery.list();
    });
  }

  restoreRecovery(...args: unknown[]): Promise<Result<LoadedReport>> {
    return this.reply(async () => this.documents.restore(...checkArgs('restoreRecovery', args)));
  }

  discardRecovery(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      await this.recovery.discard(...checkArgs('discardRecovery', args));
      return null;
    });
  }

  closeReport(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      await this.documents.close(...checkArgs('closeReport', args));
      return null;
    });
  }

  setUnsavedChanges(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      [this.unsaved] = checkArgs('setUnsavedChanges', args);
      return null;
    });
  }

  private isAllowed(path: string): boolean {
    const full = resolve(path);
    return this.granted.has(full) || resolve(full, '..') === this.seedsDir;
  }

  private checkAllowed(path: string): void {
    if (!this.isAllowed(path)) throw refused('ipc.notAllowed', { file: path });
  }

  /** Runs a request and turns any failure into an error reply the user can read. */
  private async reply<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (error) {
      return fail(this.toApiError(error));
    }
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof RefusedError) return error.apiError;
    if (error instanceof BilanError) return { key: error.key, message: { fr: error.describe('fr'), en: error.describe('en') } };
    this.log(error);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    return { key: 'ipc.unexpected', message: mainMessage('ipc.unexpected', { detail }) };
  }

  private async sample(path: string): Promise<SampleEntry> {
    const fileName = basename(path);
    try {
      const { report } = await this.files.open(path);
      return sampleInfo(path, fileName, report, this.templates.get(report.template.id));
    } catch (error) {
      return { ok: false, path, fileName, error: this.toApiError(error) };
    }
  }
}

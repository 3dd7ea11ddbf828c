import { randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { REPORT_ENTRY } from '../../../shared/format/container.js';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { ExportCheck, ExportStatus, OpenDocumentKind } from '../../../shared/ipc/dto.js';
import type { AppliedImport, CutPackagesReply, ImportReview } from '../../../shared/ipc/dto.js';
import type { HostInfo, SentPackage, WorkspaceListing } from '../../../shared/ipc/dto.js';
import type { ImportedDocx } from '../../../shared/ipc/dto.js';
import type { Person } from '../../../shared/model/report.js';
import type { LoadedReport, LocaleInfo, RecentEntry, RecoveryInfo, ReportSummary, SampleEntry, SavedReport, TemplateInfo } from '../../../shared/ipc/dto.js';
import { fail, ok, type ApiError, type Result } from '../../../shared/ipc/result.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { langFromLocale } from '../../../shared/i18n/i18n.js';
import { mainMessage } from '../i18n/messages.js';
import { SEEDS_DIR } from './app-paths.js';
import { Documents } from './documents.js';
import { Contributions } from './contributions.js';
import { checkExport } from './export-check.js';
import { ExportJobs } from './export-jobs.js';
import { ImportSessions, reportArg } from './import-session.js';
import { importDocx as readDocx } from './docx-import.js';
import { checkArgs, DocxPath, refused, RefusedError, ReportPath } from './ipc-args.js';
import { PackageService } from './package-service.js';
import { PersonalDictionary } from './personal-dictionary.js';
import { PreviewService } from './preview-service.js';
import { RecoveryStore } from './recovery-store.js';
import { reportSummary, sampleInfo } from './report-outline.js';
import { ReportFiles } from './report-files.js';
import { MemoryIdentity, MemoryViewSettings, type IdentityStore, type ViewSettingsStore } from './shell-settings.js';
import type { ViewSettings } from '../../../shared/ipc/dto.js';
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
  /**
   * Where the interface runs; the desktop window by default. In the browser (`bilan serve`) the
   * page's own chooser picks files, and each `choose…` callback below receives what it picked
   * (`picked`, workspace-relative; undefined when cancelled). The desktop refuses any `picked`
   * before its callbacks are called: a page never grants itself a path there.
   */
  host?: HostInfo;
  /** Browser only: lists a folder of the workspace for the page's chooser. */
  listWorkspace?: (folder: string) => Promise<WorkspaceListing>;
  /** Asks the user where to save a report (Electron: a save dialog); undefined when cancelled. */
  chooseSavePath?: (suggested: string | null, picked?: string) => Promise<string | undefined>;
  /** Asks the user for the folder exports go to (Electron: a folder dialog); undefined when cancelled. */
  chooseExportFolder?: (picked?: string) => Promise<string | undefined>;
  /** Asks the user for the folder packages are written to (Electron: a folder dialog); undefined when cancelled. */
  choosePackagesFolder?: (picked?: string) => Promise<string | undefined>;
  /** Asks the user for returned packages (Electron: an open dialog, several files); empty when cancelled. */
  choosePackageFiles?: (picked?: string[]) => Promise<string[]>;
  /** Asks the user for a report or package to open (Electron: an open dialog); undefined when cancelled. */
  chooseReportFile?: (picked?: string) => Promise<string | undefined>;
  /** Asks the user for a Word document to import (Electron: an open dialog on `.docx`); undefined when cancelled. */
  chooseDocxFile?: (picked?: string) => Promise<string | undefined>;
  /** Where the user's name and email are remembered (Electron: the shell's settings); memory by default. */
  identity?: IdentityStore;
  /** Where the view's preferences (the page's zoom) are kept (`bilan serve`: the workspace); memory by default. */
  viewSettings?: ViewSettingsStore;
  /** Opens a file with the system's viewer (Electron: `shell.openPath`); resolves to an error text, empty when it worked. */
  openFile?: (path: string) => Promise<string>;
  /** Told of every report file opened or saved (Electron: the recent files list). */
  onFileUsed?: (path: string) => void;
  /** The report files opened or saved lately, newest first (Electron and `bilan serve`: the shell's settings). */
  recent?: { readonly recent: readonly string[] };
  /** Told when the window says it holds another kind of document (Electron: the menu is rebuilt). */
  onOpenDocument?: (kind: OpenDocumentKind) => void;
  /** Where unexpected failures are reported (they reach the user only as a generic message). */
  log?: (error: unknown) => void;
  /** Where the user's personal spelling dictionaries are kept; the data folder's `dictionary/` by default. */
  dictionaryDir?: string;
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
  private openDocument: OpenDocumentKind = 'none';
  private readonly onOpenDocument: ((kind: OpenDocumentKind) => void) | undefined;
  private readonly exportJobs: ExportJobs;
  /** Folders the user chose for exports: the only places the window may have files written. */
  private readonly exportFolders = new Set<string>();
  /** Folders packages were written to: shown in the file manager on request, like the export folders. */
  private readonly packageFolders = new Set<string>();
  private readonly openWith: AppServiceOptions['openFile'];
  private readonly chooseExportFolderPath: AppServiceOptions['chooseExportFolder'];
  private readonly packages: PackageService;
  private readonly imports: ImportSessions;
  private readonly packageDialogs: Pick<AppServiceOptions, 'choosePackagesFolder' | 'choosePackageFiles'>;
  private readonly contributions: Contributions;
  private readonly chooseReportFilePath: AppServiceOptions['chooseReportFile'];
  private readonly chooseDocxFilePath: AppServiceOptions['chooseDocxFile'];
  private readonly host: HostInfo;
  private readonly viewSettings: ViewSettingsStore;
  private readonly listWorkspaceFolder: AppServiceOptions['listWorkspace'];
  private readonly recent: AppServiceOptions['recent'];
  private readonly dictionary: PersonalDictionary;
  private readonly livePreview: PreviewService;
  /** The last listing of the samples, and the state of their files it was read from. */
  private samplesListed: { stamp: string; entries: Promise<SampleEntry[]> } | undefined;

  constructor(options: AppServiceOptions = {}) {
    this.templates = options.templates ?? new TemplateStore();
    this.files = new ReportFiles(this.templates);
    this.seedsDir = resolve(options.seedsDir ?? SEEDS_DIR);
    this.locale = options.locale ?? (() => Intl.DateTimeFormat().resolvedOptions().locale);
    this.log = options.log ?? ((error) => console.error(error));
    const appData = options.appDataDir ?? join(tmpdir(), `bilan-data-${randomUUID()}`);
    this.recovery = new RecoveryStore(join(appData, 'recovery'), this.files, this.templates);
    this.dictionary = new PersonalDictionary(options.dictionaryDir ?? join(appData, 'dictionary'));
    this.exportJobs = new ExportJobs(this.templates.dir, join(appData, 'code-cache'));
    this.livePreview = new PreviewService(this.templates, this.exportJobs, join(appData, 'live-preview'));
    this.chooseExportFolderPath = options.chooseExportFolder;
    this.openWith = options.openFile;
    this.packages = new PackageService(this.files, this.templates);
    this.imports = new ImportSessions(this.files, this.templates);
    this.packageDialogs = { choosePackagesFolder: options.choosePackagesFolder, choosePackageFiles: options.choosePackageFiles };
    this.documents = new Documents({
      files: this.files,
      templates: this.templates,
      recovery: this.recovery,
      isAllowed: (path) => this.isAllowed(path),
      grant: (path) => this.grant(path),
      chooseSavePath: options.chooseSavePath,
      onFileUsed: options.onFileUsed,
    });
    this.chooseReportFilePath = options.chooseReportFile;
    this.chooseDocxFilePath = options.chooseDocxFile;
    this.host = options.host ?? { kind: 'desktop', workspace: null };
    this.listWorkspaceFolder = options.listWorkspace;
    this.viewSettings = options.viewSettings ?? new MemoryViewSettings();
    this.recent = options.recent;
    this.onOpenDocument = options.onOpenDocument;
    this.contributions = new Contributions({
      documents: this.documents,
      packages: this.packages,
      exportJobs: this.exportJobs,
      templates: this.templates,
      identity: options.identity ?? new MemoryIdentity(),
      openFile: options.openFile,
      // Beside the recovery copies, in the application's own data: nothing is left in the
      // system's temporary folder, and the sweep below touches no one else's files.
      previewRoot: join(appData, 'previews'),
    });
  }

  /**
   * Start-up housekeeping: removes the previews an earlier run left behind (it crashed, or a
   * viewer held a file when it quit). Returns how many folders went.
   */
  sweepLeftovers(now?: number): Promise<number> {
    return this.contributions.sweepStalePreviews(now);
  }

  /** The application quits: the previews of this session go with it. */
  dispose(): void {
    this.contributions.dropAllPreviewsNow();
  }

  /**
   * The service stops for good (`bilan serve` ends): exports under way are stopped before they
   * write, open reports are closed, previews are removed.
   */
  async shutdown(): Promise<void> {
    await this.exportJobs.stopAll();
    await this.documents.closeAll();
    this.dispose();
  }

  /** Lets the renderer open a file the user chose outside it (open dialog, file association). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** Whether the window said it holds unsaved changes (the shell asks before closing). */
  hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  /** What the window said it holds (the menu follows it). */
  openDocumentKind(): OpenDocumentKind {
    return this.openDocument;
  }

  listTemplates(...args: unknown[]): Promise<Result<TemplateInfo[]>> {
    return this.reply(async () => {
      checkArgs('listTemplates', args);
      const ids = this.templates.ids();
      return ids.map((id) => {
        const t = this.templates.get(id);
        const from = Object.keys(t.from ?? {})
          .filter((source) => ids.includes(source))
          .map((source) => ({ id: source, name: this.templates.get(source).name }));
        return { id, name: t.name, description: t.description, from };
      });
    });
  }

  listSamples(...args: unknown[]): Promise<Result<SampleEntry[]>> {
    return this.reply(async () => {
      checkArgs('listSamples', args);
      const entries = await readdir(this.seedsDir).catch(() => [] as string[]);
      const paths = entries.filter((name) => /\.bilan$/i.test(name)).sort().map((name) => join(this.seedsDir, name));
      // Each sample is opened and checked whole to be described (30–60 ms for the sample report,
      // several times that in a process just started), and the start screen waits for it. The
      // samples are the application's own files: read again only when one of them changed.
      const stamp = (await Promise.all(paths.map(fileStamp))).join('\n');
      if (this.samplesListed?.stamp !== stamp) this.samplesListed = { stamp, entries: Promise.all(paths.map((path) => this.sample(path))) };
      return this.samplesListed.entries;
    });
  }

  listRecent(...args: unknown[]): Promise<Result<RecentEntry[]>> {
    return this.reply(async () => {
      checkArgs('listRecent', args);
      const root = this.host.workspace?.root;
      const paths = (this.recent?.recent ?? []).map((p) => resolve(p));
      return Promise.all(
        paths.map(async (path): Promise<RecentEntry> => {
          const stats = await stat(path).catch(() => null);
          // The list is the main process's own: a file on it that is still there may be opened.
          if (stats?.isFile()) this.grant(path);
          const folder = root === undefined ? dirname(path) : relative(root, dirname(path));
          return { path, fileName: basename(path), folder, modified: stats?.isFile() ? stats.mtime.toISOString() : null };
        }),
      );
    });
  }

  openReport(...args: unknown[]): Promise<Result<ReportSummary>> {
    return this.reply(async () => {
      const [path] = checkArgs('openReport', args);
      this.checkAllowed(path);
      const { report } = await this.files.open(path);
      return reportSummary(path, report, this.templates.forReport(report));
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
    return this.reply(async () => {
      const [templateId, from] = checkArgs('newReport', args);
      if (from !== undefined) this.checkAllowed(from);
      return this.documents.create(templateId, from === undefined ? undefined : resolve(from));
    });
  }

  saveReport(...args: unknown[]): Promise<Result<SavedReport>> {
    return this.reply(async () => {
      const [docId, report, path] = checkArgs('saveReport', args);
      return this.documents.save(docId, report, path === undefined ? undefined : resolve(path));
    });
  }

  saveReportAs(...args: unknown[]): Promise<Result<SavedReport | null>> {
    return this.reply(async () => {
      const [docId, report, picked] = checkArgs('saveReportAs', args);
      return this.documents.saveAs(docId, report, this.pickedArg(picked));
    });
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
      const [docId] = checkArgs('closeReport', args);
      await this.documents.close(docId);
      await this.contributions.dropPreviews(docId);
      return null;
    });
  }

  fileChanged(...args: unknown[]): Promise<Result<{ changed: boolean }>> {
    return this.reply(async () => ({ changed: await this.documents.changedOnDisk(...checkArgs('fileChanged', args)) }));
  }

  setUnsavedChanges(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      [this.unsaved] = checkArgs('setUnsavedChanges', args);
      return null;
    });
  }

  setOpenDocument(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      const [kind] = checkArgs('setOpenDocument', args);
      if (kind === this.openDocument) return null;
      this.openDocument = kind;
      this.onOpenDocument?.(kind);
      return null;
    });
  }

  exportCheck(...args: unknown[]): Promise<Result<ExportCheck>> {
    return this.reply(async () => {
      const [docId, report, langs] = checkArgs('exportCheck', args);
      this.documents.media(docId); // refuses a document that is not open
      return checkExport(report, this.templates, langs);
    });
  }

  chooseExportFolder(...args: unknown[]): Promise<Result<string | null>> {
    return this.reply(async () => {
      const [picked] = checkArgs('chooseExportFolder', args);
      const pick = this.pickedArg(picked);
      if (!this.chooseExportFolderPath) throw refused('save.noDialog');
      const chosen = await this.chooseExportFolderPath(pick);
      if (chosen === undefined) return null;
      this.exportFolders.add(resolve(chosen));
      return resolve(chosen);
    });
  }

  startExport(...args: unknown[]): Promise<Result<string>> {
    return this.reply(async () => {
      const [docId, report, options] = checkArgs('startExport', args);
      const folder = resolve(options.folder);
      if (!this.exportFolders.has(folder)) throw refused('export.folderNotChosen', { folder });
      const media = this.documents.media(docId);
      return this.exportJobs.start({ report, media, folder, formats: [...new Set(options.formats)], langs: [...new Set(options.langs)], allowMissing: options.allowMissing, ...(options.review ? { review: true } : {}) });
    });
  }

  exportStatus(...args: unknown[]): Promise<Result<ExportStatus>> {
    return this.reply(async () => {
      const [jobId] = checkArgs('exportStatus', args);
      const status = this.exportJobs.status(jobId);
      if (!status) throw refused('export.noJob');
      return status;
    });
  }

  cancelExport(...args: unknown[]): Promise<Result<ExportStatus>> {
    return this.reply(async () => {
      const [jobId] = checkArgs('cancelExport', args);
      const status = await this.exportJobs.cancel(jobId);
      if (!status) throw refused('export.noJob');
      return status;
    });
  }

  cutPackages(...args: unknown[]): Promise<Result<CutPackagesReply | null>> {
    return this.reply(async () => {
      const [docId, raw, { format, lang, langs, ...options }, picked] = checkArgs('cutPackages', args);
      const opened = { report: reportArg(raw), media: this.documents.media(docId) };
      const pick = this.pickedArg(picked);
      // A Word form says whom to send it back to: the remembered identity, asked for first.
      const contact = this.contributions.identity();
      if (format === 'docx' && !contact) throw refused('packages.wordNeedsIdentity');
      // The languages filled in: both by default, the interface's first; or the one chosen (`bilan packages --lang`).
      const first = langs?.[0] ?? lang ?? 'fr';
      const word = format === 'docx' ? { lang: first, langs: langs ? [...langs] : [first, first === 'fr' ? ('en' as const) : ('fr' as const)], contact } : undefined;
      if (!this.packageDialogs.choosePackagesFolder) throw refused('save.noDialog');
      const chosen = await this.packageDialogs.choosePackagesFolder(pick);
      if (chosen === undefined) return null;
      const cutAt = new Date();
      const cut = await this.packages.cutAll(opened, resolve(chosen), { ...options, now: cutAt, ...(word ? { word } : {}) });
      this.packageFolders.add(resolve(chosen));
      const name = (id: string) => opened.report.institutions.find((i) => i.id === id)?.name;
      const packages = cut.packages.map((w) => ({ institution: w.institution, name: { fr: name(w.institution)?.fr?.content ?? w.institution, en: name(w.institution)?.en?.content ?? '' }, fileName: basename(w.file), cards: w.cards }));
      // The register is part of the report: the window takes it and shows the report unsaved.
      return { folder: resolve(chosen), cutAt: cutAt.toISOString(), packages, report: cut.report };
    });
  }

  choosePackages(...args: unknown[]): Promise<Result<string[]>> {
    return this.reply(async () => {
      const [picked] = checkArgs('choosePackages', args);
      const pick = this.pickedArg(picked);
      if (!this.packageDialogs.choosePackageFiles) throw refused('save.noDialog');
      const paths = (await this.packageDialogs.choosePackageFiles(pick)).map((p) => resolve(p)).filter((p) => /\.(bilan|docx)$/i.test(p));
      paths.forEach((p) => this.grant(p));
      return paths;
    });
  }

  planImports(...args: unknown[]): Promise<Result<ImportReview>> {
    return this.reply(async () => {
      const [docId, raw, paths] = checkArgs('planImports', args);
      paths.forEach((p) => this.checkAllowed(p));
      return this.imports.plan(docId, { report: reportArg(raw), media: new Map(this.documents.media(docId)) }, paths);
    });
  }

  applyImports(...args: unknown[]): Promise<Result<AppliedImport>> {
    return this.reply(async () => {
      const [sessionId, resolutions, leftovers] = checkArgs('applyImports', args);
      const { docId, applied, added } = await this.imports.apply(sessionId, resolutions, this.contributions.identity(), new Date(), leftovers ?? []);
      const media = this.documents.media(docId);
      for (const [file, bytes] of added) media.set(file, bytes);
      return applied;
    });
  }

  closeImport(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      this.imports.close(...checkArgs('closeImport', args));
      return null;
    });
  }

  chooseReportFile(...args: unknown[]): Promise<Result<string | null>> {
    return this.reply(async () => {
      const [picked] = checkArgs('chooseReportFile', args);
      return this.chooseOne(this.chooseReportFilePath, picked, (chosen) => ReportPath.safeParse(chosen), (chosen) => refused('open.badName', { file: chosen }));
    });
  }

  chooseDocxFile(...args: unknown[]): Promise<Result<string | null>> {
    return this.reply(async () => {
      const [picked] = checkArgs('chooseDocxFile', args);
      return this.chooseOne(this.chooseDocxFilePath, picked, (chosen) => DocxPath.safeParse(chosen), (chosen) => new BilanError('docxImport.notDocx', { file: basename(chosen) }));
    });
  }

  /**
   * One file the user chooses with `dialog` (the system's, or the page's own chooser's `picked`),
   * its path checked (`refusal` when it is not of the kind asked for) and granted for what follows;
   * null when the user cancelled.
   */
  private async chooseOne(dialog: ((picked?: string) => Promise<string | undefined>) | undefined, picked: string | null | undefined, check: (path: string) => { success: true; data: string } | { success: false }, refusal: (chosen: string) => Error): Promise<string | null> {
    const pick = this.pickedArg(picked);
    if (!dialog) throw refused('save.noDialog');
    const chosen = await dialog(pick);
    if (chosen === undefined) return null;
    const path = check(resolve(chosen));
    if (!path.success) throw refusal(chosen);
    this.grant(path.data);
    return path.data;
  }

  importDocx(...args: unknown[]): Promise<Result<ImportedDocx>> {
    return this.reply(async () => {
      const [templateId, frPath, enPath] = checkArgs('importDocx', args);
      const fr = resolve(frPath);
      const en = enPath === null || enPath === undefined ? undefined : resolve(enPath);
      this.checkAllowed(fr);
      if (en !== undefined) this.checkAllowed(en);
      const imported = await readDocx(this.templates.get(templateId), fr, en);
      // Nothing is written: the report opens with no file, unsaved, as a new report does.
      return { summary: imported.summary, loaded: this.documents.adopt(imported.report, imported.media) };
    });
  }

  getIdentity(...args: unknown[]): Promise<Result<Person | null>> {
    return this.reply(async () => {
      checkArgs('getIdentity', args);
      return this.contributions.identity();
    });
  }

  setIdentity(...args: unknown[]): Promise<Result<Person>> {
    return this.reply(async () => this.contributions.setIdentity(...checkArgs('setIdentity', args)));
  }

  getViewSettings(...args: unknown[]): Promise<Result<ViewSettings>> {
    return this.reply(async () => {
      checkArgs('getViewSettings', args);
      return this.viewSettings.view();
    });
  }

  setViewSettings(...args: unknown[]): Promise<Result<ViewSettings>> {
    return this.reply(async () => this.viewSettings.saveView(...checkArgs('setViewSettings', args)));
  }

  startPreview(...args: unknown[]): Promise<Result<string>> {
    return this.reply(async () => this.contributions.startPreview(...checkArgs('startPreview', args)));
  }

  openFolder(...args: unknown[]): Promise<Result<null>> {
    return this.reply(async () => {
      const folder = resolve(checkArgs('openFolder', args)[0]);
      const known = this.exportFolders.has(folder) || this.packageFolders.has(folder) || [...this.granted].some((file) => dirname(file) === folder);
      if (!known) throw refused('folder.notChosen', { folder });
      if (!this.openWith) throw refused('folder.noViewer', { folder });
      const problem = await this.openWith(folder);
      if (problem) throw refused('folder.openFailed', { folder, detail: problem.slice(0, 200) });
      return null;
    });
  }

  openPreview(...args: unknown[]): Promise<Result<string[]>> {
    return this.reply(async () => this.contributions.openPreview(...checkArgs('openPreview', args)));
  }

  sendPackage(...args: unknown[]): Promise<Result<SentPackage | null>> {
    return this.reply(async () => this.contributions.send(...checkArgs('sendPackage', args)));
  }

  getHost(...args: unknown[]): Promise<Result<HostInfo>> {
    return this.reply(async () => {
      checkArgs('getHost', args);
      return this.host;
    });
  }

  listWorkspace(...args: unknown[]): Promise<Result<WorkspaceListing>> {
    return this.reply(async () => {
      const [folder] = checkArgs('listWorkspace', args);
      if (this.host.kind !== 'browser' || !this.listWorkspaceFolder) throw refused('workspace.desktopDialogs');
      return this.listWorkspaceFolder(folder);
    });
  }

  getOwnWords(...args: unknown[]): Promise<Result<string[]>> {
    return this.reply(async () => this.dictionary.words(...checkArgs('getOwnWords', args)));
  }

  addOwnWord(...args: unknown[]): Promise<Result<string[]>> {
    return this.reply(async () => this.dictionary.add(...checkArgs('addOwnWord', args)));
  }

  renderPreview(...args: unknown[]): Promise<Result<{ pdf: string; pages: number; stale?: boolean }>> {
    return this.reply(async () => {
      const [docId, raw, request] = checkArgs('renderPreview', args);
      const media = this.documents.media(docId);
      return this.livePreview.render(docId, reportArg(raw), media, { lang: request.lang, ...(request.cardId !== undefined ? { cardId: request.cardId } : {}) });
    });
  }

  /**
   * What the page's own chooser picked, for the choosers of the browser; the desktop refuses it,
   * as there only its dialogs may grant a path. `null` (JSON's missing value) is no pick.
   */
  private pickedArg<T>(picked: T | null | undefined): T | undefined {
    if (picked === null || picked === undefined) return undefined;
    if (this.host.kind !== 'browser') throw refused('workspace.pickedOnDesktop');
    return picked;
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
      return sampleInfo(path, fileName, report, this.templates.forReport(report));
    } catch (error) {
      return { ok: false, path, fileName, error: this.toApiError(error) };
    }
  }
}

/**
 * What tells whether a report's file changed: its path, size and modification time, and for a
 * report saved as a folder (as the samples are) those of its report.json, which a save renames
 * into place. Empty parts for what cannot be read.
 */
async function fileStamp(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  const inner = info?.isDirectory() ? await stat(join(path, REPORT_ENTRY)).catch(() => undefined) : undefined;
  const part = (of: Stats | undefined) => (of ? `${of.size}:${of.mtimeMs}` : '');
  return `${path}|${part(info)}|${part(inner)}`;
}

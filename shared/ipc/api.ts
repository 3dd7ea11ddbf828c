import type { ExportCheck, ExportOptions, ExportStatus } from './dto.js';
import type { ViewSettings } from './dto.js';
import type { LoadedReport, LocaleInfo, MenuCommand, OpenDocumentKind, RecentEntry, RecoveryInfo, ReportSummary, SampleEntry, SavedReport, TemplateInfo } from './dto.js';
import type { AppliedImport, CutPackagesReply, ImportResolution, ImportReview, LeftoverDecision } from './dto.js';
import type { HostInfo, SentPackage, WorkspaceListing } from './dto.js';
import type { ImportedDocx } from './dto.js';
import type { Person } from '../model/report.js';
import type { Result } from './result.js';

/**
 * Everything the renderer may ask of the main process: one method per action, plain
 * serialisable arguments, and replies that are {@link Result}s rather than exceptions.
 * The main process implements it (`AppService`); the preload exposes a typed proxy of it as
 * `window.api`. Nothing else crosses the boundary. Reports travel as their JSON document
 * (`Report`); the main process checks every one it receives against the schema.
 */
export interface BilanApi {
  /** The installed templates. */
  listTemplates(): Promise<Result<TemplateInfo[]>>;
  /** The sample reports shipped with the application, each summed up. */
  listSamples(): Promise<Result<SampleEntry[]>>;
  /** The report files opened or saved lately, newest first; those still there may be loaded. */
  listRecent(): Promise<Result<RecentEntry[]>>;
  /** Opens a report (a sample, or a file the user chose) and returns its outline. */
  openReport(path: string): Promise<Result<ReportSummary>>;
  /** The system's language. */
  getLocale(): Promise<Result<LocaleInfo>>;

  /** Opens a report (a sample, or a file the user chose) for editing. */
  loadReport(path: string): Promise<Result<LoadedReport>>;
  /**
   * Starts a new report from an installed template; it has no file until saved. Empty, or
   * started from the report at `from` (a file granted by `chooseReportFile`, such as an action
   * plan) through the mapping the template declares: its cards, numbers, titles, ambitions,
   * institutions and the fields the mapping names come along.
   */
  newReport(templateId: string, from?: string): Promise<Result<LoadedReport>>;
  /**
   * Saves an open report atomically, to its own file or to `path` (which the main process must
   * have granted). A report with no `.bilan` file of its own (new, or a sample, which is a
   * folder) is refused with the error key `save.needSaveAs`: call {@link saveReportAs}.
   */
  saveReport(docId: string, report: unknown, path?: string): Promise<Result<SavedReport>>;
  /**
   * Asks the user for a new `.bilan` file (a save dialog) and saves there; null when cancelled.
   * In the browser (`bilan serve`), `picked` is the workspace-relative path the page's own chooser
   * picked (`.bilan` is added when missing); missing means cancelled. The desktop refuses it.
   */
  saveReportAs(docId: string, report: unknown, picked?: string): Promise<Result<SavedReport | null>>;
  /** Writes a recovery copy of an open report's unsaved state; returns when it was written. */
  autosave(docId: string, report: unknown): Promise<Result<string>>;
  /** The recovery copies left by sessions that ended without saving (a crash), newest first. */
  listRecoveries(): Promise<Result<RecoveryInfo[]>>;
  /** Opens a recovery copy for editing; it stays on disk until the report is saved or closed. */
  restoreRecovery(id: string): Promise<Result<LoadedReport>>;
  /** Deletes a recovery copy the user does not want. */
  discardRecovery(id: string): Promise<Result<null>>;
  /** Closes an open report, deleting its recovery copy (the user chose to leave it). */
  closeReport(docId: string): Promise<Result<null>>;
  /**
   * Whether the file of an open report was changed on disk (by another program, window or tab)
   * since it was opened or last saved here: the window asks when it regains the focus, and
   * offers to reload it or to keep its own version. False for a report with no file of its own.
   */
  fileChanged(docId: string): Promise<Result<{ changed: boolean }>>;
  /** Tells the main process whether the window holds unsaved changes (it asks before closing). */
  setUnsavedChanges(unsaved: boolean): Promise<Result<null>>;
  /**
   * Tells the main process what the window holds (nothing, a report, a contribution package),
   * so that the application menu offers only the actions that apply to it.
   */
  setOpenDocument(kind: OpenDocumentKind): Promise<Result<null>>;

  /**
   * What an export of the report as the window holds it would lack, per language: each missing
   * text worded in both languages with the field it belongs to, and the English texts out of date.
   */
  exportCheck(docId: string, report: unknown, langs: ('fr' | 'en')[]): Promise<Result<ExportCheck>>;
  /**
   * Asks the user for the folder exports go to (a folder dialog); null when cancelled. In the
   * browser, `picked` is the workspace-relative folder the page's chooser picked ('' for the
   * workspace itself; created when missing and its parent is in the workspace).
   */
  chooseExportFolder(picked?: string): Promise<Result<string | null>>;
  /**
   * Starts exporting the report as the window holds it (unsaved edits included) into a folder
   * granted by {@link chooseExportFolder}, off the main thread; returns the job's id at once.
   */
  startExport(docId: string, report: unknown, options: ExportOptions): Promise<Result<string>>;
  /** Where an export job stands: the window polls it until it is done or failed. */
  exportStatus(jobId: string): Promise<Result<ExportStatus>>;
  /**
   * Cancels a running export: its worker is stopped and no file is written (the folder is left
   * as it was). An export already writing its files, or ended, is left to finish; the reply
   * says where the job stands (`cancelled`, or its own end).
   */
  cancelExport(jobId: string): Promise<Result<ExportStatus>>;

  /**
   * Cuts one contribution package per lead institution from the report as the window holds it,
   * into a folder the user chooses (a folder dialog); null when cancelled. In the browser,
   * `picked` is the workspace-relative folder the page's chooser picked, as for {@link chooseExportFolder}.
   * With `only`, one package for that institution holding only those cards (sent back for changes).
   */
  cutPackages(docId: string, report: unknown, options: { deadline: string | null; message: string; only?: { institution: string; cards: string[] }; format?: 'bilan' | 'docx'; lang?: 'fr' | 'en'; langs?: ['fr' | 'en'] | ['fr' | 'en', 'fr' | 'en'] }, picked?: string): Promise<Result<CutPackagesReply | null>>;
  /**
   * Asks the user for returned packages (an open dialog, several files); empty when cancelled.
   * In the browser, `picked` is the workspace-relative files the page's chooser picked.
   */
  choosePackages(picked?: string[]): Promise<Result<string[]>>;
  /**
   * Plans the import of returned packages (chosen with {@link choosePackages}) into the report as
   * the window holds it, changing nothing: what each would change, its conflicts, or why it is
   * refused. The plans are kept in an import session until applied or closed.
   */
  planImports(docId: string, report: unknown, paths: string[]): Promise<Result<ImportReview>>;
  /**
   * Applies a planned import with the coordinator's decisions on its conflicts and on each Word
   * package's leftover (placed, kept to sort later, or discarded: every one is decided, or nothing
   * is applied); returns the new report.
   */
  applyImports(sessionId: string, resolutions: ImportResolution[], leftovers?: LeftoverDecision[]): Promise<Result<AppliedImport>>;
  /** Forgets an import session the coordinator cancelled. */
  closeImport(sessionId: string): Promise<Result<null>>;

  /**
   * Asks the user for a report or package to open (an open dialog) and grants it; null when
   * cancelled. In the browser, `picked` is the workspace-relative path the page's chooser picked.
   */
  chooseReportFile(picked?: string): Promise<Result<string | null>>;
  /**
   * Asks the user for a Word document (`.docx`) to import (an open dialog) and grants it; null
   * when cancelled. In the browser, `picked` is the workspace-relative path the page's chooser picked.
   */
  chooseDocxFile(picked?: string): Promise<Result<string | null>>;
  /**
   * "Importer un document Word…": reads a French document (and its English version), both
   * granted by {@link chooseDocxFile}, into a new report of the template (`bilan import`), and
   * opens it with no file, unsaved; replies with what was found. A refused document (damaged,
   * protected, too large, no card) opens nothing; closing the reply's document forgets it.
   */
  importDocx(templateId: string, frPath: string, enPath?: string): Promise<Result<ImportedDocx>>;
  /** The name and email remembered for signing packages and imports; null before the first time. */
  getIdentity(): Promise<Result<Person | null>>;
  /** Remembers the user's name and email (checked: a name, a valid email) for next time. */
  setIdentity(person: Person): Promise<Result<Person>>;
  /**
   * Starts rendering a preview PDF of an open package's cards, as the window holds them, in the
   * languages asked (missing texts shown as visible placeholders) into a temporary folder of
   * the main process, off its main thread; returns the job's id, polled with {@link exportStatus}.
   */
  startPreview(docId: string, report: unknown, langs: ('fr' | 'en')[]): Promise<Result<string>>;
  /** Opens the PDFs of a finished preview job with the system's viewer; returns their paths. */
  openPreview(jobId: string): Promise<Result<string[]>>;
  /**
   * Shows a folder in the system's file manager: one the user chose for exports or packages, or
   * the folder of a file they opened or saved. The desktop only: the browser has no file manager.
   */
  openFolder(folder: string): Promise<Result<null>>;
  /**
   * "Prepare for sending" ("Préparer l'envoi…"): stamps the open package with who sends it and when, and writes
   * it atomically to its own file (or to one the user chooses, when it has none; null when
   * cancelled). Remembers the sender for next time. A failed send leaves the file as it was.
   */
  sendPackage(docId: string, report: unknown, by: Person): Promise<Result<SentPackage | null>>;

  /** Where the interface runs (the desktop window, or a browser tab of `bilan serve`), and so how files are chosen. */
  getHost(): Promise<Result<HostInfo>>;
  /**
   * Browser only: one folder of the workspace (`folder` relative to it, '' for its root), for the
   * page's own file chooser. The desktop refuses it (its dialogs choose files).
   */
  listWorkspace(folder: string): Promise<Result<WorkspaceListing>>;
  /** The view's preferences remembered (the page's zoom in the browser: `bilan serve` keeps them in the workspace). */
  getViewSettings(): Promise<Result<ViewSettings>>;
  /** Remembers the view's preferences (a zoom out of range is taken as the actual size); answers them as kept. */
  setViewSettings(settings: ViewSettings): Promise<Result<ViewSettings>>;
  /** The user's own spelling words in a language (the personal dictionary's), sorted. */
  getOwnWords(lang: 'fr' | 'en'): Promise<Result<string[]>>;
  /**
   * Adds a word to the user's personal dictionary of a language (kept in the user's data folder,
   * or under `bilan serve` in the workspace's `.bilan-dictionary/`); returns its words.
   */
  addOwnWord(lang: 'fr' | 'en', word: string): Promise<Result<string[]>>;
  /**
   * The report as the window holds it, drawn as the PDF export prints it, for the window's
   * preview: one card's pages (`cardId`) or the whole report, in one language, missing texts as
   * placeholders. The PDF comes as base64; `stale` when a newer preview of the document was asked meanwhile.
   */
  renderPreview(docId: string, report: unknown, request: { lang: 'fr' | 'en'; cardId?: string }): Promise<Result<{ pdf: string; pages: number; stale?: boolean }>>;
}

/** Notifications the main process sends on its own (from the menu, the system). */
export interface BilanEvents {
  /** A report was opened from the menu or by the system (double-click on a `.bilan` file). */
  onReportOpened(listener: (reply: Result<LoadedReport>) => void): () => void;
  /** A menu command the window carries out (save, undo…). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What the preload exposes as `window.api`. */
export type WindowApi = BilanApi & BilanEvents;

/** The name of one request method of {@link BilanApi}. */
export type ApiMethod = keyof BilanApi;

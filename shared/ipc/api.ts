import type { LoadedReport, LocaleInfo, MenuCommand, RecoveryInfo, ReportSummary, SampleEntry, SavedReport, TemplateInfo } from './dto.js';
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
  /** Opens a report (a sample, or a file the user chose) and returns its outline. */
  openReport(path: string): Promise<Result<ReportSummary>>;
  /** The system's language. */
  getLocale(): Promise<Result<LocaleInfo>>;

  /** Opens a report (a sample, or a file the user chose) for editing. */
  loadReport(path: string): Promise<Result<LoadedReport>>;
  /** Starts a new, empty report from an installed template; it has no file until saved. */
  newReport(templateId: string): Promise<Result<LoadedReport>>;
  /**
   * Saves an open report atomically, to its own file or to `path` (which the main process must
   * have granted). A report with no `.bilan` file of its own (new, or a sample, which is a
   * folder) is refused with the error key `save.needSaveAs`: call {@link saveReportAs}.
   */
  saveReport(docId: string, report: unknown, path?: string): Promise<Result<SavedReport>>;
  /** Asks the user for a new `.bilan` file (a save dialog) and saves there; null when cancelled. */
  saveReportAs(docId: string, report: unknown): Promise<Result<SavedReport | null>>;
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
  /** Tells the main process whether the window holds unsaved changes (it asks before closing). */
  setUnsavedChanges(unsaved: boolean): Promise<Result<null>>;
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

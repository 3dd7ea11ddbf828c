import type { LocaleInfo, ReportSummary, SampleEntry, TemplateInfo } from './dto.js';
import type { Result } from './result.js';

/**
 * Everything the renderer may ask of the main process: one method per action, plain
 * serialisable arguments, and replies that are {@link Result}s rather than exceptions.
 * The main process implements it (`AppService`); the preload exposes a typed proxy of it as
 * `window.api`. Nothing else crosses the boundary.
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
}

/** Notifications the main process sends on its own (from the menu, the system). */
export interface BilanEvents {
  /** A report was opened from the menu or by the system (double-click on a `.bilan` file). */
  onReportOpened(listener: (reply: Result<ReportSummary>) => void): () => void;
}

/** What the preload exposes as `window.api`. */
export type WindowApi = BilanApi & BilanEvents;

/** The name of one request method of {@link BilanApi}. */
export type ApiMethod = keyof BilanApi;

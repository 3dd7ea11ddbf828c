import type { Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import type { MENU_COMMANDS } from './channels.js';
import type { ApiError, ByLang } from './result.js';

/**
 * The plain data the main process sends to the renderer. Everything here survives structured
 * cloning (no classes, maps or functions). Summaries are already worded in both languages; a
 * report opened for editing comes whole, with its template, since the editor works on both.
 */

/** An installed template. */
export interface TemplateInfo {
  id: string;
  name: ByLang<string>;
  description: ByLang<string>;
}

/** A sample report offered on the start screen. */
export interface SampleInfo {
  ok: true;
  /** Where the sample is; the value to pass to `openReport`. */
  path: string;
  fileName: string;
  /** The report's title in each language; empty when not written in that language. */
  title: ByLang<string>;
  period: string;
  template: { id: string; name: ByLang<string> };
  /** What a card is called in this template: "engagement" / "commitment". */
  cardName: ByLang<string>;
  cards: number;
  /** Share (0–1) of the required card fields written, per language. */
  completeness: ByLang<number>;
  /** The progress headline ("76 % des engagements…"), or null when the template has none. */
  headline: ByLang<string> | null;
}

/** A sample that could not be read: shown with its error rather than silently left out. */
export interface BrokenSample {
  ok: false;
  path: string;
  fileName: string;
  error: ApiError;
}

/** One entry of the list of samples. */
export type SampleEntry = SampleInfo | BrokenSample;

/** One card of the report outline. */
export interface CardOutline {
  id: string;
  number: string;
  /** The card's title per language; empty when not written in that language. */
  title: ByLang<string>;
  /** The template's heading ("Engagement n°4 – …"), with "…" where the title is missing. */
  heading: ByLang<string>;
  /** Names of the lead institutions, per language (empty where a name is not translated). */
  leads: ByLang<string>[];
  /**
   * The level reached on the template's progress scale, or null when unset or not tracked;
   * `rank` is its place on the scale (0 = first) out of `steps` levels.
   */
  progress: { level: string; label: ByLang<string>; rank: number; steps: number } | null;
  completeness: ByLang<number>;
}

/** A group of cards (an ambition) and its cards in reading order. */
export interface AmbitionOutline {
  id: string;
  title: ByLang<string>;
  cards: CardOutline[];
}

/** A read-only outline of a report: what the start screen shows once a report is opened. */
export interface ReportSummary {
  path: string;
  title: ByLang<string>;
  period: string;
  template: { id: string; name: ByLang<string> };
  /** The template's own words for its parts, shown as column headings. */
  labels: {
    group: ByLang<string>;
    card: ByLang<string>;
    lead: ByLang<string>;
    progress: ByLang<string> | null;
  };
  completeness: ByLang<number>;
  headline: ByLang<string> | null;
  cardCount: number;
  ambitions: AmbitionOutline[];
  /** Cards that belong to no ambition yet. */
  unassigned: CardOutline[];
}

/** The system's language, as the main process sees it. */
export interface LocaleInfo {
  /** The system locale, such as "fr-FR". */
  locale: string;
  /** The report language closest to it: French for any French locale, else English. */
  lang: 'fr' | 'en';
}

/** A report opened for editing: the document itself, its template and its images. */
export interface LoadedReport {
  /** The main process's handle on the open report (it keeps the images' bytes under it). */
  docId: string;
  /** The file or sample folder it came from; null for a new report. */
  path: string | null;
  /** The file's name, null for a new report. */
  fileName: string | null;
  /** True when Save must ask for a new `.bilan` file (a new report, a sample folder). */
  needsSaveAs: boolean;
  /** True when restored from a recovery copy: its changes have not been saved to its file. */
  recovered: boolean;
  report: Report;
  template: Template;
  /** Each image of the report as a `data:` URL, by media id. */
  media: Record<string, string>;
}

/** Where and when a report was saved. */
export interface SavedReport {
  path: string;
  fileName: string;
  /** ISO date-time of the save. */
  savedAt: string;
}

/** A recovery copy of unsaved work, left by a session that did not end with a save. */
export interface RecoveryInfo {
  id: string;
  title: ByLang<string>;
  /** The file the work belongs to, null when it was never saved (new report, sample). */
  path: string | null;
  fileName: string | null;
  /** ISO date-time of the copy. */
  savedAt: string;
}

/** A command of the application menu carried out by the window. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

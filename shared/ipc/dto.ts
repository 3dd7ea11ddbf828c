import type { Person, Report } from '../model/report.js';
import type { RichText } from '../model/richtext.js';
import type { Template } from '../model/template.js';
import type { ValidationIssue } from '../validate/validate.js';
import type { ImportSummary } from '../import/build.js';
import type { MENU_COMMANDS, OPEN_DOCUMENT_KINDS } from './channels.js';
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
  /** The templates a report of this one can start from (an action plan for an end-of-term report). */
  from: { id: string; name: ByLang<string> }[];
}

/** A report file opened or saved lately, newest first, as the start screen lists it. */
export interface RecentEntry {
  /** Where it is; the value to pass to `loadReport` (granted by `listRecent` when it exists). */
  path: string;
  fileName: string;
  /** Its folder as the user knows it: the full folder on the desktop, workspace-relative in the browser. */
  folder: string;
  /** When it was last written (ISO 8601); null when the file is gone. */
  modified: string | null;
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

/** What the window holds, which the application menu follows: nothing, a report, or a contribution package. */
export type OpenDocumentKind = (typeof OPEN_DOCUMENT_KINDS)[number];

/** The formats the export dialog offers. */
export type ExportFormatName = 'pdf' | 'docx';

/** What the user chose in the export dialog. */
export interface ExportOptions {
  formats: ExportFormatName[];
  langs: ('fr' | 'en')[];
  /** A folder the user chose with `chooseExportFolder`; files are named `rapport-fr.pdf`… */
  folder: string;
  /** Print a visible placeholder for each missing text instead of refusing to export. */
  allowMissing: boolean;
  /** The working document for internal review (PDF with the comments, `relecture-fr.pdf`), not the publication. */
  review?: boolean;
}

/** A text an export in one language lacks, worded in both languages, with where it belongs. */
export interface MissingText {
  /** The validation issue itself: its target leads the editor to the field. */
  issue: ValidationIssue;
  /** "[EN] Résultats et impacts : manquant", in each interface language. */
  message: ByLang<string>;
  /** The heading of the card it belongs to ("Engagement n°5 – …"), null outside cards. */
  card: ByLang<string> | null;
}

/** What an export would lack, checked before it starts. */
export interface ExportCheck {
  /** Per language asked for, the texts missing in it. */
  missing: { lang: 'fr' | 'en'; texts: MissingText[] }[];
  /** English texts whose French changed since they were translated (exported as they are). */
  outOfDate: number;
  /**
   * The cards not approved yet, when the report waits for every card to be approved before the
   * final export (its setting); empty otherwise. The final export is refused while any is listed.
   */
  notApproved?: MissingText[];
}

/** Which file an export is rendering. */
export interface ExportStage {
  format: ExportFormatName;
  lang: 'fr' | 'en';
}

/** Where an export job stands, as the window polls it. */
export interface ExportStatus {
  /** `cancelled`: the user stopped it before any file was written; nothing was. */
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Share of the work done, 0–1. */
  fraction: number;
  stage: ExportStage | null;
  /** The files written, once done. */
  files?: string[];
  /** English texts exported while out of date, once done. */
  outOfDate?: number;
  error?: ApiError;
}

/** The packages written by `cutPackages`, one per lead institution. */
export interface CutPackagesReply {
  folder: string;
  /** ISO date-time of the cut, the same for every package. */
  cutAt: string;
  packages: { institution: string; name: ByLang<string>; fileName: string; cards: number }[];
  /**
   * The report with the packages added to its register of issued packages: the window's report
   * from now on, unsaved until the coordinator saves it.
   */
  report: Report;
}

/** One conflict of an import under review, worded for the coordinator. */
export interface ImportConflictView {
  /** The key to answer it with in `applyImports` (unique within the session). */
  key: string;
  cardId: string;
  /** The card's heading and the field's label (with the row and column for a list). */
  card: ByLang<string>;
  field: ByLang<string>;
  lang: 'fr' | 'en' | null;
  /** Each version as plain text, one line per block; null when that side has nothing. */
  base: string | null;
  ours: string | null;
  theirs: string | null;
  /**
   * For a rich-text conflict, the same three versions as blocks (null where that side has
   * nothing), to show them formatted and to start an edited result from; null for other values.
   */
  rich: { base: RichText | null; ours: RichText | null; theirs: RichText | null } | null;
  /** How an edited result is written back: as a plain text, as rich text (blocks), or not editable. */
  edit: 'text' | 'richText' | null;
}

/** What importing one returned package would do, before anything is applied. */
export interface PackagePlanView {
  ok: true;
  file: string;
  fileName: string;
  institution: string;
  institutionName: ByLang<string>;
  sentBy: { name: string; email: string } | null;
  /** ISO date-time the contributor sent it, null when not stamped. */
  sentAt: string | null;
  alreadyImported: boolean;
  /** The fields it will change, card by card (conflicts aside). */
  changes: { cardId: string; card: ByLang<string>; fields: ByLang<string>[] }[];
  conflicts: ImportConflictView[];
  /** Parts outside its scope that differ from the report: never applied. */
  ignored: ByLang<string>[];
  /** What the coordinator should know before applying it (a package taken on its own word). */
  warnings: ByLang<string>[];
  /**
   * A Word package's text outside its fields, fields whose marks were deleted, values that could
   * not be read, pictures it added: each to place in a field, keep to sort later, or discard
   * (a {@link LeftoverDecision} each) before the import can be applied.
   */
  leftovers?: LeftoverView[];
  /**
   * Where this package's leftovers can be placed: its cards (with the rows each list field holds
   * once the package is merged, by field id), and the fields each offers.
   */
  placeTargets?: { cards: { id: string; card: ByLang<string>; rows: Record<string, LeftoverTargetRow[]> }[]; fields: LeftoverTargetField[] };
}

/** A field a leftover can be placed in (the same on each card), a choice's options, a list's columns. */
export interface LeftoverTargetField {
  id: string;
  label: ByLang<string>;
  kind: 'text' | 'richText' | 'plain' | 'choice' | 'rows';
  options: { id: string; label: ByLang<string> }[];
  /** For a list field: the columns whose cells can take a leftover. */
  columns: LeftoverTargetColumn[];
}

/** A column of a list field a leftover can be placed in; `format` for an address (e-mail, web). */
export interface LeftoverTargetColumn {
  id: string;
  label: ByLang<string>;
  kind: 'text' | 'plain' | 'choice' | 'quarter' | 'number';
  format: 'email' | 'url' | null;
  options: { id: string; label: ByLang<string> }[];
}

/** A row of a card's list field, as the review names it (with its number): the start of its first cell's text. */
export interface LeftoverTargetRow {
  id: string;
  text: ByLang<string>;
}

/** Something a Word package left outside its fields, as the review shows it. */
export interface LeftoverView {
  /** The key to answer it with in `applyImports` (unique within the session). */
  key: string;
  kind: 'stray' | 'missing' | 'duplicate' | 'unreadable' | 'image';
  /** What it is and where it stood, in words. */
  what: ByLang<string>;
  /** Its text (the start of a long one, a few thousand characters). */
  text: string;
  /** How many characters its whole text holds. */
  length: number;
  /** The card it came from (null: before the first card's fields), the field it stood after or concerns, when one can take it. */
  cardId: string | null;
  field: string | null;
  /** For a cell of a list field (its marker deleted, its value unreadable): its row and column. */
  row: string | null;
  column: string | null;
  /** The language it is taken to be written in (the field's, or the document's). */
  lang: 'fr' | 'en';
  /** For a choice: the option its text names, if it names one. */
  option: string | null;
  /** A picture the document added, as a `data:` URL (null: none, or not an image the report can hold). */
  image: string | null;
}

/**
 * The coordinator's decision on one leftover: placed in a field of one of the package's cards
 * (appended, in a language or both; a choice takes `option`), or in a cell of a list field (the
 * `column` of the row `row`, or of a new row; a date or number column takes `value`), kept in a
 * "to sort" list, or discarded.
 */
export interface LeftoverDecision {
  key: string;
  action: 'place' | 'keep' | 'discard';
  card?: string;
  field?: string;
  lang?: 'fr' | 'en' | 'both';
  option?: string;
  row?: string;
  newRow?: boolean;
  column?: string;
  value?: string;
}

/** A returned package that cannot be imported, and why; nothing of it is applied. */
export interface RefusedPackageView {
  ok: false;
  file: string;
  fileName: string;
  error: ApiError;
}

/** The packages of one import, planned against the report as the window holds it. */
export interface ImportReview {
  sessionId: string;
  packages: (PackagePlanView | RefusedPackageView)[];
  /**
   * The images the packages add (as `data:` URLs, by the media id their cards use once
   * imported): the review shows them in the versions it compares and in the conflict editor
   * before the import is applied.
   */
  media: Record<string, string>;
}

/**
 * The coordinator's decision on one conflict. With `edit`, the edited result: `text` for a
 * conflict whose `edit` is `text`, `blocks` for one whose `edit` is `richText` (the main process
 * checks them as it checks a report's rich text, and writes exactly them). Both are ignored
 * with the other choices, so a draft can be kept while another choice is tried.
 */
export interface ImportResolution {
  key: string;
  choice: 'ours' | 'theirs' | 'edit';
  text?: string;
  blocks?: RichText;
}

/** The report after an import, and the images it added (as `data:` URLs, by media id). */
export interface AppliedImport {
  report: Report;
  media: Record<string, string>;
}

/** A contribution package sent back: where it was written, when, by whom, and what it still lacks. */
export interface SentPackage {
  /** The package as written, stamped `package.sent`: the window's report from now on. */
  report: Report;
  path: string;
  fileName: string;
  sentAt: string;
  by: Person;
  /** How many problems of its cards remain (missing French as errors, English as warnings). */
  errors: number;
  warnings: number;
}

/** The view's preferences kept between sessions: the page's zoom factor (1: actual size). */
export interface ViewSettings {
  zoom: number;
}

/** Where the interface runs, and so how files are chosen. */
export interface HostInfo {
  /** `desktop`: the Electron window, native dialogs. `browser`: `bilan serve`, files chosen in the page from the workspace folder. */
  kind: 'desktop' | 'browser';
  /** Browser only: the workspace folder (its name for display, its absolute path). */
  workspace: { name: string; root: string } | null;
}

/** One entry of a workspace folder, as the page's file chooser lists it. */
export interface WorkspaceEntry {
  name: string;
  /** Relative to the workspace root, '/'-separated. */
  path: string;
  /** `report`: a `.bilan` file, or a `.bilan` folder (an unpacked report, chosen whole, not entered). */
  kind: 'folder' | 'report' | 'file';
  size: number;
  /** ISO 8601. */
  modified: string;
}

/**
 * One folder of the workspace as the page's file chooser lists it: folders first, then by name,
 * hidden (dot) entries left out, at most 5,000 entries.
 */
export interface WorkspaceListing {
  /** The folder listed, relative to the workspace root ('' for the root). */
  folder: string;
  entries: WorkspaceEntry[];
  /** True when the folder held more entries than a listing carries (5,000): the rest are left out. */
  truncated: boolean;
}

/** What "Importer un document Word…" found, and the new report it opened (no file, unsaved). */
export interface ImportedDocx {
  summary: ImportSummary;
  loaded: LoadedReport;
}

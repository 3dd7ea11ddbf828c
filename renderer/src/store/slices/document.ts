import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { LoadedReport, SavedReport } from '../../../../shared/ipc/dto.js';
import type { ApiError, Result } from '../../../../shared/ipc/result.js';
import type { Report } from '../../../../shared/model/report.js';
import type { Template } from '../../../../shared/model/template.js';
import { recordSave, versionsAfterRedo, versionsAfterUndo } from '../../../../shared/history/versions.js';
import { emptyHistory, recordEdit, type History } from '../history.js';
import type { BilanState } from '../state.js';

/** The open report's file and template: what does not change while editing. */
export interface OpenDocument {
  docId: string;
  path: string | null;
  fileName: string | null;
  needsSaveAs: boolean;
  template: Template;
  media: Record<string, string>;
}

/**
 * The report being edited. The store is the source of truth: every field is drawn from
 * `report`, so switching cards or languages never loses a change. `savedReport` is the state
 * last written to the file (null when never saved, or restored from a recovery copy).
 */
export interface DocumentSlice {
  doc: OpenDocument | null;
  report: Report | null;
  savedReport: Report | null;
  history: History;
  /** The path or template being opened, while the main process works. */
  opening: string | null;
  saving: boolean;
  lastSaved: SavedReport | null;
  docError: ApiError | null;
  loadReport(path: string): Promise<void>;
  /** Asks the user for a report or package to open (an open dialog), then opens it. */
  chooseAndOpen(): Promise<void>;
  newReport(templateId: string): Promise<void>;
  /** Asks the user for a report to start from (an action plan), then starts a report of `templateId` from it. */
  newReportFrom(templateId: string): Promise<void>;
  /** Shows a report the main process opened (menu, double-click) or restored. */
  receiveLoaded(reply: Result<LoadedReport>): void;
  /** Replaces the report with an edited one; `key` names the field, to merge keystrokes. */
  apply(next: Report, key: string | null): void;
  undo(): void;
  redo(): void;
  /** Saves to the report's file, asking for one (Save as) when it has none or when `as`. */
  save(as?: boolean): Promise<void>;
  closeDocument(): Promise<void>;
  dismissDocError(): void;
}

/**
 * `target` (the report edited during a save) with the card versions of `from`: the points the
 * save recorded. Undo and redo carry the versions too, less or with the points of the step they
 * undo or redo (a review state, an import): see versionsAfterUndo and versionsAfterRedo.
 */
function keepVersions(target: Report, from: Report): Report {
  if (target.cardVersions === from.cardVersions) return target;
  const { cardVersions: _old, ...rest } = target;
  return from.cardVersions ? { ...rest, cardVersions: from.cardVersions, version: Math.max(target.version, from.version) } : rest;
}

/** Whether the report holds changes not written to its file. */
export const isDirty = (s: Pick<BilanState, 'report' | 'savedReport'>) => s.report !== null && s.report !== s.savedReport;

export const createDocumentSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], DocumentSlice> =>
  (set, get) => {
    /** Asks for a report file (the system's dialog, or the page's chooser); null when cancelled or refused. */
    const chooseReport = async (): Promise<string | null> => {
      set({ docError: null });
      const choice = await get().choose('open');
      if (!choice) return null;
      const chosen = choice.native ? await api.chooseReportFile() : await api.chooseReportFile(choice.paths[0]);
      if (!chosen.ok) {
        set({ docError: chosen.error });
        return null;
      }
      return chosen.value ?? null;
    };
    return {
      doc: null,
      report: null,
      savedReport: null,
      history: emptyHistory(),
      opening: null,
      saving: false,
      lastSaved: null,
      docError: null,
      async loadReport(path) {
        set({ opening: path, docError: null });
        const reply = await api.loadReport(path);
        set({ opening: null });
        get().receiveLoaded(reply);
      },
      async chooseAndOpen() {
        const path = await chooseReport();
        if (path) await get().loadReport(path);
      },
      async newReport(templateId) {
        set({ opening: templateId, docError: null });
        const reply = await api.newReport(templateId);
        set({ opening: null });
        get().receiveLoaded(reply);
      },
      async newReportFrom(templateId) {
        const path = await chooseReport();
        if (!path) return;
        set({ opening: templateId });
        const reply = await api.newReport(templateId, path);
        set({ opening: null });
        get().receiveLoaded(reply);
      },
      receiveLoaded(reply) {
        if (!reply.ok) return set({ docError: reply.error });
        const { report, recovered, ...doc } = reply.value;
        set({ doc, report, savedReport: recovered ? null : report, history: emptyHistory(), lastSaved: null, docError: null, changedOnDisk: null });
        get().showFirst();
      },
      apply(next, key) {
        const { report, history } = get();
        if (!report || next === report) return;
        set({ report: next, history: recordEdit(history, report, key, Date.now()) });
      },
      undo() {
        const { report, history } = get();
        const previous = history.past.at(-1);
        if (!report || !previous) return;
        set({ report: versionsAfterUndo(previous, report), history: { past: history.past.slice(0, -1), future: [report, ...history.future], last: null } });
      },
      redo() {
        const { report, history } = get();
        const next = history.future[0];
        if (!report || !next) return;
        set({ report: versionsAfterRedo(next, report), history: { past: [...history.past, report], future: history.future.slice(1), last: null } });
      },
      async save(as = false) {
        const { doc, report: edited, savedReport, saving } = get();
        if (!doc || !edited || saving) return;
        // Each card changed since its last point gets a "save" point, with who saves when known.
        const report = recordSave(edited, savedReport, new Date(), get().author() ?? undefined);
        set({ docError: null });
        // Saving as asks for a file first (the page's chooser in the browser), then writes it.
        const saveAs = async (): Promise<Result<SavedReport | null>> => {
          const choice = await get().choose('saveAs', doc.fileName);
          if (!choice) return { ok: true, value: null };
          set({ saving: true });
          const written = choice.native ? await api.saveReportAs(doc.docId, report) : await api.saveReportAs(doc.docId, report, choice.paths[0]);
          set({ saving: false });
          return written;
        };
        let reply: Result<SavedReport | null>;
        if (as || doc.needsSaveAs) reply = await saveAs();
        else {
          set({ saving: true });
          reply = await api.saveReport(doc.docId, report);
          set({ saving: false });
          if (!reply.ok && reply.error.key === 'save.needSaveAs') reply = await saveAs();
        }
        // Refused (the file changed on disk since it was opened, say), the edits stay as they are.
        if (!reply.ok) return set({ docError: reply.error });
        const saved = reply.value;
        if (!saved) return; // the user cancelled the dialog
        // Edited while it was written: the edits stay unsaved, with the points the save recorded.
        const now = get().report;
        const current = now === edited ? report : now && keepVersions(now, report);
        set({ report: current, savedReport: report, lastSaved: saved, doc: { ...doc, path: saved.path, fileName: saved.fileName, needsSaveAs: false } });
      },
      async closeDocument() {
        const { doc } = get();
        if (doc) await api.closeReport(doc.docId);
        set({ doc: null, report: null, savedReport: null, history: emptyHistory(), lastSaved: null, docError: null, changedOnDisk: null });
        void get().loadStartScreen();
      },
      dismissDocError: () => set({ docError: null }),
    };
  };

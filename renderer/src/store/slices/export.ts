import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { ExportCheck, ExportFormatName, ExportStatus } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { Lang } from '../../../../shared/model/localized.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import type { BilanState } from '../state.js';
import { withoutVersions } from '../../../../shared/history/versions.js';

/** How often the window asks where a running export stands. */
const POLL_MS = 250;

/** The export dialog's choices. */
export interface ExportForm {
  formats: ExportFormatName[];
  langs: Lang[];
  folder: string | null;
}

/**
 * The export dialog and the export job. The check is tied to the choices it was made for: any
 * change of format or language asks for a new one, so "Export" never acts on a stale list.
 */
export interface ExportSlice {
  /** Closed, shown, or minimised to the toolbar's progress indicator while an export runs. */
  exportDialog: 'closed' | 'open' | 'minimised';
  exportForm: ExportForm;
  exportCheck: ExportCheck | null;
  exportChecking: boolean;
  /** The running or last export. */
  exportJob: { id: string; status: ExportStatus } | null;
  exportError: ApiError | null;
  openExport(): void;
  closeExport(): void;
  minimiseExport(): void;
  toggleExportChoice(kind: 'formats', value: ExportFormatName): void;
  toggleExportChoice(kind: 'langs', value: Lang): void;
  chooseExportFolder(): Promise<void>;
  checkExport(): Promise<void>;
  startExport(): Promise<void>;
  /** Stops the running export; nothing is written, and the dialog says so. */
  cancelExport(): Promise<void>;
  /** Closes the dialog and goes to the field a missing text belongs to. */
  goToMissing(issue: ValidationIssue): void;
}

const running = (s: Pick<ExportSlice, 'exportJob'>) => s.exportJob?.status.state === 'running';

export const createExportSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], ExportSlice> =>
  (set, get) => {
    const poll = async (id: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const reply = await api.exportStatus(id);
        if (get().exportJob?.id !== id) return;
        if (!reply.ok) return set({ exportJob: null, exportError: reply.error });
        set({ exportJob: { id, status: reply.value } });
        if (reply.value.state !== 'running') {
          // Minimised, it stays so: the toolbar says it ended, without interrupting the typing.
          if (reply.value.error) set({ exportError: reply.value.error });
          return;
        }
      }
    };
    return {
      exportDialog: 'closed',
      exportForm: { formats: ['pdf'], langs: ['fr'], folder: null },
      exportCheck: null,
      exportChecking: false,
      exportJob: null,
      exportError: null,
      openExport() {
        if (!get().doc) return;
        // Back from the toolbar, the dialog shows the export it left; else it starts afresh.
        if (get().exportDialog === 'minimised' || running(get())) return set({ exportDialog: 'open' });
        set({ exportDialog: 'open', exportCheck: null, exportJob: null, exportError: null });
      },
      closeExport: () => set({ exportDialog: running(get()) ? 'minimised' : 'closed' }),
      minimiseExport: () => set({ exportDialog: 'minimised' }),
      toggleExportChoice(kind: 'formats' | 'langs', value: string) {
        const form = get().exportForm;
        const list = form[kind] as string[];
        const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
        set({ exportForm: { ...form, [kind]: next }, exportCheck: null, exportError: null });
      },
      async chooseExportFolder() {
        const choice = await get().choose('exportFolder');
        if (!choice) return;
        const reply = choice.native ? await api.chooseExportFolder() : await api.chooseExportFolder(choice.paths[0]);
        if (!reply.ok) return set({ exportError: reply.error });
        if (reply.value) set({ exportForm: { ...get().exportForm, folder: reply.value } });
      },
      async checkExport() {
        const { doc, report, exportForm } = get();
        if (!doc || !report || exportForm.langs.length === 0) return;
        set({ exportChecking: true, exportError: null });
        const reply = await api.exportCheck(doc.docId, withoutVersions(report), exportForm.langs);
        set({ exportChecking: false, ...(reply.ok ? { exportCheck: reply.value } : { exportCheck: null, exportError: reply.error }) });
      },
      async startExport() {
        const { doc, report, exportForm, exportCheck } = get();
        const { folder, formats, langs } = exportForm;
        if (!doc || !report || !folder || !exportCheck || running(get())) return;
        const allowMissing = exportCheck.missing.some((m) => m.texts.length > 0);
        set({ exportError: null });
        // The working document for internal review: a PDF with the comments (see the review slice).
        const review = get().exportReview;
        const reply = await api.startExport(doc.docId, withoutVersions(report), { formats: review ? ['pdf'] : formats, langs, folder, allowMissing, ...(review ? { review } : {}) });
        if (!reply.ok) return set({ exportError: reply.error });
        set({ exportJob: { id: reply.value, status: { state: 'running', fraction: 0, stage: null } } });
        void poll(reply.value);
      },
      async cancelExport() {
        const job = get().exportJob;
        if (!job || job.status.state !== 'running') return;
        const reply = await api.cancelExport(job.id);
        if (get().exportJob?.id !== job.id) return;
        // Too late to cancel (its files were being written), the job goes on to its end, which
        // the polling shows; otherwise the reply says it is cancelled.
        if (!reply.ok) set({ exportError: reply.error });
        else set({ exportJob: { id: job.id, status: reply.value } });
      },
      goToMissing(issue) {
        set({ exportDialog: running(get()) ? 'minimised' : 'closed' });
        get().goToIssue(issue);
      },
    };
  };

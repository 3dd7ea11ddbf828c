import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { ExportStatus } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { Lang } from '../../../../shared/model/localized.js';
import type { Person } from '../../../../shared/model/report.js';
import type { BilanState } from '../state.js';

/** How often the window asks where a preview stands. */
const POLL_MS = 250;

/** A preview of the open package: its job, where it stands, and the PDFs opened once done. */
export interface PackagePreview {
  docId: string;
  jobId: string;
  status: ExportStatus;
  /** The PDFs opened with the system's viewer, once done. */
  files: string[] | null;
}

/** Whether the open report is a contribution package: the window then shows the contributor's view. */
export const isContributor = (s: Pick<BilanState, 'report'>) => !!s.report?.package;

/**
 * The contributor's side: the name and email that sign a package (and the coordinator's
 * imports), the preview of the package's cards as a PDF, and "send to the coordinator".
 */
export interface ContributionSlice {
  /** The identity the main process remembers; null when unknown (or not asked yet). */
  identity: Person | null;
  identityLoaded: boolean;
  previewLangs: Lang[];
  preview: PackagePreview | null;
  previewError: ApiError | null;
  sendOpen: boolean;
  sending: boolean;
  sendError: ApiError | null;
  loadIdentity(): Promise<void>;
  /** Remembers an identity; returns the refusal, if any (it is shown where the identity was typed). */
  saveIdentity(person: Person): Promise<ApiError | null>;
  togglePreviewLang(lang: Lang): void;
  /** Renders the package's cards as a PDF off the main thread, then opens it with the system's viewer. */
  startPreview(): Promise<void>;
  openSend(): void;
  closeSend(): void;
  /** Stamps and writes the package; true when sent (false when refused or cancelled). */
  sendPackage(by: Person): Promise<boolean>;
}

export const createContributionSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], ContributionSlice> =>
  (set, get) => {
    const follow = async (docId: string, jobId: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const reply = await api.exportStatus(jobId);
        if (get().preview?.jobId !== jobId) return;
        if (!reply.ok) return set({ preview: null, previewError: reply.error });
        const status = reply.value;
        set({ preview: { docId, jobId, status, files: null } });
        if (status.state === 'running') continue;
        if (status.state !== 'done') return set({ preview: null, previewError: status.error ?? null });
        const opened = await api.openPreview(jobId);
        if (!opened.ok) return set({ preview: { docId, jobId, status, files: [] }, previewError: opened.error });
        return set({ preview: { docId, jobId, status, files: opened.value } });
      }
    };
    return {
      identity: null,
      identityLoaded: false,
      previewLangs: ['fr'],
      preview: null,
      previewError: null,
      sendOpen: false,
      sending: false,
      sendError: null,
      async loadIdentity() {
        const reply = await api.getIdentity();
        set({ identity: reply.ok ? reply.value : null, identityLoaded: true });
      },
      async saveIdentity(person) {
        const reply = await api.setIdentity(person);
        if (!reply.ok) return reply.error;
        set({ identity: reply.value, identityLoaded: true });
        return null;
      },
      togglePreviewLang(lang) {
        const langs = get().previewLangs;
        set({ previewLangs: langs.includes(lang) ? langs.filter((l) => l !== lang) : [...langs, lang].sort() });
      },
      async startPreview() {
        const { doc, report, previewLangs, preview } = get();
        if (!doc || !report || previewLangs.length === 0) return;
        if (preview?.docId === doc.docId && preview.status.state === 'running') return;
        set({ previewError: null });
        const reply = await api.startPreview(doc.docId, report, previewLangs);
        if (!reply.ok) return set({ preview: null, previewError: reply.error });
        set({ preview: { docId: doc.docId, jobId: reply.value, status: { state: 'running', fraction: 0, stage: null }, files: null } });
        await follow(doc.docId, reply.value);
      },
      openSend() {
        if (!isContributor(get())) return;
        set({ sendOpen: true, sendError: null });
        if (!get().identityLoaded) void get().loadIdentity();
      },
      closeSend: () => set({ sendOpen: false, sendError: null }),
      async sendPackage(by) {
        const { doc, report, sending } = get();
        if (!doc || !report || sending) return false;
        set({ sending: true, sendError: null });
        const reply = await api.sendPackage(doc.docId, report, by);
        set({ sending: false });
        if (!reply.ok) {
          set({ sendError: reply.error });
          return false;
        }
        const sent = reply.value;
        if (!sent) return false; // the user cancelled the save dialog
        // Edits typed while the package was being written stay, on top of the version sent.
        const current = get().report!;
        const next = current === report ? sent.report : { ...current, package: { ...current.package!, sent: sent.report.package!.sent } };
        set({
          report: next,
          savedReport: current === report ? next : sent.report,
          doc: { ...get().doc!, path: sent.path, fileName: sent.fileName, needsSaveAs: false },
          lastSaved: { path: sent.path, fileName: sent.fileName, savedAt: sent.sentAt },
          identity: sent.by,
          identityLoaded: true,
          sendOpen: false,
        });
        return true;
      },
    };
  };

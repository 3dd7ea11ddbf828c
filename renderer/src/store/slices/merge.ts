import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { CutPackagesReply, ImportResolution, ImportReview, LeftoverDecision } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import { withRegisterOf } from '../register.js';
import type { BilanState } from '../state.js';

/** The coordinator's decision on one conflict, as the review screen holds it. */
export type Decision = Omit<ImportResolution, 'key'>;

/**
 * The coordinator's side of the contribution round trip: cutting packages, and reviewing an
 * import (plans from the main process, a decision per conflict) until it is applied as one
 * undoable replacement of the report, or cancelled.
 */
export interface MergeSlice {
  review: ImportReview | null;
  decisions: Record<string, Decision>;
  /** The coordinator's decision on each Word package leftover (placed, kept, discarded), by key. */
  leftoverDecisions: Record<string, Omit<LeftoverDecision, 'key'>>;
  mergeBusy: boolean;
  mergeError: ApiError | null;
  /** The packages cut in this session, and when each institution's was cut (for the dashboard). */
  lastCut: CutPackagesReply | null;
  cutTimes: Record<string, string>;
  /** Cuts the packages: Bilan files, or Word forms (`docx`) in the interface's language first. */
  cutPackages(options: { deadline: string | null; message: string; format?: 'bilan' | 'docx'; langs?: ['fr' | 'en'] }): Promise<void>;
  /** Asks for returned packages, plans their import and shows the review screen. */
  startImport(): Promise<void>;
  decide(key: string, decision: Decision): void;
  /** Decides on a leftover, or takes the decision back (null) until the import is applied. */
  decideLeftover(key: string, decision: Omit<LeftoverDecision, 'key'> | null): void;
  /** Keeps an edited result as typed, without changing the choice made for the conflict. */
  editDraft(key: string, draft: Pick<Decision, 'text' | 'blocks'>): void;
  /** Applies the import under review: the report is replaced in one undoable step. */
  confirmImport(): Promise<void>;
  cancelImport(): Promise<void>;
}

export const createMergeSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], MergeSlice> =>
  (set, get) => ({
    review: null,
    decisions: {},
    leftoverDecisions: {},
    mergeBusy: false,
    mergeError: null,
    lastCut: null,
    cutTimes: {},
    async cutPackages(options) {
      const { doc, report } = get();
      if (!doc || !report) return;
      set({ mergeError: null });
      const choice = await get().choose('packagesFolder');
      if (!choice) return;
      set({ mergeBusy: true });
      const request = options.format === 'docx' ? { ...options, lang: get().lang } : options;
      const reply = choice.native ? await api.cutPackages(doc.docId, report, request) : await api.cutPackages(doc.docId, report, request, choice.paths[0]);
      set({ mergeBusy: false });
      if (!reply.ok) return set({ mergeError: reply.error });
      const cut = reply.value;
      if (!cut) return;
      const times = Object.fromEntries(cut.packages.map((p) => [p.institution, cut.cutAt]));
      set({ lastCut: cut, cutTimes: { ...get().cutTimes, ...times } });
      const { report: current, history } = get();
      if (current) set(withRegisterOf(cut.report, current, history));
    },
    async startImport() {
      const { doc, report, review } = get();
      if (!doc || !report) return;
      if (review) await api.closeImport(review.sessionId);
      set({ mergeError: null, review: null, decisions: {}, leftoverDecisions: {} });
      const choice = await get().choose('import');
      if (!choice) return;
      const chosen = choice.native ? await api.choosePackages() : await api.choosePackages(choice.paths);
      if (!chosen.ok) return set({ mergeError: chosen.error, view: { kind: 'import' } });
      if (chosen.value.length === 0) return;
      set({ mergeBusy: true, view: { kind: 'import' } });
      const reply = await api.planImports(doc.docId, report, chosen.value);
      set({ mergeBusy: false });
      if (!reply.ok) return set({ mergeError: reply.error });
      set({ review: reply.value });
    },
    decide: (key, decision) => set({ decisions: { ...get().decisions, [key]: decision } }),
    decideLeftover(key, decision) {
      const { [key]: _old, ...rest } = get().leftoverDecisions;
      set({ leftoverDecisions: decision ? { ...rest, [key]: decision } : rest });
    },
    editDraft(key, draft) {
      const decisions = get().decisions;
      set({ decisions: { ...decisions, [key]: { ...decisions[key], choice: decisions[key]?.choice ?? 'edit', ...draft } } });
    },
    async confirmImport() {
      const { review, decisions, doc } = get();
      if (!review || !doc) return;
      set({ mergeBusy: true, mergeError: null });
      // A draft kept while another choice was tried is not sent: only the choice is.
      const resolutions = Object.entries(decisions).map(([key, d]) => (d.choice === 'edit' ? { key, ...d } : { key, choice: d.choice }));
      const leftovers = Object.entries(get().leftoverDecisions).map(([key, d]) => ({ key, ...d }));
      const reply = await api.applyImports(review.sessionId, resolutions, leftovers);
      set({ mergeBusy: false });
      if (!reply.ok) return set({ mergeError: reply.error });
      set({ review: null, decisions: {}, leftoverDecisions: {}, doc: { ...doc, media: { ...doc.media, ...reply.value.media } }, view: { kind: 'dashboard' } });
      get().apply(reply.value.report, null);
    },
    async cancelImport() {
      const { review } = get();
      if (review) await api.closeImport(review.sessionId);
      set({ review: null, decisions: {}, leftoverDecisions: {}, mergeError: null, view: { kind: 'dashboard' } });
    },
  });

import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { ReportSummary } from '../../../../shared/ipc/dto.js';
import type { ApiError, Result } from '../../../../shared/ipc/result.js';
import type { BilanState } from '../state.js';

/** The report being looked at, if any, and what went wrong opening one. */
export interface ReportSlice {
  report: ReportSummary | null;
  /** The path being opened, while the main process reads it. */
  opening: string | null;
  reportError: ApiError | null;
  openReport(path: string): Promise<void>;
  /** Shows a reply the main process sent on its own (menu, double-click on a file). */
  receiveReport(reply: Result<ReportSummary>): void;
  closeReport(): void;
}

export const createReportSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], ReportSlice> =>
  (set, get) => ({
    report: null,
    opening: null,
    reportError: null,
    async openReport(path) {
      set({ opening: path, reportError: null });
      const reply = await api.openReport(path);
      set({ opening: null });
      get().receiveReport(reply);
    },
    receiveReport(reply) {
      if (reply.ok) set({ report: reply.value, reportError: null });
      else set({ reportError: reply.error });
    },
    closeReport: () => set({ report: null, reportError: null }),
  });

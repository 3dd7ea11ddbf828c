import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { RecoveryInfo } from '../../../../shared/ipc/dto.js';
import type { BilanState } from '../state.js';

/** Recovery copies left by a session that ended without saving, and the autosave's progress. */
export interface RecoverySlice {
  recoveries: RecoveryInfo[];
  /** When the open report's recovery copy was last written (ISO), null before the first one. */
  autosavedAt: string | null;
  loadRecoveries(): Promise<void>;
  restoreRecovery(id: string): Promise<void>;
  discardRecovery(id: string): Promise<void>;
  /** Writes a recovery copy of the open report now, if it has unsaved changes. */
  autosave(): Promise<void>;
}

export const createRecoverySlice =
  (api: BilanApi): StateCreator<BilanState, [], [], RecoverySlice> =>
  (set, get) => ({
    recoveries: [],
    autosavedAt: null,
    async loadRecoveries() {
      const reply = await api.listRecoveries();
      set({ recoveries: reply.ok ? reply.value : [] });
    },
    async restoreRecovery(id) {
      const reply = await api.restoreRecovery(id);
      set({ recoveries: get().recoveries.filter((r) => r.id !== id) });
      get().receiveLoaded(reply);
    },
    async discardRecovery(id) {
      await api.discardRecovery(id);
      set({ recoveries: get().recoveries.filter((r) => r.id !== id) });
    },
    async autosave() {
      const { doc, report, savedReport } = get();
      if (!doc || !report || report === savedReport) return;
      const reply = await api.autosave(doc.docId, report);
      if (reply.ok) set({ autosavedAt: reply.value });
    },
  });

import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { BilanState } from '../state.js';

/**
 * Whether the open report's file was changed on disk by someone else, as Word tells it: the
 * window asks when it comes back to the front (see `useDiskWatch`) and offers to reload the
 * file or to keep its own version under another name, before a save would be refused.
 */
export interface DiskSlice {
  /** The file found changed on disk (the open report's path then), or null. */
  changedOnDisk: string | null;
  /** Asks the main process whether the open report's file changed; quiet when it cannot tell. */
  checkOnDisk(): Promise<void>;
  /** Opens the file again as it now is, leaving the window's version (unsaved changes included). */
  reloadFromDisk(): Promise<void>;
  /** Keeps the window's version: saves it under another name (Save as…). */
  keepMyVersion(): Promise<void>;
}

export const createDiskSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], DiskSlice> =>
  (set, get) => ({
    changedOnDisk: null,
    async checkOnDisk() {
      const { doc, saving, changedOnDisk } = get();
      if (!doc?.path || doc.needsSaveAs || saving || changedOnDisk === doc.path) return;
      const reply = await api.fileChanged(doc.docId);
      // The document may have been saved elsewhere or closed meanwhile.
      const now = get().doc;
      if (reply.ok && reply.value.changed && now?.docId === doc.docId && now.path === doc.path) set({ changedOnDisk: doc.path });
    },
    async reloadFromDisk() {
      const { doc, view } = get();
      if (!doc?.path) return;
      // Opened again before the old one is let go: if the file cannot be read now, nothing is lost.
      const reply = await api.loadReport(doc.path);
      if (!reply.ok) return set({ docError: reply.error });
      await api.closeReport(doc.docId);
      set({ changedOnDisk: null });
      get().receiveLoaded(reply);
      // The same card or panel as before, when the new version still has it.
      const report = get().report;
      if (view.kind !== 'card' || report?.cards.some((c) => c.id === view.id)) get().showView(view);
    },
    async keepMyVersion() {
      await get().save(true);
      // Saved under another name, the window's version is that file's: nothing left to tell.
      if (get().doc?.path !== get().changedOnDisk) set({ changedOnDisk: null });
    },
  });

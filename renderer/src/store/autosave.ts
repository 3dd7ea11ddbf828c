import type { StoreApi } from 'zustand';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { isDirty } from './slices/document.js';
import type { BilanState } from './state.js';

/** How long after the last change the recovery copy is written. */
export const AUTOSAVE_DELAY_MS = 2000;

/**
 * Keeps the main process informed: a recovery copy a few seconds after the last change (and
 * at once when the window loses focus), and whether there are unsaved changes, which the shell
 * asks about before closing.
 */
export function installAutosave(store: StoreApi<BilanState>, api: BilanApi, delay = AUTOSAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state, previous) => {
    if (isDirty(state) !== isDirty(previous)) void api.setUnsavedChanges(isDirty(state));
    if (state.report === previous.report) return;
    clearTimeout(timer);
    if (isDirty(state)) timer = setTimeout(() => void store.getState().autosave(), delay);
  });
  globalThis.addEventListener?.('blur', () => {
    clearTimeout(timer);
    void store.getState().autosave();
  });
}

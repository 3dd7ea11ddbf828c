import type { StoreApi } from 'zustand';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { OpenDocumentKind } from '../../../shared/ipc/dto.js';
import type { BilanState } from './state.js';

/** What the window holds, in the terms the application menu follows. */
export function openDocumentKind(state: Pick<BilanState, 'report'>): OpenDocumentKind {
  if (state.report === null) return 'none';
  return state.report.package ? 'package' : 'report';
}

/**
 * Keeps the main process told what the window holds (nothing, a report, a package), so that
 * its menu offers only the actions that apply: once at start, then at each change of kind.
 */
export function installMenuState(store: StoreApi<BilanState>, api: BilanApi): void {
  let told = openDocumentKind(store.getState());
  void api.setOpenDocument(told);
  store.subscribe((state) => {
    const kind = openDocumentKind(state);
    if (kind === told) return;
    told = kind;
    void api.setOpenDocument(kind);
  });
}

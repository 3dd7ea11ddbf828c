import { create } from 'zustand';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { Lang } from '../../../shared/model/localized.js';
import { installAdjustedTemplate } from './adjusted-template.js';
import { installAutosave } from './autosave.js';
import { installMenuState } from './menu-state.js';
import { createContributionSlice } from './slices/contribution.js';
import { createDiskSlice } from './slices/disk.js';
import { createDocumentSlice } from './slices/document.js';
import { createEditorViewSlice } from './slices/editor-view.js';
import { createDashboardSlice } from './slices/dashboard.js';
import { createEditsSlice } from './slices/edits.js';
import { createExportSlice } from './slices/export.js';
import { createHostSlice } from './slices/host.js';
import { createLocaleSlice } from './slices/locale.js';
import { createMergeSlice } from './slices/merge.js';
import { createRecoverySlice } from './slices/recovery.js';
import { createReviewSlice } from './slices/review.js';
import { createSamplesSlice } from './slices/samples.js';
import { createStructureSlice } from './slices/structure.js';
import type { BilanState } from './state.js';

/** The one store of the interface, built from its slices around the api it talks to. */
export function createBilanStore(api: BilanApi, lang: Lang) {
  const store = create<BilanState>()((...a) => ({
    ...createLocaleSlice(lang)(...a),
    ...createSamplesSlice(api)(...a),
    ...createDocumentSlice(api)(...a),
    ...createDiskSlice(api)(...a),
    ...createEditsSlice(...a),
    ...createStructureSlice(...a),
    ...createEditorViewSlice(...a),
    ...createRecoverySlice(api)(...a),
    ...createMergeSlice(api)(...a),
    ...createDashboardSlice(...a),
    ...createExportSlice(api)(...a),
    ...createContributionSlice(api)(...a),
    ...createHostSlice(api)(...a),
    ...createReviewSlice(api)(...a),
  }));
  installAdjustedTemplate(store);
  installAutosave(store, api);
  installMenuState(store, api);
  return store;
}

/** The hook the components read the store through. */
export type BilanStore = ReturnType<typeof createBilanStore>;

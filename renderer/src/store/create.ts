import { create } from 'zustand';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { Lang } from '../../../shared/model/localized.js';
import { createLocaleSlice } from './slices/locale.js';
import { createReportSlice } from './slices/report.js';
import { createSamplesSlice } from './slices/samples.js';
import type { BilanState } from './state.js';

/** The one store of the interface, built from its slices around the api it talks to. */
export function createBilanStore(api: BilanApi, lang: Lang) {
  return create<BilanState>()((...a) => ({
    ...createLocaleSlice(lang)(...a),
    ...createSamplesSlice(api)(...a),
    ...createReportSlice(api)(...a),
  }));
}

/** The hook the components read the store through. */
export type BilanStore = ReturnType<typeof createBilanStore>;

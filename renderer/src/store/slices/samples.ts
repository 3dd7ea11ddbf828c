import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { RecentEntry, SampleEntry, TemplateInfo } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { BilanState } from '../state.js';

/** What the start screen lists: the recent files, the installed templates and the sample reports. */
export interface SamplesSlice {
  recent: RecentEntry[];
  samples: SampleEntry[];
  templates: TemplateInfo[];
  samplesStatus: 'idle' | 'loading' | 'ready' | 'failed';
  samplesError: ApiError | null;
  loadStartScreen(): Promise<void>;
}

export const createSamplesSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], SamplesSlice> =>
  (set, get) => ({
    recent: [],
    samples: [],
    templates: [],
    samplesStatus: 'idle',
    samplesError: null,
    async loadStartScreen() {
      set({ samplesStatus: 'loading', samplesError: null });
      const [samples, templates, recent] = await Promise.all([api.listSamples(), api.listTemplates(), api.listRecent(), get().loadRecoveries()]);
      set({
        // The recent files are a convenience: a list that cannot be read leaves the screen as it is.
        recent: recent.ok ? recent.value : [],
        samples: samples.ok ? samples.value : [],
        templates: templates.ok ? templates.value : [],
        samplesStatus: samples.ok ? 'ready' : 'failed',
        samplesError: samples.ok ? null : samples.error,
      });
    },
  });

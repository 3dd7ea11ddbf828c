import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { SampleEntry, TemplateInfo } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { BilanState } from '../state.js';

/** What the start screen lists: the sample reports and the installed templates. */
export interface SamplesSlice {
  samples: SampleEntry[];
  templates: TemplateInfo[];
  samplesStatus: 'idle' | 'loading' | 'ready' | 'failed';
  samplesError: ApiError | null;
  loadStartScreen(): Promise<void>;
}

export const createSamplesSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], SamplesSlice> =>
  (set, get) => ({
    samples: [],
    templates: [],
    samplesStatus: 'idle',
    samplesError: null,
    async loadStartScreen() {
      set({ samplesStatus: 'loading', samplesError: null });
      const [samples, templates] = await Promise.all([api.listSamples(), api.listTemplates(), get().loadRecoveries()]);
      set({
        samples: samples.ok ? samples.value : [],
        templates: templates.ok ? templates.value : [],
        samplesStatus: samples.ok ? 'ready' : 'failed',
        samplesError: samples.ok ? null : samples.error,
      });
    },
  });

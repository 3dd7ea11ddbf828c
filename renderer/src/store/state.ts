import type { LocaleSlice } from './slices/locale.js';
import type { ReportSlice } from './slices/report.js';
import type { SamplesSlice } from './slices/samples.js';

/** The whole state of the interface: the union of its slices. */
export type BilanState = LocaleSlice & SamplesSlice & ReportSlice;

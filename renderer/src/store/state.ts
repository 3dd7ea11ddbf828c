import type { DocumentSlice } from './slices/document.js';
import type { EditorViewSlice } from './slices/editor-view.js';
import type { EditsSlice } from './slices/edits.js';
import type { LocaleSlice } from './slices/locale.js';
import type { RecoverySlice } from './slices/recovery.js';
import type { SamplesSlice } from './slices/samples.js';

/** The whole state of the interface: the union of its slices. */
export type BilanState = LocaleSlice & SamplesSlice & DocumentSlice & EditsSlice & EditorViewSlice & RecoverySlice;

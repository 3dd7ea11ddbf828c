import type { ContributionSlice } from './slices/contribution.js';
import type { DiskSlice } from './slices/disk.js';
import type { DocumentSlice } from './slices/document.js';
import type { EditorViewSlice } from './slices/editor-view.js';
import type { DashboardSlice } from './slices/dashboard.js';
import type { EditsSlice } from './slices/edits.js';
import type { ExportSlice } from './slices/export.js';
import type { HostSlice } from './slices/host.js';
import type { LocaleSlice } from './slices/locale.js';
import type { MergeSlice } from './slices/merge.js';
import type { RecoverySlice } from './slices/recovery.js';
import type { ReviewSlice } from './slices/review.js';
import type { SamplesSlice } from './slices/samples.js';
import type { StructureSlice } from './slices/structure.js';

/** The whole state of the interface: the union of its slices. */
export type BilanState = LocaleSlice & SamplesSlice & DocumentSlice & DiskSlice & EditsSlice & StructureSlice & EditorViewSlice & RecoverySlice & ExportSlice & MergeSlice & DashboardSlice & ContributionSlice & HostSlice & ReviewSlice;

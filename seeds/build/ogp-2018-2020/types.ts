import type { Pair, Revised } from '../values.js';

/** Option ids of the `ogp-end-of-term` template's scales. */
export type Progress = 'not-started' | 'limited' | 'substantial' | 'completed';
export type MilestoneStatus = 'done' | 'ongoing' | 'suspended' | 'not-done';
export type Timetable = 'yes' | 'partly' | 'no' | 'not-applicable';

/** A commitment's texts and choices; whatever is left out stays empty in the seed. */
export interface CommitmentText {
  progress: Progress;
  aim?: Pair | Revised;
  otherStakeholders?: Pair | Revised;
  results?: Pair | Revised;
  milestones?: { title: Pair; status: MilestoneStatus }[];
  timetable?: Timetable;
  timetableComment?: Pair | Revised;
  nextSteps?: Pair | Revised;
  /** A resource may have no address, as on the real cards (a printed guide, an event). */
  resources?: { label: Pair; url?: string }[];
  /**
   * Contact people are invented, with addresses under reserved `.example` domains. Role and
   * institution are optional, as on the real cards, which often name only a person and an address.
   */
  contacts?: { name: string; role?: Pair; institution?: string; email: string }[];
  irmRecommendations?: Pair | Revised;
}

import type { Report } from '../../../shared/model/report.js';

/** How long a pause ends a burst of edits to one field: one undo step per burst. */
export const COALESCE_MS = 1000;
/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/** The undo and redo stacks of whole-report snapshots (cheap: snapshots share unchanged parts). */
export interface History {
  past: Report[];
  future: Report[];
  /** The last edit, to merge a burst of keystrokes in one field into one step. */
  last: { key: string; at: number } | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], last: null });

/**
 * The history after an edit that replaced `previous`. An edit of the same field (`key`) within
 * {@link COALESCE_MS} of the last one joins its step; any edit clears the redo stack.
 */
export function recordEdit(history: History, previous: Report, key: string | null, now: number): History {
  const joins = key !== null && history.last?.key === key && now - history.last.at < COALESCE_MS;
  return {
    past: joins ? history.past : [...history.past, previous].slice(-HISTORY_LIMIT),
    future: [],
    last: key === null ? null : { key, at: now },
  };
}

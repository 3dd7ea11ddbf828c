import { create } from 'zustand';
import { replaceMatches, type ReplaceOutcome } from '../../../../shared/find/replace.js';
import { useEffect } from 'react';
import { DEFAULT_FIND_OPTIONS, findInReport, prepareFind, type FindMatch, type FindOptions, type FindResult, type FindScope } from '../../../../shared/find/search.js';
import type { Lang } from '../../../../shared/model/langs.js';
import type { Report } from '../../../../shared/model/report.js';
import type { Template } from '../../../../shared/model/template.js';
import { sortedCards } from '../../../../shared/validate/validate.js';

/** Which languages the search covers. */
export type FindLangs = 'both' | Lang;

/** The find panel's own state: what is searched, how, and which match is the current one. */
export interface FindState {
  open: boolean;
  /** Whether the replacement row is shown (Ctrl+H, or the panel's toggle). */
  replacing: boolean;
  query: string;
  replacement: string;
  options: FindOptions;
  langs: FindLangs;
  /** The index of the current match in the search's matches, or -1 before any is chosen. */
  current: number;
  /** Asks the panel to put the focus in its search box (again): Ctrl+F while it is open. */
  focusNonce: number;
  /** What the last replacement did, said in the panel until the search changes. */
  outcome: Omit<ReplaceOutcome, 'report'> | null;
  show(replacing: boolean, query?: string): void;
  close(): void;
  set(patch: Partial<Pick<FindState, 'query' | 'replacement' | 'options' | 'langs' | 'replacing'>>): void;
  setCurrent(index: number): void;
  setOutcome(outcome: Omit<ReplaceOutcome, 'report'> | null): void;
}

export const useFind = create<FindState>()((set) => ({
  open: false,
  replacing: false,
  query: '',
  replacement: '',
  options: DEFAULT_FIND_OPTIONS,
  langs: 'both',
  current: -1,
  focusNonce: 0,
  outcome: null,
  show: (replacing, query) =>
    set((s) => ({ open: true, replacing: replacing || s.replacing, focusNonce: s.focusNonce + 1, ...(query !== undefined && query !== s.query ? { query, current: -1, outcome: null } : {}) })),
  close: () => set({ open: false, current: -1, outcome: null }),
  // A new search starts before its first match, and forgets what the last replacement said.
  set: (patch) => set({ ...patch, ...('replacing' in patch && Object.keys(patch).length === 1 ? {} : { current: -1, outcome: null }) }),
  setCurrent: (current) => set({ current }),
  setOutcome: (outcome) => set({ outcome }),
}));

/** The cards' reading order, once per report (a report is never changed in place). */
const orders = new WeakMap<Report, string[]>();
function cardOrder(report: Report): string[] {
  let order = orders.get(report);
  if (!order) orders.set(report, (order = sortedCards(report).map((c) => c.id)));
  return order;
}

/** What the panel searches in `report`: a contribution package is searched in its cards only. */
function scopeOf(report: Report, langs: FindLangs): FindScope {
  return { langs: langs === 'both' ? ['fr', 'en'] : [langs], cardsOnly: !!report.package, cardOrder: cardOrder(report) };
}

/** Nothing searched: no query yet (the report's texts are not gathered for it). */
const NOTHING: FindResult = { texts: [], matches: [] };

/** The search the panel shows over `report`. */
export function searchReport(report: Report, template: Template, state: Pick<FindState, 'query' | 'options' | 'langs'>): FindResult {
  if (state.query === '') return NOTHING;
  return findInReport(report, template, state.query, state.options, scopeOf(report, state.langs));
}

/** How long one step of the preparation may run before it leaves the thread to the window (ms). */
const SLICE_MS = 8;

/**
 * Prepares the first search of `report` in idle time (its texts gathered and folded, a card at a
 * time), once it is open and after each change (when only the changed cards are new), so that
 * the first letter typed in the find box does not wait for the whole report to be read.
 */
export function usePreparedSearch(report: Report | null, template: Template | null): void {
  const options = useFind((s) => s.options);
  const langs = useFind((s) => s.langs);
  useEffect(() => {
    if (!report || !template) return;
    const steps = prepareFind(report, template, scopeOf(report, langs), options);
    let idle = 0;
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
      while (performance.now() < until) if (steps.next().done) return;
      idle = requestIdleCallback(step);
    };
    idle = requestIdleCallback(step);
    return () => cancelIdleCallback(idle);
  }, [report, template, options, langs]);
}

/**
 * The report with `matches` replaced, as one change: the caller applies it with the store's
 * `apply(report, null)`, which makes it one undo step however many texts it changed.
 */
export function replacement(report: Report, result: FindResult, matches: readonly FindMatch[], text: string): ReplaceOutcome {
  return replaceMatches(report, result, matches, text);
}

import type { ToSortItem } from '../model/report.js';

/**
 * Three-way merge of a "to sort" list (version 4), by item id: an item either side removed (moved
 * into a field, or deleted) since the base is gone; an item either side added is kept, ours
 * first. Items are never edited in place, so their content needs no merging. Undefined when
 * nothing is left.
 */
export function mergeToSort(base: readonly ToSortItem[] | undefined, ours: readonly ToSortItem[] | undefined, theirs: readonly ToSortItem[] | undefined): ToSortItem[] | undefined {
  const inBase = new Set((base ?? []).map((i) => i.id));
  const inTheirs = new Set((theirs ?? []).map((i) => i.id));
  const kept = (ours ?? []).filter((i) => !inBase.has(i.id) || inTheirs.has(i.id));
  const have = new Set(kept.map((i) => i.id));
  const inOurs = new Set((ours ?? []).map((i) => i.id));
  for (const i of theirs ?? []) if (!inBase.has(i.id) && !inOurs.has(i.id) && !have.has(i.id)) kept.push(i);
  return kept.length ? kept : undefined;
}

/**
 * A three-way merge of sequences (the blocks of a rich-text value): what one side changed is
 * taken, what both sides changed alike is taken once, and a region both changed differently is
 * a conflict. Alignment uses the longest common subsequence with the base, so two people
 * editing different paragraphs of one field do not clash.
 */

/** A stretch of the merged sequence: settled items, or a conflict between the two sides. */
export type Hunk<T> = { kind: 'ok'; items: T[] } | { kind: 'conflict'; base: T[]; ours: T[]; theirs: T[] };

/** Pairs of indices (in a, in b) of a longest common subsequence, in order. */
function lcs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): [number, number][] {
  // Trim the common head and tail first: edits are usually local, which keeps the table small.
  let head = 0;
  while (head < a.length && head < b.length && same(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = same(a[head + i]!, b[head + j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[head + i]!, b[head + j]!)) {
      pairs.push([head + i, head + j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  for (let k = 0; k < tail; k++) pairs.push([a.length - tail + k, b.length - tail + k]);
  return pairs;
}

/** Merges `ours` and `theirs`, both edited from `base`, item by item. */
export function diff3<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], same: (x: T, y: T) => boolean): Hunk<T>[] {
  const mo = new Map(lcs(base, ours, same));
  const mt = new Map(lcs(base, theirs, same));
  const hunks: Hunk<T>[] = [];
  const push = (items: T[]) => {
    if (items.length === 0) return;
    const last = hunks[hunks.length - 1];
    if (last?.kind === 'ok') last.items.push(...items);
    else hunks.push({ kind: 'ok', items });
  };
  let b = 0;
  let o = 0;
  let t = 0;
  while (b <= base.length) {
    // Find the next base item kept by both sides: the end of the current unstable region.
    let next = b;
    while (next < base.length && !(mo.has(next) && mt.has(next) && mo.get(next)! >= o && mt.get(next)! >= t)) next++;
    const oEnd = next < base.length ? mo.get(next)! : ours.length;
    const tEnd = next < base.length ? mt.get(next)! : theirs.length;
    const baseChunk = base.slice(b, next);
    const oursChunk = ours.slice(o, oEnd);
    const theirsChunk = theirs.slice(t, tEnd);
    const equal = (x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, k) => same(v, y[k]!));
    if (equal(oursChunk, theirsChunk)) push(oursChunk);
    else if (equal(baseChunk, oursChunk)) push(theirsChunk);
    else if (equal(baseChunk, theirsChunk)) push(oursChunk);
    else hunks.push({ kind: 'conflict', base: baseChunk, ours: oursChunk, theirs: theirsChunk });
    if (next >= base.length) break;
    push([ours[oEnd]!]);
    b = next + 1;
    o = oEnd + 1;
    t = tEnd + 1;
  }
  return hunks;
}

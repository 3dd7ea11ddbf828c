/**
 * The longest start of `text` that `fits`, cut between words and ended with "…", or the whole
 * text when it fits. A single word too long on its own is cut inside it, as a last resort: a
 * running header must stay on its line. `fits` is asked O(log n) times (a binary search over
 * the word boundaries), so a width measured by a font costs little.
 */
export function shortenAtWord(text: string, fits: (candidate: string) => boolean): string {
  const whole = text.trim();
  if (fits(whole)) return whole;
  // Word ends: the positions a cut may fall at (before a space, after the previous word).
  const ends: number[] = [];
  for (const m of whole.matchAll(/\S(?=\s)/g)) ends.push(m.index + 1);
  const cut = (end: number) => `${whole.slice(0, end).replace(/[\s,;:–—-]+$/u, '')}…`;
  let lo = -1;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi + 1) / 2);
    if (fits(cut(ends[mid]!))) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 0) return cut(ends[lo]!);
  // Not even the first word fits: as many of its characters as fit, found the same way.
  let a = 1;
  let b = Math.min(whole.length, ends[0] ?? whole.length);
  while (a < b) {
    const mid = Math.ceil((a + b) / 2);
    if (fits(cut(mid))) a = mid;
    else b = mid - 1;
  }
  return cut(a);
}

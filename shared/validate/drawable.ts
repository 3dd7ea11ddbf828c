/**
 * What the publication's fonts can print. A template lists the characters its fonts hold, as
 * ranges of code points in hexadecimal ("0020-007E 00A0-017F …", `page.fonts.coverage`, written
 * by `npm run templates:coverage` and checked against the font files by a test), so that
 * validation can warn about a character the PDF would not print (Arabic, Hebrew, emoji…)
 * wherever it runs, the window included, without the fonts themselves.
 */

/** The covered ranges, as [first, last] pairs in order: what {@link undrawable} searches. */
export type Coverage = readonly (readonly [number, number])[];

const parsed = new Map<string, Coverage>();

/** The ranges of a template's coverage text; malformed parts are ignored. Parsed once per text. */
export function parseCoverage(text: string): Coverage {
  let ranges = parsed.get(text);
  if (!ranges) {
    ranges = text
      .split(/\s+/)
      .map((part) => /^([0-9A-Fa-f]{1,6})(?:-([0-9A-Fa-f]{1,6}))?$/.exec(part))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)] as const)
      .sort((a, b) => a[0] - b[0]);
    parsed.set(text, ranges);
  }
  return ranges;
}

/** Writes ranges as a template's coverage text: the inverse of {@link parseCoverage}. */
export function formatCoverage(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? hex(sorted[i]!) : `${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(' ');
}

function covered(ranges: Coverage, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Characters the export removes on purpose, so never worth a warning: controls, the bidi
 * controls (removed from every exported text so that no title can be reversed on the page), and
 * the joiners and selectors that belong to the character before them.
 */
const IGNORED = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff\ufffe\uffff]/u;

/**
 * The distinct characters of `text` that no font of the coverage holds, in order of appearance,
 * at most `max` of them. Linear in the text's length.
 */
export function undrawable(text: string, ranges: Coverage, max = 8): string[] {
  const found: string[] = [];
  for (const ch of text) {
    if (IGNORED.test(ch) || covered(ranges, ch.codePointAt(0)!) || found.includes(ch)) continue;
    found.push(ch);
    if (found.length >= max) break;
  }
  return found;
}

/**
 * How find compares text: the query and each text are "folded" to a comparable form, with a map
 * from every folded character back to where it stands in the text, so that a match found in the
 * folded form is reported (and replaced) at its place in the original.
 *
 * Always: the typographic apostrophe (’) and the typewriter one (') are the same, and so are the
 * spaces French typography puts before « : » or inside figures (no-break spaces) and a typed space:
 * a user types neither on a keyboard. Then, as asked: case ("État" finds "état"), and accents
 * ("realise" finds "réalisé", "oeuvre" finds "œuvre"), which are kept apart by default, since in
 * French they make different words ("a" and "à", "ou" and "où").
 */

/** What a search compares as the same. */
export interface FoldOptions {
  matchCase: boolean;
  ignoreAccents: boolean;
}

/** A folded text and, for each of its characters (and one past the end), where it comes from. */
export interface Folded {
  text: string;
  /** `from[i]`: the index in the original text of the character folded to `text[i]`; `from[text.length]` is the original length. */
  from: number[] | null;
}

const SAME: Record<string, string> = {
  '\u2019': "'",
  '\u02bc': "'",
  '\u2018': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
};
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const MARKS = /\p{M}/gu;

function foldChar(ch: string, options: FoldOptions): string {
  let out = SAME[ch] ?? ch;
  if (options.ignoreAccents) out = LIGATURES[out] ?? out.normalize('NFD').replace(MARKS, '');
  if (!options.matchCase) out = out.toLowerCase();
  return out;
}

const SAME_CHARS = /[\u2019\u02bc\u2018\u00a0\u202f\u2009\u2007]/g;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/g;
const accentCache = new Map<string, string>();

/** A letter without its accents (a ligature spelt out): "é" → "e", "œ" → "oe". */
function unaccented(ch: string): string {
  let out = accentCache.get(ch);
  if (out === undefined) {
    out = LIGATURES[ch] ?? ch.normalize('NFD').replace(MARKS, '');
    accentCache.set(ch, out);
  }
  return out;
}

/**
 * The folded text when every character folds to exactly one (the common case, done with the
 * engine's own string operations): the places do not move. Null when one does not (a ligature,
 * a combining accent, a letter whose lower case is longer).
 */
function foldInPlace(text: string, options: FoldOptions, same: boolean): string | null {
  let out = same ? text.replace(SAME_CHARS, (c) => SAME[c]!) : text;
  if (options.ignoreAccents) {
    let kept = true;
    out = out.replace(ACCENTED, (c) => {
      const f = unaccented(c);
      if (f.length !== 1) kept = false;
      return f;
    });
    if (!kept) return null;
  }
  if (!options.matchCase) {
    const lower = out.toLowerCase();
    if (lower.length !== out.length) return null;
    out = lower;
  }
  return out;
}

/**
 * Folds a text, keeping where each folded character comes from (null when nothing moved).
 * `same: false` skips the apostrophes and spaces, for a query that holds neither (they cannot
 * change where it matches).
 */
export function fold(text: string, options: FoldOptions, same = true): Folded {
  // Most texts fold character for character: only their letters change, not their places.
  const inPlace = foldInPlace(text, options, same);
  if (inPlace !== null) return { text: inPlace, from: null };
  const cache = new Map<string, string>();
  let out = '';
  let from: number[] | null = null;
  let i = 0;
  for (const ch of text) {
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch, options);
      cache.set(ch, folded);
    }
    if (from === null && (folded.length !== 1 || ch.length !== 1)) {
      // The first character whose length changes: from here on, every place is recorded.
      from = [];
      for (let k = 0; k < out.length; k++) from.push(k);
    }
    out += folded;
    if (from) for (let k = 0; k < folded.length; k++) from.push(i);
    i += ch.length;
  }
  if (from) from.push(text.length);
  return { text: out, from };
}

/** Where a folded offset stands in the original text. */
export function originalOffset(folded: Folded, offset: number): number {
  return folded.from ? folded.from[offset]! : offset;
}

/** Folds a query as the texts are folded (no places needed). */
export function foldQuery(query: string, options: FoldOptions): string {
  return fold(query, options).text;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Whether `text` has a letter or digit just before `start` or just at `end`: the match is then not a whole word. */
export function insideWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.slice(Math.max(0, start - 2), start) : '';
  const lastBefore = before ? [...before].at(-1)! : '';
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
  return (lastBefore !== '' && WORD_CHAR.test(lastBefore)) || (after !== '' && WORD_CHAR.test(after));
}

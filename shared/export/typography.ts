/**
 * French typography applied at export, never stored: the user's text stays as typed, and the
 * French documents print the no-break spaces French publishing rules ask for, so that no line
 * starts with a lone « : », « ; » or « » ».
 */

/** U+202F, before « ; ! ? », as the thousands separator and before « % » (as `formatPercent` writes it). */
const NARROW = '\u202f';
/** U+00A0, before « : », inside guillemets and between a number and its unit. */
const NBSP = '\u00a0';

/** Spaces a rule may replace: an ordinary space, or a no-break one the user already typed. */
const isSpace = (c: string | undefined) => c === ' ' || c === NBSP || c === NARROW;
const isBlank = (c: string | undefined) => c === undefined || /\s/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** What may follow a punctuation mark for it to be one (not a URL's "?", a time's ":"). */
const AFTER_MARK = new Set(['»', ')', ']', '}', '”', '"', '’', "'", '.', ',', '…', ';', ':', '!', '?']);
/** What a space is never inserted after: an opening bracket or quote, another mark. */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«', '“', '‘', '"', "'", ';', ':', '!', '?', '/', '\u2013', '\u2014', '-']);

/**
 * Units a number keeps on its line with a no-break space: "15 km", "3 millions", "200 €". A
 * space is only turned no-break where one was typed ("4G" stays as it is), except before "%".
 */
const UNITS = new Set(
  [
    '%', '‰', '€', '$', '£', 'k€', 'M€', 'Md€', 'Mds€', 'euro', 'euros', 'dollars',
    'million', 'millions', 'milliard', 'milliards', 'Md', 'Mds',
    'mm', 'cm', 'm', 'km', 'm²', 'km²', 'm³', 'ha', 'mg', 'g', 'kg', 't', 'ml', 'cl', 'l', 'L',
    'ms', 's', 'min', 'h', 'Ko', 'Mo', 'Go', 'To', 'ko', 'kB', 'MB', 'GB', 'TB', 'Mbit/s', 'Gbit/s',
    'W', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', '°C', 'pt', 'pts', 'px',
  ],
);
const LONGEST_UNIT = Math.max(...[...UNITS].map((u) => u.length));

/**
 * Marks the characters of addresses (URLs, e-mail addresses) in a text: rules never touch them,
 * so that "https://x.fr/a?b=c" or "mailto:a@b.fr" stay as typed. An address is the part of a
 * space-separated word from "http", "www." or "mailto:" (or, for an e-mail, the whole word) to
 * its end, closing punctuation aside. One pass over the text.
 */
function addresses(text: string): Uint8Array | null {
  if (!/:\/\/|www\.|mailto:|@/i.test(text)) return null;
  const mask = new Uint8Array(text.length);
  const word = /\S+/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    const at = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i.exec(w);
    const start = at ? at.index : w.includes('@') ? w.search(/[^«("“‘[]/) : -1;
    if (start < 0) continue;
    let end = w.length;
    while (end > start && /[.,;:!?»)\]"”’'…]/.test(w[end - 1]!)) end--;
    mask.fill(1, m.index + start, m.index + end);
  }
  return mask;
}

/**
 * Applies French typography to a text made of runs (the parts of a paragraph that differ in
 * bold, italic or link), read as one text so that a rule sees across runs ("**Note** : …").
 * Returns the runs with the same count and order; a space added belongs to the run of the mark
 * it sits next to. `null` parts stand for something that is not text but sits in the line like a
 * letter (a footnote call): they are returned as null.
 *
 * - before « ; ! ? »: a narrow no-break space (U+202F), replacing the spaces typed there or
 *   inserted when there are none; before « : », a no-break space (U+00A0). Only where the mark
 *   is punctuation: followed by a space, the end or closing punctuation (not "10:30", "a?b=c").
 * - inside « »: no-break spaces (U+00A0), nested quotes included.
 * - a number and its unit or "%": no-break (U+00A0; U+202F before "%", as figures print it).
 * - a thousands separator typed as a space ("15 000"): U+202F. No separator is ever added, so
 *   "2018", "n°1", "2018–2020" stay as typed.
 * - URLs and e-mail addresses are left alone.
 *
 * A no-break space the user typed is kept. Linear in the text's length.
 */
export function frenchRuns(parts: readonly (string | null)[]): (string | null)[] {
  const joined = parts.map((p) => (p === null ? 'x' : p)).join('');
  if (!/[;:!?«»%]|\d[ \u00a0\u202f]/.test(joined)) return [...parts];
  const owner = new Uint32Array(joined.length);
  let at = 0;
  parts.forEach((p, i) => {
    const n = p === null ? 1 : p.length;
    owner.fill(i, at, at + n);
    at += n;
  });
  const mask = addresses(joined);
  const out: string[] = parts.map(() => '');
  /** The last character written, whatever its run. */
  let last: string | undefined;
  let lastBeforeSpaces: string | undefined;
  let spaces = '';
  let spacesOwner = 0;
  /** After an opening guillemet: the spaces that follow are made no-break. */
  let afterOpen = false;
  const emit = (s: string, run: number) => {
    out[run] += s;
    last = s[s.length - 1];
  };
  const flushSpaces = (replacement: string | null, run: number) => {
    if (!spaces) return;
    // A no-break space the user typed stays; ordinary spaces become the rule's one.
    const typedNoBreak = !spaces.includes(' ');
    emit(replacement === null || typedNoBreak ? spaces : replacement, replacement === null ? spacesOwner : run);
    spaces = '';
  };
  const n = joined.length;
  for (let i = 0; i < n; i++) {
    const c = joined[i]!;
    const run = owner[i]!;
    if (parts[run] === null) {
      flushSpaces(afterOpen ? NBSP : null, run);
      afterOpen = false;
      last = 'x';
      continue;
    }
    if (mask?.[i]) {
      flushSpaces(afterOpen ? NBSP : null, run);
      afterOpen = false;
      emit(c, run);
      continue;
    }
    if (isSpace(c)) {
      if (!spaces) {
        spacesOwner = run;
        lastBeforeSpaces = last;
      }
      spaces += c;
      continue;
    }
    const next = joined[i + 1];
    // "::" or ":;" is code, not a colon: a colon needs a space, the end or a closing quote after it.
    const isMark = (c === ';' || c === '!' || c === '?' || c === ':') && (next === undefined || isBlank(next) || (AFTER_MARK.has(next) && !(c === ':' && /[;:!?]/.test(next))));
    if (isMark) {
      const space = c === ':' ? NBSP : NARROW;
      if (spaces) flushSpaces(lastBeforeSpaces === undefined || lastBeforeSpaces === '\n' ? null : space, run);
      else if (!afterOpen && last !== undefined && !isBlank(last) && !NO_SPACE_AFTER.has(last)) emit(space, run);
      afterOpen = false;
      emit(c, run);
      continue;
    }
    if (c === '»') {
      if (spaces) flushSpaces(lastBeforeSpaces === undefined || lastBeforeSpaces === '\n' ? null : NBSP, run);
      else if (last !== undefined && !isBlank(last) && last !== '«') emit(NBSP, run);
      afterOpen = false;
      emit(c, run);
      continue;
    }
    if (spaces) flushSpaces(afterOpen && !isBlank(c) ? NBSP : null, run);
    afterOpen = false;
    if (c === '«') {
      emit(c, run);
      if (next !== undefined && !isBlank(next) && !isSpace(next) && next !== '»') emit(NBSP, run);
      else afterOpen = true;
      continue;
    }
    if (isDigit(c) && !isDigit(last) && last !== ',' && last !== '.' && !isLetter(last) && last !== '°') {
      i = number(joined, i, run, owner, mask, emit) - 1;
      continue;
    }
    emit(c, run);
  }
  flushSpaces(null, spacesOwner);
  return parts.map((p, i) => (p === null ? null : out[i]!));
}

/**
 * A number starting at `from`: its digits, thousands groups typed with spaces ("15 000") made
 * narrow no-break, a decimal part, then a unit or "%" kept on its line. Returns where it ends.
 */
function number(text: string, from: number, run: number, owner: Uint32Array, mask: Uint8Array | null, emit: (s: string, run: number) => void): number {
  let i = from;
  while (isDigit(text[i])) i++;
  const head = i - from;
  emit(text.slice(from, i), run);
  // Thousands groups: only after a first group of 1 to 3 digits, each of exactly 3.
  if (head <= 3) {
    while (isSpace(text[i]) && !mask?.[i + 1] && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
      emit(text[i] === ' ' ? NARROW : text[i]!, owner[i]!);
      emit(text.slice(i + 1, i + 4), owner[i + 1]!);
      i += 4;
    }
  }
  // A decimal part: "3,5".
  if ((text[i] === ',' || text[i] === '.') && isDigit(text[i + 1])) {
    let k = i + 1;
    while (isDigit(text[k])) k++;
    emit(text.slice(i, k), owner[i]!);
    i = k;
  }
  if (text[i] === '%' || text[i] === '‰') {
    emit(NARROW, owner[i]!);
    return i;
  }
  // "15 km": one typed space, then a unit ending the word.
  if (text[i] === ' ' || text[i] === NBSP || text[i] === NARROW) {
    const j = i + 1;
    let k = j;
    while (k < text.length && k - j <= LONGEST_UNIT && !isBlank(text[k]) && !/[.,;:!?)»\]'’"”]/.test(text[k]!)) k++;
    const unit = text.slice(j, k);
    if (k - j <= LONGEST_UNIT && UNITS.has(unit) && !mask?.[j]) {
      emit(text[i] === ' ' ? (unit === '%' || unit === '‰' ? NARROW : NBSP) : text[i]!, owner[i]!);
      return j;
    }
  }
  return i;
}

/** {@link frenchRuns} for one string. */
export function frenchText(text: string): string {
  return frenchRuns([text])[0]!;
}

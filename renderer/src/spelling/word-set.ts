// The spelling checker proper, without DOM: the words of a language decoded from the front-coded
// list built by scripts/spelling/word-list.ts, the user's own words, whether a word is spelled
// right and what it may have meant. It runs in the spelling worker (and in Node for the tests).

/** The French elisions written before a word (l'État, qu'il, jusqu'au). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'lorsqu', 'puisqu', 'quoiqu', 'jusqu', 'quelqu', 'presqu']);

/** The letters tried when looking for suggestions, most frequent first. */
const ALPHABETS: Record<'fr' | 'en', string> = {
  fr: "esiantrulocdpmégfbvhqàxèyjzêçkîwôûâùëïüœ'-",
  en: "esianrtolcdugmphbyfvkwzxjq'-",
};

/** The most suggestions offered for a word. */
export const MAX_SUGGESTIONS = 6;

/** How long suggestions two edits away are looked for, at most. */
const TWO_EDITS_MS = 300;

/** The longest word suggestions are looked for (longer ones are a paste of something else). */
const MAX_SUGGESTED_LENGTH = 40;

/** Decodes a front-coded list (one word a line, after the count of characters it shares with the previous one). */
export function decodeWords(encoded: string): string[] {
  const words: string[] = [];
  let previous = '';
  let start = 0;
  while (start < encoded.length) {
    let end = encoded.indexOf('\n', start);
    if (end < 0) end = encoded.length;
    const shared = encoded.charCodeAt(start) - 48;
    previous = previous.slice(0, shared) + encoded.slice(start + 1, end);
    words.push(previous);
    start = end + 1;
  }
  return words;
}

/** Letters without their accents, for ranking "ministere" → "ministère" first. */
function bare(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A language's words and the user's own, with checking and suggestions. */
export class WordSet {
  private readonly words: Set<string>;
  private readonly own = new Set<string>();

  constructor(
    readonly lang: 'fr' | 'en',
    words: Iterable<string>,
  ) {
    this.words = new Set(words);
  }

  get size(): number {
    return this.words.size;
  }

  /** Adds the user's own words (their personal dictionary). */
  addOwn(words: Iterable<string>): void {
    for (const w of words) this.own.add(w.normalize('NFC'));
  }

  /** Whether a word as written is known: in the dictionary, or the user's. */
  private known(word: string): boolean {
    if (this.words.has(word) || this.own.has(word)) return true;
    const lower = word.toLowerCase();
    // "Gouvernement" at the start of a sentence, "GOUVERNEMENT" in a heading.
    if ((isCapitalised(word) || isUpper(word)) && (this.words.has(lower) || this.own.has(lower))) return true;
    if (isUpper(word)) {
      const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
      if (this.words.has(capital) || this.own.has(capital)) return true;
    }
    return false;
  }

  /** Whether `word` is spelled right in this language. */
  correct(input: string): boolean {
    const word = input.normalize('NFC').replace(/’/g, "'");
    if (this.known(word)) return true;
    if (this.lang === 'fr') {
      const at = word.indexOf("'");
      if (at > 0 && ELISIONS.has(word.slice(0, at).toLowerCase())) {
        const rest = word.slice(at + 1);
        return rest.length > 0 && this.correct(rest);
      }
    }
    if (this.lang === 'en' && /'s$/i.test(word) && this.known(word.slice(0, -2))) return true;
    if (word.includes('-')) {
      const parts = word.split('-');
      // "a-t-il", "vis-à-vis", "well-known": each part a word (a lone letter is the euphonic t).
      return parts.every((p) => p.length === 0 || p.length === 1 || this.correct(p));
    }
    return false;
  }

  /** What a misspelled word may have been meant to be, the likeliest first. */
  suggest(input: string, max = MAX_SUGGESTIONS): string[] {
    const word = input.normalize('NFC').replace(/’/g, "'");
    if (word.length === 0 || word.length > MAX_SUGGESTED_LENGTH) return [];
    if (this.lang === 'fr') {
      const at = word.indexOf("'");
      if (at > 0 && ELISIONS.has(word.slice(0, at).toLowerCase()) && at < word.length - 1) {
        const head = word.slice(0, at + 1);
        return this.suggest(word.slice(at + 1), max).map((s) => head + s);
      }
    }
    const upper = isUpper(word) && word.length > 1;
    const capital = !upper && isCapitalised(word);
    const base = upper || capital ? word.toLowerCase() : word;
    const found = new Map<string, number>();
    const consider = (candidate: string, rank: number) => {
      if (candidate === base || candidate.length === 0) return;
      const shown = upper ? candidate.toUpperCase() : capital ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate;
      if (!this.known(candidate) && !this.known(shown)) return;
      const prior = found.get(shown);
      if (prior === undefined || rank < prior) found.set(shown, rank);
    };
    const alphabet = ALPHABETS[this.lang];
    const target = bare(base);
    const first: string[] = [];
    eachEdit(base, alphabet, (candidate, rank) => {
      first.push(candidate);
      consider(candidate, bare(candidate) === target ? 0 : rank);
    });
    // A capital the word lost: "paris" → "Paris".
    consider(base.charAt(0).toUpperCase() + base.slice(1), 1);
    if (found.size === 0 && base.length <= 16) {
      // Two edits away: some hundred thousand candidates, looked at for a bounded time (a word
      // nothing is near, such as a name, would otherwise keep the worker for seconds).
      const deadline = Date.now() + TWO_EDITS_MS;
      let count = 0;
      for (const once of first) {
        const finished = eachEdit(once, alphabet, (twice) => {
          if (this.words.has(twice) || this.own.has(twice)) consider(twice, bare(twice) === target ? 1 : 6);
          return (++count & 1023) !== 0 || Date.now() < deadline;
        });
        if (!finished) break;
      }
    }
    return [...found.entries()]
      .sort((a, b) => a[1] - b[1] || Math.abs(a[0].length - word.length) - Math.abs(b[0].length - word.length) || a[0].localeCompare(b[0]))
      .slice(0, max)
      .map(([s]) => s);
  }
}

/**
 * Calls `visit` with every word one edit away from `word` and its rank (lower is likelier): a
 * swapped pair of letters, then a letter left out, then one mistyped, then one too many.
 * Returns early when `visit` returns false.
 */
function eachEdit(word: string, alphabet: string, visit: (candidate: string, rank: number) => boolean | void): boolean {
  const n = word.length;
  for (let i = 0; i < n - 1; i++) if (visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 1) === false) return false;
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const c of alphabet) if (visit(head + c + tail, 2) === false) return false;
  }
  for (let i = 0; i < n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    if (visit(head + tail, 4) === false) return false;
    for (const c of alphabet) if (c !== word[i] && visit(head + c + tail, 3) === false) return false;
  }
  return true;
}

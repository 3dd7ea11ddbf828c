// The words of a text the spelling checker looks at, with where they are. Left out: numbers and
// words touching a figure (1er, 2020-2022), acronyms and names written with capitals inside
// (OGP, DINUM, LibreOffice), web and e-mail addresses, one-letter words, and the words the caller
// accepts (the report's institutions' acronyms).

/** A word of a text, from `start` to `end` (UTF-16 offsets). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const DIGIT = /\d/u;

/** Whether a word is written with a capital after its first letter: an acronym, a brand. */
function hasInnerCapital(word: string): boolean {
  const head = word.split(/['’]/)[0] ?? word;
  const rest = head.slice(1);
  return rest !== rest.toLowerCase();
}

/** The words of `text` to check. */
export function wordsToCheck(text: string, accepted: ReadonlySet<string> = new Set()): Token[] {
  const skipped: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS)) skipped.push([m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    if ([...word].length < 2) continue;
    if (DIGIT.test(text.charAt(start - 1)) || DIGIT.test(text.charAt(end))) continue;
    if (hasInnerCapital(word) || accepted.has(word)) continue;
    if (skipped.some(([a, b]) => start < b && end > a)) continue;
    tokens.push({ word, start, end });
  }
  return tokens;
}

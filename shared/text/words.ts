import type { Inline, RichText } from '../model/richtext.js';

/**
 * How Bilan counts words, the same everywhere (under each field, in validation): a word is a run
 * of letters and digits. Apostrophes and hyphens between letters do not split it, so "l’État",
 * "aujourd’hui" and "peut-être" are one word each, as a word processor counts them (the French
 * elision is not a word of its own). Numbers are words: "2018-2020", "15 000" and "3,5" are one
 * each (a no-break space, comma or point between digits stays inside the number; a plain space
 * between two numbers makes two). Punctuation, dashes,
 * symbols (€, %) and emoji are not words. In rich text, the words of every paragraph, list item,
 * table cell and footnote count; an image's alternative text does not (it is not in the page's
 * running text).
 */

const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’ʼ\-‐‑]+[\p{L}\p{N}\p{M}]|(?<=\p{N})[.,\u00a0\u202f\u2009]\p{N})[\p{L}\p{N}\p{M}]*)*/gu;

/** The number of words in a text. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

function inlineText(inlines: readonly Inline[]): string {
  // A link's words run on with the text around them; a footnote's are apart.
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : i.type === 'link' ? inlineText(i.children) : ` ${inlineText(i.children)} `)).join('');
}

/** The running text of rich text for counting: each block and cell apart, images left out. */
function richText(blocks: RichText): string {
  const items = (list: Extract<RichText[number], { type: 'list' }>): string =>
    list.items.map((item) => `${inlineText(item.children)}\n${item.sublist ? items(item.sublist) : ''}`).join('\n');
  return blocks
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return inlineText(b.children);
      if (b.type === 'table') return b.rows.map((r) => r.map((c) => inlineText(c.children)).join('\n')).join('\n');
      if (b.type === 'list') return items(b);
      return '';
    })
    .join('\n');
}

/** The number of words of a text or rich-text value (undefined: none written). */
export function wordsOf(value: string | RichText | undefined): number {
  if (value === undefined) return 0;
  return countWords(typeof value === 'string' ? value : richText(value));
}

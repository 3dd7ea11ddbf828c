import { inlinesOf } from '../format/integrity.js';
import { chartWords } from './chart.js';
import type { Inline, RichText } from '../model/richtext.js';

function inlineText(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return inline.text;
    case 'break':
      return '\n';
    case 'link':
    case 'footnote':
      return inline.children.map(inlineText).join('');
  }
}

/** The words of a rich-text value, blocks separated by new lines, for search and comparisons. */
export function plainText(blocks: RichText): string {
  return blocks
    .map((b) => (b.type === 'image' ? b.alt : b.type === 'chart' ? chartWords(b) : [...inlinesOf([b])].map(inlineText).join(b.type === 'table' ? '\t' : '')))
    .join('\n');
}

/** Tells whether rich text holds nothing a reader would see (no words, no image). */
export function isBlankRichText(blocks: RichText | undefined): boolean {
  return !blocks || blocks.every((b) => b.type !== 'image' && b.type !== 'chart' && plainText([b]).trim() === '');
}

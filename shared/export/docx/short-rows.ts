import type { LayoutBlock, LayoutInline } from '../layout/types.js';

/** Characters of text under which a row is surely shorter than a page, even in a narrow column. */
const SHORT_ROW_CHARS = 600;

function inlineChars(inlines: readonly LayoutInline[]): number {
  let n = 0;
  for (const i of inlines) n += i.kind === 'text' ? i.text.length : i.kind === 'break' ? 40 : 0;
  return n;
}

function blockChars(block: LayoutBlock): number {
  switch (block.kind) {
    case 'paragraph':
      return inlineChars(block.inlines) + 40;
    case 'heading':
      return block.text.length + 80;
    case 'scale':
      return block.options.join(' ').length + block.markedLabel.length;
    case 'list': {
      let n = 0;
      const walk = (items: typeof block.items) => {
        for (const item of items) {
          n += inlineChars(item.inlines) + 40;
          if (item.sublist) walk(item.sublist.items);
        }
      };
      walk(block.items);
      return n;
    }
    default:
      // Tables, images, figures, asides and cards can be tall whatever their text.
      return Infinity;
  }
}

/**
 * Whether a table row is short enough that it should never break across pages: a row of a
 * line or two split over two pages looks broken, while a long row must break so that no text
 * is ever lost (a row that may not break and is taller than the page is cut off by LibreOffice).
 */
export function isShortRow(cells: readonly (readonly LayoutBlock[])[]): boolean {
  let total = 0;
  for (const blocks of cells) for (const b of blocks) total += blockChars(b);
  return total < SHORT_ROW_CHARS;
}

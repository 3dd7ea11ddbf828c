import type { LayoutBlock, LayoutCell } from './types.js';

function cellText(blocks: readonly LayoutBlock[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('') : b.kind === 'list' ? b.items.map((i) => i.inlines.map((x) => (x.kind === 'text' ? x.text : ' ')).join('')).join(' ') : '')).join(' ');
}

/**
 * Relative column widths from a table's content, so that no column is narrower than its longest
 * word (words are then never cut, in the PDF or in Word) and long texts get the room they need.
 * Counted in characters: both renderers then scale the widths to the text width.
 */
export function contentWidths(rows: readonly (readonly LayoutCell[])[]): number[] {
  const columns = rows[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    const texts = rows.map((row) => cellText(row[c]?.blocks ?? []));
    const longestWord = Math.max(1, ...texts.flatMap((t) => t.split(/\s+/).map((w) => Math.min(w.length, 30))));
    const average = texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length);
    // The constant stands for the cell's padding, which every column pays whatever its text.
    return Math.max(longestWord, Math.min(average, 60) * 0.5) + 4;
  });
}

import type { LayoutBlock, LayoutCell, LayoutInline, LayoutListItem, ParagraphStyle } from './types.js';

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

/** A piece of an unbreakable word, and how it is set. */
export interface WordPart {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A word no line break may cut (its parts in their runs), and the paragraph style it is set in. */
export interface CellWord {
  parts: WordPart[];
  style: ParagraphStyle;
}

/**
 * Words longer than this are cut short for measuring: such a word is wider than any column can
 * grant (see {@link fitColumns}'s cap), and measuring it whole would cost its length again.
 */
const MEASURED_WORD = 120;

/** The words of a run of inlines that a line cannot break (split at ordinary spaces and line breaks only: a no-break space holds). */
function inlineWords(inlines: readonly LayoutInline[], style: ParagraphStyle, bold: boolean, into: CellWord[]): void {
  let word: CellWord | null = null;
  for (const inline of inlines) {
    if (inline.kind !== 'text') {
      word = null;
      continue;
    }
    const pieces = inline.text.split(/([ \t\n\r]+)/);
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) {
        word = null;
        return;
      }
      if (!piece) return;
      const part = { text: piece.slice(0, MEASURED_WORD), bold: bold || !!inline.bold, italic: !!inline.italic };
      // No space between two runs ("italique" then ","): one word, never broken apart.
      if (word) word.parts.push(part);
      else {
        word = { parts: [part], style };
        into.push(word);
      }
    });
  }
}

/**
 * The unbreakable words of a cell's paragraphs and lists (bold throughout in a header row, as
 * both renderers set it). Nested tables fit their own columns.
 */
export function cellWords(blocks: readonly LayoutBlock[], header: boolean): CellWord[] {
  const out: CellWord[] = [];
  const list = (items: readonly LayoutListItem[], style: ParagraphStyle) => {
    for (const item of items) {
      inlineWords(item.inlines, style, header, out);
      if (item.sublist) list(item.sublist.items, style);
    }
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') inlineWords(b.inlines, b.style, header, out);
    else if (b.kind === 'list') list(b.items, 'body');
  }
  return out;
}

/**
 * For each column, the width its longest unbreakable word needs, `measure` giving a word's
 * width and `padding` what a cell takes on top of its text (both sides). `bound` is a cheap
 * ceiling of a word's width (its characters' advances added up, unshaped): words are measured
 * widest ceiling first, and no more once the next ceiling is below the width found, so that a
 * long text in a table costs no shaping of every word for the few that matter.
 */
export function wordMinimums(
  rows: readonly (readonly LayoutCell[])[],
  headerRows: number,
  columns: number,
  measure: (word: CellWord) => number,
  bound: (word: CellWord) => number,
  padding: number,
): number[] {
  const words = Array.from({ length: columns }, () => [] as { word: CellWord; ceiling: number }[]);
  rows.forEach((row, r) => {
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (cell) for (const word of cellWords(cell.blocks, r < headerRows)) words[c]!.push({ word, ceiling: bound(word) });
    }
  });
  return words.map((list) => {
    list.sort((a, b) => b.ceiling - a.ceiling);
    let widest = 0;
    for (const { word, ceiling } of list) {
      if (ceiling <= widest) break;
      widest = Math.max(widest, measure(word));
    }
    return widest > 0 ? widest + padding : 0;
  });
}

/**
 * Column widths (same total as `widths`) in which no column is narrower than its minimum, the
 * room given to narrow columns taken from the others in proportion to what they have to spare:
 * a column of short words ("Substantial" under a level of the summary table) is widened just
 * enough that the word is never cut in the middle. A minimum is capped at half the table (a
 * pasted address must not crush its neighbours; it is cut at its separators instead); when the
 * minimums together exceed the table, each column gets its minimum's share of it.
 */
export function fitColumns(widths: readonly number[], minimums: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const mins = widths.map((_, i) => Math.min(Math.max(0, minimums[i] ?? 0), total / 2));
  const needed = mins.reduce((a, b) => a + b, 0);
  if (needed > total) return mins.map((m) => (m / needed) * total);
  const out = [...widths];
  let deficit = 0;
  let spare = 0;
  out.forEach((w, i) => {
    if (w < mins[i]!) deficit += mins[i]! - w;
    else spare += w - mins[i]!;
  });
  if (deficit <= 0) return out;
  return out.map((w, i) => (w < mins[i]! ? mins[i]! : w - ((w - mins[i]!) / spare) * deficit));
}

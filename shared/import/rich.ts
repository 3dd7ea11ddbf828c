import { LIMITS } from '../model/limits.js';
import type { Block, Inline, List, ListItem, TableCell } from '../model/richtext.js';
import type { SourceBlock, SourceCell, SourceParagraph } from './source.js';

/**
 * Source blocks as rich text: paragraphs, sub-headings, nested lists, tables (merged cells
 * spread over the grid, a table inside a cell written out in it), images and notes. Nothing
 * is left out: what rich text cannot hold where it stands is written out as text or moved just
 * after (an image in a table cell follows the table).
 */

/** The media id of an image by its index in the document, or undefined when it could not be kept. */
export type MediaOf = (index: number) => string | undefined;

/** What stands in for an image that could not be kept (its format, its size): its alternative text, said. */
export type MissingImage = (alt: string) => Inline[];

export interface RichOptions {
  media: MediaOf;
  missingImage: MissingImage;
}

/** The plain text of inlines (notes included, in brackets), for matching and titles. */
export function inlineText(inlines: readonly Inline[]): string {
  let s = '';
  for (const x of inlines) {
    if (x.type === 'text') s += x.text;
    else if (x.type === 'break') s += '\n';
    else if (x.type === 'link') s += inlineText(x.children);
  }
  return s;
}

/** The text of source blocks, one line per paragraph, cells separated by tabs. */
export function sourceText(blocks: readonly SourceBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(inlineText(b.inlines));
    else if (b.kind === 'image') lines.push(b.alt);
    else for (const row of b.rows) lines.push(row.map((c) => sourceText(c.blocks).replace(/\n/g, ' ')).join('\t'));
  }
  return lines.join('\n');
}

/** Trims the white space at both ends of a paragraph's inlines (and leading and trailing breaks). */
export function trimInlines(inlines: readonly Inline[]): Inline[] {
  const out = [...inlines];
  while (out.length && (out[0]!.type === 'break' || (out[0]!.type === 'text' && !/\S/.test((out[0] as { text: string }).text)))) out.shift();
  while (out.length && (out[out.length - 1]!.type === 'break' || (out[out.length - 1]!.type === 'text' && !/\S/.test((out[out.length - 1] as { text: string }).text)))) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

/** A text run cut to the longest the model holds (a longer one is split, never cut short). */
function fitRuns(inlines: Inline[]): Inline[] {
  if (!inlines.some((x) => x.type === 'text' && x.text.length > LIMITS.textLength)) return inlines;
  const out: Inline[] = [];
  for (const x of inlines) {
    if (x.type !== 'text' || x.text.length <= LIMITS.textLength) out.push(x);
    else for (let i = 0; i < x.text.length; i += LIMITS.textLength) out.push({ ...x, text: x.text.slice(i, i + LIMITS.textLength) });
  }
  return out;
}

/** Converts source blocks to rich text. */
export function toRichText(blocks: readonly SourceBlock[], options: RichOptions): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && b.list) {
      const start = i;
      i++;
      // A list runs on through its items and the paragraphs indented under them (an item's second paragraph).
      while (i < blocks.length) {
        const n = blocks[i]!;
        if (n.kind === 'paragraph' && (n.list || (n.indented && n.heading === undefined))) i++;
        else break;
      }
      out.push(buildList(blocks.slice(start, i) as SourceParagraph[]));
      continue;
    }
    i++;
    if (b.kind === 'paragraph') {
      const children = fitRuns(trimInlines(b.inlines));
      if (!children.length) continue;
      if (b.heading !== undefined && b.heading > 0) out.push({ type: 'heading', level: Math.min(3, b.heading) as 1 | 2 | 3, children });
      else out.push({ type: 'paragraph', children });
    } else if (b.kind === 'image') {
      const media = options.media(b.index);
      if (media) out.push({ type: 'image', media, alt: b.alt.slice(0, LIMITS.plainLength) });
      else out.push({ type: 'paragraph', children: options.missingImage(b.alt) });
    } else {
      const after: Block[] = [];
      const table = buildTable(b.rows, b.headerRow, options, after);
      if (table) out.push(table);
      out.push(...after);
    }
  }
  return out;
}

function buildList(paragraphs: readonly SourceParagraph[]): List {
  const root: List = { type: 'list', ordered: paragraphs.find((p) => p.list)?.list?.ordered ?? false, items: [] };
  // The open list at each level, the outer one first.
  const open: List[] = [root];
  for (const p of paragraphs) {
    const children = fitRuns(trimInlines(p.inlines));
    if (!p.list) {
      // A paragraph under an item continues it, after a line break.
      const list = open[open.length - 1]!;
      const item = list.items[list.items.length - 1];
      if (item) {
        if (children.length) item.children.push({ type: 'break' }, ...children);
      } else list.items.push({ children });
      continue;
    }
    const level = Math.min(p.list.level, LIMITS.listDepth - 1);
    while (open.length > level + 1) open.pop();
    while (open.length < level + 1) {
      const parent = open[open.length - 1]!;
      let item = parent.items[parent.items.length - 1];
      if (!item) {
        item = { children: [] };
        parent.items.push(item);
      }
      item.sublist ??= { type: 'list', ordered: p.list.ordered, items: [] };
      open.push(item.sublist);
    }
    const item: ListItem = { children };
    open[open.length - 1]!.items.push(item);
  }
  return root;
}

/** The inlines of a cell's blocks: paragraphs on their own lines, list items marked, an inner table row by row. */
function cellInlines(blocks: readonly SourceBlock[], options: RichOptions, after: Block[]): Inline[] {
  const out: Inline[] = [];
  const line = (inlines: readonly Inline[]) => {
    const trimmed = trimInlines(inlines);
    if (!trimmed.length) return;
    if (out.length) out.push({ type: 'break' });
    out.push(...trimmed);
  };
  const counters: number[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.list) {
        counters.length = b.list.level + 1;
        counters[b.list.level] = (counters[b.list.level] ?? 0) + 1;
        const mark = b.list.ordered ? `${counters[b.list.level]}. ` : '• ';
        line([{ type: 'text', text: `${'  '.repeat(b.list.level)}${mark}` }, ...trimInlines(b.inlines)]);
      } else line(b.inlines);
    } else if (b.kind === 'image') {
      const media = options.media(b.index);
      if (media) after.push({ type: 'image', media, alt: b.alt.slice(0, LIMITS.plainLength) });
      else line(options.missingImage(b.alt));
    } else {
      for (const row of b.rows) {
        const cells: Inline[] = [];
        for (const c of row) {
          const inner = cellInlines(c.blocks, options, after);
          if (!inner.length) continue;
          if (cells.length) cells.push({ type: 'text', text: ' | ' });
          cells.push(...inner.map((x): Inline => (x.type === 'break' ? { type: 'text', text: ' ' } : x)));
        }
        line(cells);
      }
    }
  }
  return fitRuns(out);
}

/** A table on the grid its merged cells span; undefined for a table with no cell. */
export function buildTable(rows: readonly SourceCell[][], headerRow: boolean, options: RichOptions, after: Block[]): Block | undefined {
  const grid: (TableCell | null)[][] = [];
  // Columns still taken by a cell spanning rows from above: how many rows more.
  const taken: number[] = [];
  for (const [r, row] of rows.entries()) {
    const cells: (TableCell | null)[] = (grid[r] = []);
    let col = 0;
    for (const cell of row) {
      while ((taken[col] ?? 0) > 0) {
        cells[col] = { children: [] };
        taken[col]!--;
        col++;
      }
      cells[col] = { children: cellInlines(cell.blocks, options, after) };
      for (let k = 0; k < cell.colSpan; k++) {
        if (k > 0) cells[col + k] = { children: [] };
        if (cell.rowSpan > 1) taken[col + k] = cell.rowSpan - 1;
      }
      col += cell.colSpan;
    }
    for (let c = col; c < taken.length; c++) {
      if ((taken[c] ?? 0) > 0) {
        cells[c] = { children: [] };
        taken[c]!--;
      }
    }
  }
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (width === 0) return undefined;
  const filled = grid.filter((r) => r.length > 0).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { children: [] }));
  return { type: 'table', headerRow, rows: filled };
}

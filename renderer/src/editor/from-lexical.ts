import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode, TableCellHeaderStates, type TableNode } from '@lexical/table';
import { $isDecoratorNode, $isElementNode, $isLineBreakNode, $isParagraphNode, $isTextNode, type LexicalNode } from 'lexical';
import type { Block, Image, Inline, LineBreak, List, ListItem, RichText, Table, TableCell, TextRun } from '../../../shared/model/richtext.js';
import { boundedChart } from './nodes/chart-model.js';
import { $isChartNode } from './nodes/ChartNode.js';
import { $isFootnoteNode } from './nodes/FootnoteNode.js';
import { $isImageNode, type ImageNode } from './nodes/ImageNode.js';
import { clampImageWidth, headingLevel, isKeptUrl, MAX_ALT_LENGTH, MAX_LIST_DEPTH, MAX_RUN_LENGTH } from './rules.js';
import { $getTableWidths } from './table-widths.js';

/**
 * Report rich text read from Lexical nodes: a root's children, or nodes freshly made from pasted
 * HTML. Whatever shape the nodes have, the result holds only what the report model allows
 * (see rules.ts) and passes `RichText.safeParse`.
 */
export function $nodesToRichText(nodes: readonly LexicalNode[]): RichText {
  const blocks = $blocks(nodes);
  while (blocks.length > 0 && isEmptyParagraph(blocks[blocks.length - 1]!)) blocks.pop();
  return blocks;
}

/** Where inlines stand: links hold no links, footnotes no footnotes. */
interface InlineContext {
  inLink: boolean;
  inFootnote: boolean;
}
const TOP: InlineContext = { inLink: false, inFootnote: false };
const BREAK: LineBreak = { type: 'break' };

const isEmptyParagraph = (block: Block) => block.type === 'paragraph' && block.children.length === 0;

function isBlockNode(node: LexicalNode): boolean {
  return ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
}

function $blocks(nodes: readonly LexicalNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: LexicalNode[] = [];
  const flush = () => {
    if (loose.length > 0) blocks.push(...$textBlocks(loose, paragraph));
    loose = [];
  };
  for (const node of nodes) {
    if (isBlockNode(node)) {
      flush();
      blocks.push(...$block(node));
    } else {
      loose.push(node);
    }
  }
  flush();
  return mergeAdjacentLists(blocks);
}

const paragraph = (children: Inline[]): Block => ({ type: 'paragraph', children });

function $block(node: LexicalNode): Block[] {
  if ($isImageNode(node)) return image(node);
  if ($isChartNode(node)) return [boundedChart(node.getChart())];
  if ($isParagraphNode(node)) return $textBlocks(node.getChildren(), paragraph);
  if ($isHeadingNode(node)) {
    const level = headingLevel(node.getTag());
    return $textBlocks(node.getChildren(), (children) => ({ type: 'heading', level, children }));
  }
  if ($isListNode(node)) return optional($list(node, 1));
  if ($isTableNode(node)) return optional($table(node));
  // Quotes, code blocks and stray rows, cells or items (from a paste) keep their content.
  if ($isElementNode(node)) {
    const children = node.getChildren();
    return children.some(isBlockNode) ? $blocks(children) : $textBlocks(children, paragraph);
  }
  return [];
}

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

/** A paragraph or heading; an image inside it (from a paste) is lifted out as a block of its own. */
function $textBlocks(children: readonly LexicalNode[], make: (children: Inline[]) => Block): Block[] {
  const out: Block[] = [];
  let run: LexicalNode[] = [];
  let images = 0;
  const flush = (keepEmpty: boolean) => {
    const inlines = $containerInlines(run);
    if (inlines.length > 0 || keepEmpty) out.push(make(inlines));
    run = [];
  };
  for (const child of children) {
    if ($isImageNode(child)) {
      flush(false);
      out.push(...image(child));
      images++;
    } else {
      run.push(child);
    }
  }
  flush(images === 0);
  return out;
}

function image(node: ImageNode): Image[] {
  const media = node.getMedia();
  if (media === '') return [];
  const width = clampImageWidth(node.getWidth());
  return [{ type: 'image', media, alt: node.getAlt().slice(0, MAX_ALT_LENGTH), ...(width === undefined ? {} : { width }) }];
}

/** The inlines of a container (cell, list item) whose blocks are joined by line breaks. */
function $containerInlines(nodes: readonly LexicalNode[]): Inline[] {
  const parts: Inline[][] = [];
  let run: LexicalNode[] = [];
  const flush = () => {
    if (run.length > 0) parts.push($inlines(run, TOP));
    run = [];
  };
  for (const node of nodes) {
    if (!isBlockNode(node)) {
      run.push(node);
    } else if ($isElementNode(node)) {
      flush();
      parts.push($containerInlines(node.getChildren()));
    }
  }
  flush();
  return mergeRuns(parts.flatMap((part, i) => (i === 0 ? part : [BREAK, ...part])));
}

function $inlines(nodes: readonly LexicalNode[], context: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if ($isTextNode(node)) {
      out.push(...textRuns(node.getTextContent(), node.hasFormat('bold'), node.hasFormat('italic')));
    } else if ($isLineBreakNode(node)) {
      out.push(BREAK);
    } else if ($isLinkNode(node)) {
      out.push(...$link(node, context));
    } else if ($isFootnoteNode(node)) {
      const children = $inlines(node.getChildren(), { ...context, inFootnote: true });
      if (context.inFootnote) out.push(...children);
      else if (children.length > 0) out.push({ type: 'footnote', children: children.filter((c) => c.type !== 'footnote') });
    } else if ($isElementNode(node)) {
      out.push(...$inlines(node.getChildren(), context));
    }
    // Inline decorators (mentions, embeds) have no place in a report and are dropped.
  }
  return mergeRuns(out);
}

/** A safe link; an unsafe or nested one gives its text, and a footnote inside it is moved out. */
function $link(node: LinkNode, context: InlineContext): Inline[] {
  const inner = $inlines(node.getChildren(), { ...context, inLink: true });
  const url = node.getURL();
  if (context.inLink || !isKeptUrl(url)) return inner;
  const out: Inline[] = [];
  let run: (TextRun | LineBreak)[] = [];
  const flush = () => {
    if (run.length > 0) out.push({ type: 'link', url, children: run });
    run = [];
  };
  for (const inline of inner) {
    if (inline.type === 'text' || inline.type === 'break') {
      run.push(inline);
    } else {
      flush();
      out.push(inline);
    }
  }
  flush();
  return out;
}

function textRuns(text: string, bold: boolean, italic: boolean): TextRun[] {
  const runs: TextRun[] = [];
  for (let at = 0; at < text.length; at += MAX_RUN_LENGTH) {
    runs.push({ type: 'text', text: text.slice(at, at + MAX_RUN_LENGTH), ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
  }
  return runs;
}

/** Joins neighbouring runs of the same emphasis, as the editor itself does. */
function mergeRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (
      inline.type === 'text' &&
      last?.type === 'text' &&
      !!last.bold === !!inline.bold &&
      !!last.italic === !!inline.italic &&
      last.text.length + inline.text.length <= MAX_RUN_LENGTH
    ) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      out.push(inline);
    }
  }
  return out;
}

// Lexical keeps a nested list in its own item after its parent item; the report hangs it on
// the parent as `sublist`. Beyond the deepest nesting allowed, items join the deepest list.
function $list(node: ListNode, depth: number): List | undefined {
  const items: ListItem[] = [];
  for (const child of node.getChildren()) {
    if (!$isListItemNode(child)) continue;
    const kids = child.getChildren();
    const content = kids.filter((k) => !$isListNode(k));
    const sublist = kids
      .filter($isListNode)
      .map((l) => $list(l, depth + 1))
      .reduce<List | undefined>((merged, l) => (merged && l ? { ...merged, items: [...merged.items, ...l.items] } : (merged ?? l)), undefined);
    const previous = items[items.length - 1];
    if (sublist && depth >= MAX_LIST_DEPTH) {
      if (content.length > 0) items.push({ children: $containerInlines(content) });
      items.push(...flatItems(sublist));
    } else if (sublist && content.length === 0 && previous && !previous.sublist) {
      previous.sublist = sublist;
    } else if (sublist && content.length === 0 && previous?.sublist?.ordered === sublist.ordered) {
      previous.sublist.items.push(...sublist.items);
    } else {
      items.push({ children: $containerInlines(content), ...(sublist ? { sublist } : {}) });
    }
  }
  return items.length > 0 ? { type: 'list', ordered: node.getListType() === 'number', items } : undefined;
}

const flatItems = (list: List): ListItem[] =>
  list.items.flatMap((item) => [{ children: item.children }, ...(item.sublist ? flatItems(item.sublist) : [])]);

/** Neighbouring lists of the same kind are one list in the editor, and so in the report. */
function mergeAdjacentLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] };
    } else {
      out.push(block);
    }
  }
  return out;
}

// A merged cell gives empty cells for the columns it spans, and short rows are padded, so the
// table stays rectangular.
function $table(node: TableNode): Table | undefined {
  const rows: TableCell[][] = [];
  let headerRow = true;
  for (const row of node.getChildren()) {
    if (!$isTableRowNode(row)) continue;
    const cells: TableCell[] = [];
    for (const cell of row.getChildren()) {
      if (!$isTableCellNode(cell)) continue;
      if (rows.length === 0 && !cell.hasHeaderState(TableCellHeaderStates.ROW)) headerRow = false;
      cells.push({ children: $containerInlines(cell.getChildren()) });
      for (let i = 1; i < cell.getColSpan(); i++) cells.push({ children: [] });
    }
    if (cells.length > 0) rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  const columns = Math.max(...rows.map((r) => r.length));
  for (const row of rows) while (row.length < columns) row.push({ children: [] });
  const widths = $getTableWidths(node, columns);
  return { type: 'table', headerRow, ...(widths ? { widths } : {}), rows };
}

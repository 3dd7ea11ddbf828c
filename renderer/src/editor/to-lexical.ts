import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates, type TableNode } from '@lexical/table';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, type LexicalNode } from 'lexical';
import type { Block, Inline, List, RichText, Table } from '../../../shared/model/richtext.js';
import { $createChartNode } from './nodes/ChartNode.js';
import { $createFootnoteNode } from './nodes/FootnoteNode.js';
import { $createImageNode } from './nodes/ImageNode.js';
import { $setTableWidths } from './table-widths.js';

/** Lexical nodes for report rich text, one top-level node per block. */
export function $richTextToNodes(blocks: RichText): LexicalNode[] {
  return blocks.map($block);
}

function $block(block: Block): LexicalNode {
  switch (block.type) {
    case 'paragraph':
      return $createParagraphNode().append(...$inlines(block.children));
    case 'heading':
      return $createHeadingNode(`h${block.level}`).append(...$inlines(block.children));
    case 'list':
      return $list(block);
    case 'table':
      return $table(block);
    case 'image':
      return $createImageNode(block);
    case 'chart':
      return $createChartNode(block);
  }
}

function $inlines(inlines: readonly Inline[]): LexicalNode[] {
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text': {
        const text = $createTextNode(inline.text);
        if (inline.bold) text.toggleFormat('bold');
        if (inline.italic) text.toggleFormat('italic');
        return text;
      }
      case 'break':
        return $createLineBreakNode();
      case 'link':
        return $createLinkNode(inline.url).append(...$inlines(inline.children));
      case 'footnote':
        return $createFootnoteNode().append(...$inlines(inline.children));
    }
  });
}

// Lexical's convention: a nested list sits alone in the list item that follows its parent item.
function $list(list: List): ListNode {
  const node = $createListNode(list.ordered ? 'number' : 'bullet');
  for (const item of list.items) {
    node.append($createListItemNode().append(...$inlines(item.children)));
    if (item.sublist) node.append($createListItemNode().append($list(item.sublist)));
  }
  return node;
}

function $table(table: Table): TableNode {
  const node = $createTableNode();
  table.rows.forEach((row, r) => {
    const header = table.headerRow && r === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
    const rowNode = $createTableRowNode();
    for (const cell of row) {
      rowNode.append($createTableCellNode(header).append($createParagraphNode().append(...$inlines(cell.children))));
    }
    node.append(rowNode);
  });
  if (table.widths) $setTableWidths(node, table.widths);
  return node;
}

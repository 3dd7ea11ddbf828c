import type { Inline, List, RichText } from '../model/richtext.js';
import { chartCells } from '../report/chart.js';

/**
 * Rich text as the plain text of a CSV cell: paragraphs and headings on their own lines, list
 * items as "• item" lines (nested ones indented), table rows with their cells joined by " | ",
 * a link as its text followed by its address in parentheses when they differ, a footnote in
 * square brackets where it stands, an image as its alternative text.
 */
export function richTextToPlain(blocks: RichText): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        lines.push(inlines(block.children));
        break;
      case 'list':
        listLines(block, 0, lines);
        break;
      case 'table':
        for (const row of block.rows) lines.push(row.map((cell) => inlines(cell.children)).join(' | '));
        break;
      case 'image':
        if (block.alt.trim() !== '') lines.push(block.alt);
        break;
      case 'chart':
        if (block.title.trim() !== '') lines.push(block.title);
        for (const row of chartCells(block)) lines.push(row.join(' | '));
        break;
    }
  }
  return lines.join('\n').trim();
}

function listLines(list: List, depth: number, lines: string[]): void {
  list.items.forEach((item, i) => {
    lines.push(`${'  '.repeat(depth)}${list.ordered ? `${i + 1}.` : '•'} ${inlines(item.children)}`);
    if (item.sublist) listLines(item.sublist, depth + 1, lines);
  });
}

function inlines(children: readonly Inline[]): string {
  return children.map(inline).join('');
}

function inline(node: Inline): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'break':
      return '\n';
    case 'link': {
      const text = inlines(node.children);
      return text.trim() === '' || text.trim() === node.url ? node.url : `${text} (${node.url})`;
    }
    case 'footnote':
      return ` [${inlines(node.children)}]`;
  }
}

/** Every link of a rich text, with its text, in reading order. */
export function linksOf(blocks: RichText): { label: string; url: string }[] {
  const found: { label: string; url: string }[] = [];
  const visit = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') found.push({ label: inlines(node.children).trim(), url: node.url });
      else if (node.type === 'footnote') visit(node.children);
    }
  };
  const visitList = (list: List) => {
    for (const item of list.items) {
      visit(item.children);
      if (item.sublist) visitList(item.sublist);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') visit(block.children);
    else if (block.type === 'list') visitList(block);
    else if (block.type === 'table') for (const row of block.rows) for (const cell of row) visit(cell.children);
  }
  return found;
}

import { Bookmark, Paragraph, Table, TextRun } from 'docx';
import type { LayoutBlock, LayoutHeading } from '../layout/types.js';
import { renderAside } from './aside.js';
import { renderCard } from './card.js';
import { renderChart } from './chart.js';
import type { Container, RenderContext } from './context.js';
import { renderFigures } from './figures.js';
import { renderImage } from './image.js';
import { renderInlines } from './inlines.js';
import { renderList } from './list.js';
import { paragraphStyleId } from './paragraph-styles.js';
import { renderScale } from './scale.js';
import { StyleId } from './style-ids.js';
import { renderTable } from './table.js';
import { bookmarkName, xmlSafe } from './text.js';

/**
 * A heading in Word's Heading 1–3 style (which carries its outline level), wrapped in a
 * bookmark named after its anchor for the table of contents and internal links.
 */
function renderHeading(h: LayoutHeading, where: Container): Paragraph {
  return new Paragraph({
    style: StyleId.heading[h.level],
    // A page break inside a table cell would split the table: only body headings get one.
    ...(h.pageBreakBefore && where.role === 'page' ? { pageBreakBefore: true } : {}),
    children: [new Bookmark({ id: bookmarkName(h.anchor), children: [new TextRun(xmlSafe(h.text))] })],
  });
}

/** Layout blocks as Word paragraphs and tables, placed in `where`. */
export function renderBlocks(blocks: readonly LayoutBlock[], ctx: RenderContext, where: Container): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) renderBlock(block, ctx, where, out);
  return out;
}

/**
 * One block, appended to `out` (a block may give several paragraphs, or none). A table is
 * followed by a small spacer paragraph: Word and LibreOffice join two tables that touch.
 */
export function renderBlock(block: LayoutBlock, ctx: RenderContext, where: Container, out: (Paragraph | Table)[]): void {
  appendBlock(block, ctx, where, out);
  if (out[out.length - 1] instanceof Table) out.push(new Paragraph({ style: StyleId.spacer }));
}

function appendBlock(block: LayoutBlock, ctx: RenderContext, where: Container, out: (Paragraph | Table)[]): void {
  switch (block.kind) {
    case 'heading':
      out.push(renderHeading(block, where));
      return;
    case 'paragraph':
      out.push(new Paragraph({ style: paragraphStyleId(block.style, where, block.align === 'center'), children: renderInlines(block.inlines, ctx) }));
      return;
    case 'list':
      out.push(...renderList(block, ctx));
      return;
    case 'table':
      out.push(renderTable(block, ctx, where));
      return;
    case 'image':
      out.push(renderImage(block, ctx, where));
      return;
    case 'figures': {
      const table = renderFigures(block, ctx, where);
      if (table) out.push(table);
      return;
    }
    case 'scale':
      out.push(renderScale(block, where));
      return;
    case 'aside':
      out.push(renderAside(block, ctx, where));
      return;
    case 'card':
      out.push(renderCard(block, ctx, where));
      return;
    case 'chart':
      out.push(renderChart(block, ctx, where));
      return;
    case 'notes':
      // The PDF prints notes at the end of their section; Word has real footnotes, made from the calls.
      return;
  }
}

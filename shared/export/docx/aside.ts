import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { LayoutAside } from '../layout/types.js';
import { renderBlocks } from './blocks.js';
import type { Container, RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { cellChildren } from './table.js';
import { dxa, fill, fixedTable, innerWidth, noBorders, type CellMargin } from './table-look.js';
import { xmlSafe } from './text.js';
import { hex } from './units.js';

const ASIDE_MARGIN: CellMargin = { top: 120, bottom: 80, left: 200, right: 200 };

/**
 * Text set apart (the IRM's recommendations): a one-cell table on the aside colour with a rule
 * in the primary colour on its left, its title in bold. A table, unlike shaded paragraphs,
 * keeps one box around lists and nested tables in both Word and LibreOffice.
 */
export function renderAside(aside: LayoutAside, ctx: RenderContext, where: Container): Table {
  const inner: Container = { width: innerWidth(where.width, ASIDE_MARGIN), role: 'aside' };
  const title = new Paragraph({ style: StyleId.asideTitle, children: [new TextRun(xmlSafe(aside.title))] });
  const rule = { style: BorderStyle.SINGLE, size: 24, color: hex(ctx.style.colours.primary) };
  const cell = new TableCell({
    width: dxa(where.width),
    shading: fill(ctx.style.colours.asideBackground),
    borders: { left: rule },
    children: cellChildren([title, ...renderBlocks(aside.blocks, ctx, inner)], StyleId.asideText),
  });
  return new Table(fixedTable([where.width], [new TableRow({ cantSplit: false, children: [cell] })], noBorders(), ASIDE_MARGIN));
}

import { Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable } from 'docx';
import type { LayoutCardTable } from '../layout/types.js';
import { renderBlocks } from './blocks.js';
import type { Container, RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { cellChildren } from './table.js';
import { dxa, fill, fixedTable, gridBorders, innerWidth } from './table-look.js';
import { xmlSafe } from './text.js';
import { isShortRow } from './short-rows.js';
import { splitWidth } from './units.js';

/**
 * A card as the 2018–2020 report lays it out: a two-column table, the field's label on the
 * left on the label colour, its content on the right. Long rows break across pages, so a long
 * field flows on; Word paginates, so the layout's "(continued)" label cannot be placed and is
 * not written.
 */
export function renderCard(card: LayoutCardTable, ctx: RenderContext, where: Container): Table {
  const widths = splitWidth(where.width, card.widths);
  const [labelWidth, contentWidth] = [widths[0]!, widths[1]!];
  const content: Container = { width: innerWidth(contentWidth), role: 'cell' };
  const short = card.rows.map((row) => isShortRow([row.blocks]));
  const last = card.rows.length - 1;
  // No last row alone on a page (kept with the one before), nor apart from the box that follows.
  const keep = (r: number) => short[r]! && ((r === last - 1 && short[last]!) || (r === last && !!card.keepWithNext));
  const rows = card.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: short[r]!,
        ...(keep(r) ? { keepNext: true } : {}),
        children: [
          new TableCell({
            width: dxa(labelWidth),
            shading: fill(ctx.style.colours.labelBackground),
            verticalAlign: VerticalAlignTable.TOP,
            children: [new Paragraph({ style: StyleId.cardLabel, children: [new TextRun(xmlSafe(row.label))] })],
          }),
          new TableCell({
            width: dxa(contentWidth),
            verticalAlign: VerticalAlignTable.TOP,
            children: cellChildren(renderBlocks(row.blocks, ctx, content), StyleId.tableText),
          }),
        ],
      }),
  );
  return new Table(fixedTable(widths, rows, gridBorders(ctx.style)));
}

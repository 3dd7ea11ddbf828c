import { BuilderElement, Paragraph, Table, TableCell, TableRow, VerticalAlignTable, type ITableOptions } from 'docx';
import type { LayoutBlock, LayoutCell, LayoutTable } from '../layout/types.js';
import { renderBlocks } from './blocks.js';
import type { Container, RenderContext } from './context.js';
import { paragraphStyleId } from './paragraph-styles.js';
import { dxa, fill, fixedTable, gridBorders, innerWidth, tint } from './table-look.js';
import { isShortRow } from './short-rows.js';
import { xmlSafe } from './text.js';
import { splitWidth } from './units.js';

/**
 * A cell's content: Word requires at least one paragraph in a cell, and a paragraph after a
 * nested table, or it reports the file as damaged.
 */
export function cellChildren(content: (Paragraph | Table)[], emptyStyle: string): (Paragraph | Table)[] {
  if (content.length === 0 || content[content.length - 1] instanceof Table) return [...content, new Paragraph({ style: emptyStyle })];
  return content;
}

/** A header cell's paragraphs in bold (the PDF sets them so too); centred cells' paragraphs centred. */
function cellBlocks(cell: LayoutCell, header: boolean): LayoutBlock[] {
  const centred = cell.align === 'center';
  if (!header && !centred) return cell.blocks;
  return cell.blocks.map((b) =>
    b.kind !== 'paragraph'
      ? b
      : {
          ...b,
          ...(centred && !b.align ? { align: 'center' as const } : {}),
          inlines: header ? b.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i)) : b.inlines,
        },
  );
}

function gridCell(cell: LayoutCell, width: number, ctx: RenderContext, nested: boolean, header: boolean): TableCell {
  const inner: Container = { width: innerWidth(width), role: 'cell', nested };
  const centred = cell.align === 'center';
  const blocks = cellBlocks(cell, header);
  const colours = ctx.style.colours;
  const shading = cell.shade === 'header' ? fill(colours.labelBackground) : cell.shade === 'mark' ? fill(tint(colours.primary, 0.22)) : undefined;
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    ...(shading ? { shading } : {}),
    children: cellChildren(renderBlocks(blocks, ctx, inner), paragraphStyleId('body', inner, centred)),
  });
}

/**
 * A table with alternative text (Word's Table Properties › Alt Text), which screen readers
 * announce; docx has no option for it, and it goes last in the table's properties.
 */
class DescribedTable extends Table {
  constructor(options: ITableOptions, description: string) {
    super(options);
    const properties = this.root[0] as BuilderElement;
    const text = (name: string) => new BuilderElement<{ val: string }>({ name, attributes: { val: { key: 'w:val', value: description } } });
    properties.addChildElement(text('w:tblCaption'));
    properties.addChildElement(text('w:tblDescription'));
  }
}

/**
 * A grid table: fixed column widths from the layout's relative widths, header rows repeated
 * at the top of every page, long rows free to break across pages so that no text is ever cut.
 */
export function renderTable(table: LayoutTable, ctx: RenderContext, where: Container): Table {
  const columns = Math.max(table.widths.length, ...table.rows.map((r) => r.length), 1);
  const weights = Array.from({ length: columns }, (_, i) => table.widths[i] ?? 1);
  const widths = splitWidth(where.width, weights);
  const nested = where.role !== 'page';
  const short = table.rows.map((row) => isShortRow(row.map((cell) => cell.blocks)));
  const last = table.rows.length - 1;
  // Word keeps a row whose paragraphs "keep with next" on the page of the next row: the header
  // with two rows (no orphan), the last two rows together (no widow), the last with what
  // follows when the table asks it (the summary table's headline). Long rows never: they must break.
  const keep = (r: number) => short[r]! && (r < table.headerRows + 1 || (r === last - 1 && short[last]!) || (r === last && !!table.keepWithNext));
  const rows = table.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < table.headerRows,
        cantSplit: short[r]!,
        ...(keep(r) && last > table.headerRows + 1 ? { keepNext: true } : {}),
        children: widths.map((w, c) => gridCell(row[c] ?? { blocks: [] }, w, ctx, nested, r < table.headerRows)),
      }),
  );
  const options = fixedTable(widths, rows, gridBorders(ctx.style));
  const summary = table.summary ? xmlSafe(table.summary).trim() : '';
  return summary ? new DescribedTable(options, summary) : new Table(options);
}

import { BuilderElement, Paragraph, Table, TableCell, TableRow, VerticalAlignTable, type ITableOptions } from 'docx';
import type { LayoutBlock, LayoutCell, LayoutTable, ParagraphStyle } from '../layout/types.js';
import { fitColumns, wordMinimums, type CellWord } from '../layout/widths.js';
import { renderBlocks } from './blocks.js';
import type { Container, RenderContext } from './context.js';
import { paragraphStyleId } from './paragraph-styles.js';
import { CELL_MARGIN, dxa, fill, fixedTable, gridBorders, innerWidth, tint } from './table-look.js';
import { isShortRow } from './short-rows.js';
import { xmlSafe } from './text.js';
import { ptToHalfPoints, splitWidth } from './units.js';

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

/** The size in points Word sets a paragraph style at in a table cell (see paragraphStyleId). */
function cellTextSize(style: ParagraphStyle, ctx: RenderContext, nested: boolean): number {
  const { sizes } = ctx.style;
  const size = style === 'small' || style === 'caption' || (style === 'body' && nested) ? sizes.small : style === 'headline' ? sizes.h3 : sizes.body;
  return ptToHalfPoints(size) / 2;
}

/**
 * Column widths (twips, adding up to the same total) in which no column is narrower than its
 * longest word set in the embedded body font, with the cell's margins and a little room for
 * Word's and LibreOffice's own rounding: a fixed table's cell cuts a word too wide for it.
 */
function fittedWidths(table: LayoutTable, ctx: RenderContext, where: Container, widths: number[]): number[] {
  const { measure, roughMeasure } = ctx;
  if (!measure || !roughMeasure) return widths;
  const nested = where.role !== 'page';
  // In twips, with a fiftieth more for Word's own rounding of widths.
  const width = (word: CellWord, how: typeof measure) => {
    const size = cellTextSize(word.style, ctx, nested);
    const italicStyle = word.style === 'placeholder' || word.style === 'caption';
    return 20 * 1.02 * word.parts.reduce((w, p) => w + how(p.text, size, p.bold, italicStyle !== p.italic), 0);
  };
  const fitted = fitColumns(widths, wordMinimums(table.rows, table.headerRows, widths.length, (w) => width(w, measure), (w) => width(w, roughMeasure), CELL_MARGIN.left + CELL_MARGIN.right + 20));
  const whole = fitted.map((w) => Math.floor(w));
  const total = widths.reduce((a, b) => a + b, 0);
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest]! += total - whole.reduce((a, b) => a + b, 0);
  return whole;
}

/**
 * A grid table: fixed column widths from the layout's relative widths, header rows repeated
 * at the top of every page, long rows free to break across pages so that no text is ever cut.
 */
export function renderTable(table: LayoutTable, ctx: RenderContext, where: Container): Table {
  const columns = Math.max(table.widths.length, ...table.rows.map((r) => r.length), 1);
  const weights = Array.from({ length: columns }, (_, i) => table.widths[i] ?? 1);
  const widths = fittedWidths(table, ctx, where, splitWidth(where.width, weights));
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

import { Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { LayoutFigures } from '../layout/types.js';
import type { Container, RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { dxa, fixedTable, noBorders } from './table-look.js';
import { xmlSafe } from './text.js';
import { splitWidth } from './units.js';

/** At most this many key figures side by side; more wrap onto another row. */
const PER_ROW = 4;

/** Key figures: each value large in the primary colour above its caption, side by side in a borderless table. */
export function renderFigures(figures: LayoutFigures, _ctx: RenderContext, where: Container): Table | undefined {
  if (figures.items.length === 0) return undefined;
  const columns = Math.min(PER_ROW, figures.items.length);
  const widths = splitWidth(where.width, Array.from({ length: columns }, () => 1));
  const rows: TableRow[] = [];
  for (let i = 0; i < figures.items.length; i += columns) {
    const items = figures.items.slice(i, i + columns);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((w, c) => {
          const item = items[c];
          const children = item
            ? [new Paragraph({ style: StyleId.figureValue, children: [new TextRun(xmlSafe(item.value))] }), new Paragraph({ style: StyleId.figureCaption, children: [new TextRun(xmlSafe(item.caption))] })]
            : [new Paragraph({ style: StyleId.figureCaption })];
          return new TableCell({ width: dxa(w), children });
        }),
      }),
    );
  }
  return new Table(fixedTable(widths, rows, noBorders()));
}

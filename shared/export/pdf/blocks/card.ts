import type { LayoutCardTable } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import type { Flow } from '../flow.js';
import { Grid, type GridRow } from '../grid.js';
import { LinesFlow } from '../lines.js';
import type { Tag } from '../tags.js';
import { plainPieces, setLines } from '../text.js';
import { blocksFlow } from './index.js';
import { columnWidths } from './table.js';

/**
 * A card as the 2018–2020 report lays it out: the field's label in a shaded left column
 * (tagged TH, row scope), its content on the right. A long field flows over the next pages,
 * its label repeated there as `continuedLabel` ("Résultats et impacts (suite)").
 */
export function cardFlow(ctx: RenderContext, block: LayoutCardTable, width: number, parent: Tag): Flow {
  const { styles } = ctx;
  const tag = parent.child('Table');
  const columns = columnWidths(block.widths, 2, width);
  const pad = styles.pad;
  const labelWidth = Math.max(columns[0]! - 2 * pad, 1);
  const contentWidth = Math.max(columns[1]! - 2 * pad, 1);
  const look = styles.body;
  const labelStyle = { ...look.text, bold: true, colour: styles.colours.primary };
  const set = { align: 'left' as const, lineGap: look.lineGap, size: look.text.size };
  const rows: GridRow[] = block.rows.map((row) => {
    const tr = tag.child('TR');
    const th = tr.child('TH', { scope: 'Row' });
    const td = tr.child('TD');
    const label = new LinesFlow(ctx, setLines(ctx, plainPieces(ctx, row.label, labelStyle), labelWidth, set), th);
    let continued: ReturnType<typeof setLines> | null = null;
    return {
      tag: tr,
      cells: [
        {
          flow: label,
          tag: th,
          fill: styles.colours.labelBackground,
          continued: () => {
            continued ??= setLines(ctx, plainPieces(ctx, row.continuedLabel, { ...labelStyle, italic: true }), labelWidth, set);
            return new LinesFlow(ctx, continued, th);
          },
        },
        { flow: blocksFlow(ctx, row.blocks, contentWidth, td), tag: td },
      ],
    };
  });
  return new Grid(ctx, rows, { columns, headerRows: 0, borders: true, pad, shortRow: ctx.geo.height * 0.2, tailWithNext: !!block.keepWithNext, ...styles.gaps.table });
}

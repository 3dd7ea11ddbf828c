import type { LayoutTable } from '../../layout/types.js';
import { fitColumns, wordMinimums, type CellWord } from '../../layout/widths.js';
import type { RenderContext } from '../context.js';
import type { Flow } from '../flow.js';
import { Grid, type GridRow } from '../grid.js';
import type { Tag } from '../tags.js';
import { blocksFlow } from './index.js';

/** Relative widths scaled to `width`; a missing or broken width counts as 1. */
export function columnWidths(relative: readonly number[], count: number, width: number): number[] {
  const ws = Array.from({ length: count }, (_, i) => {
    const w = relative[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  });
  const sum = ws.reduce((n, w) => n + w, 0);
  return ws.map((w) => (w / sum) * width);
}

/**
 * A table, tagged Table › TR › TH/TD: header rows shaded, tagged TH and repeated on every
 * page the table runs onto; cells of any blocks; rows split only when too long to move.
 */
export function tableFlow(ctx: RenderContext, block: LayoutTable, width: number, parent: Tag): Flow {
  const { styles } = ctx;
  const tag = parent.child('Table', block.summary ? { title: block.summary } : {});
  const count = Math.max(1, ...block.rows.map((r) => r.length));
  const pad = styles.pad;
  // No column narrower than its longest word: a word is never cut in the middle for want of room.
  const measure = (word: CellWord) => {
    const text = styles.paragraphs[word.style].text;
    return word.parts.reduce((w, p) => w + ctx.fonts.wordWidth(ctx.fonts.key(text.family, text.bold || p.bold, text.italic !== p.italic), p.text, text.size), 0);
  };
  // Every word is measured: line breaking measures each anyway, and the fonts keep the widths.
  const columns = fitColumns(columnWidths(block.widths, count, width), wordMinimums(block.rows, block.headerRows, count, measure, () => Infinity, 2 * pad + 0.5));
  const rows: GridRow[] = block.rows.map((cells, r) => {
    const header = r < block.headerRows;
    const tr = tag.child('TR');
    return {
      tag: tr,
      cells: columns.map((w, c) => {
        const cell = cells[c];
        const td = tr.child(header ? 'TH' : 'TD', header ? { scope: 'Column' } : {});
        const blocks = (cell?.blocks ?? []).map((b) => (b.kind === 'paragraph' && cell?.align === 'center' && !b.align ? { ...b, align: 'center' as const } : b));
        const fill = header || cell?.shade === 'header' ? styles.colours.labelBackground : cell?.shade === 'mark' ? styles.markFill : undefined;
        return { flow: blocksFlow(ctx, blocks, Math.max(w - 2 * pad, 1), td), tag: td, ...(fill ? { fill } : {}) };
      }),
    };
  });
  return new Grid(ctx, rows, { columns, headerRows: Math.min(block.headerRows, rows.length), borders: true, pad, shortRow: ctx.geo.height * 0.25, tailWithNext: !!block.keepWithNext, ...styles.gaps.table });
}

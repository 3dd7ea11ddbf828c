import type { LayoutFigures } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Atom, type Flow } from '../flow.js';
import type { Tag } from '../tags.js';
import { drawLine, plainPieces, setLines } from '../text.js';

/** Items per row: all of them up to four, else rows as even as possible. */
function perRow(n: number): number {
  if (n <= 4) return Math.max(1, n);
  return Math.ceil(n / Math.ceil(n / 4));
}

/**
 * Key figures: each value large and bold in the primary colour, its caption below, two to
 * four side by side. Kept on one page; tagged as a Div of paragraphs, value then caption.
 */
export function figuresFlow(ctx: RenderContext, block: LayoutFigures, width: number, parent: Tag): Flow {
  const { styles } = ctx;
  const sizes = ctx.layout.style.sizes;
  const tag = parent.child('Div');
  const cols = perRow(block.items.length);
  const gutter = styles.pad * 2;
  const colWidth = (width - gutter * (cols - 1)) / cols;
  const valueStyle = { family: 'heading' as const, size: sizes.h1 * 1.25, colour: styles.colours.primary, bold: true, italic: false };
  const captionStyle = { family: 'body' as const, size: sizes.small * 1.1, colour: styles.colours.muted, bold: false, italic: false };
  const items = block.items.map((item) => {
    const value = setLines(ctx, plainPieces(ctx, item.value, valueStyle), colWidth, { align: 'center', lineGap: 0, size: valueStyle.size });
    const caption = setLines(ctx, plainPieces(ctx, item.caption, captionStyle), colWidth, { align: 'center', lineGap: styles.body.lineGap * 0.5, size: captionStyle.size });
    const height = [...value, ...caption].reduce((n, l) => n + l.height, 0);
    return { value, caption, height, valueTag: tag.child('P'), captionTag: tag.child('P') };
  });
  const rows: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += cols) rows.push(items.slice(i, i + cols));
  const rowGap = styles.pad * 2;
  const rowHeights = rows.map((r) => Math.max(...r.map((i) => i.height)));
  const height = rowHeights.reduce((n, h) => n + h, 0) + rowGap * Math.max(0, rows.length - 1);
  return new Atom(
    height,
    (x, y) => {
      let top = y;
      rows.forEach((row, r) => {
        row.forEach((item, c) => {
          let ly = top;
          const lx = x + c * (colWidth + gutter);
          for (const l of item.value) {
            drawLine(ctx, l, lx, ly, item.valueTag);
            ly += l.height;
          }
          for (const l of item.caption) {
            drawLine(ctx, l, lx, ly, item.captionTag);
            ly += l.height;
          }
        });
        top += rowHeights[r]! + rowGap;
      });
    },
    styles.gaps.figures,
  );
}

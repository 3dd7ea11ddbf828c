import type { LayoutAside } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Stack, type Flow } from '../flow.js';
import { Grid } from '../grid.js';
import { LinesFlow } from '../lines.js';
import type { Tag } from '../tags.js';
import { plainPieces, setLines } from '../text.js';
import { blockFlow } from './index.js';

/**
 * Text set apart (IRM recommendations): a shaded box with its title in bold, its content
 * inside, split across pages when long (the shading drawn per page). Tagged Sect.
 */
export function asideFlow(ctx: RenderContext, block: LayoutAside, width: number, parent: Tag): Flow {
  const { styles } = ctx;
  const tag = parent.child('Sect');
  const pad = styles.pad * 1.6;
  const inner = Math.max(width - 2 * pad, 1);
  const look = styles.paragraphs.body;
  const titleStyle = { ...look.text, family: 'heading' as const, bold: true, colour: styles.colours.text };
  const title = new LinesFlow(ctx, setLines(ctx, plainPieces(ctx, block.title, titleStyle), inner, { align: 'left', lineGap: look.lineGap, size: look.text.size }), tag.child('P'), {
    after: styles.pad,
    keepWithNext: true,
  });
  const content = Stack.of([title, ...block.blocks.map((b) => blockFlow(ctx, b, inner, tag))]);
  return new Grid(ctx, [{ tag: null, cells: [{ flow: content, tag, fill: styles.colours.asideBackground }] }], {
    columns: [width],
    headerRows: 0,
    borders: false,
    pad,
    shortRow: ctx.geo.height * 0.2,
    ...styles.gaps.aside,
  });
}

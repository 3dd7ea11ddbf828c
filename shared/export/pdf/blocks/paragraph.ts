import type { LayoutHeading, LayoutParagraph } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { LinesFlow } from '../lines.js';
import type { BlockStyle } from '../styles.js';
import type { Tag } from '../tags.js';
import { inlinePieces, plainPieces, setLines } from '../text.js';

/** A paragraph in its style (body, small, headline, placeholder, caption), tagged P. */
export function paragraphFlow(ctx: RenderContext, block: LayoutParagraph, width: number, parent: Tag, style?: BlockStyle): LinesFlow {
  const look = style ?? ctx.styles.paragraphs[block.style];
  const tag = parent.child('P');
  const align = block.align === 'center' ? 'center' : look.align;
  const lines = setLines(ctx, inlinePieces(ctx, block.inlines, look.text, tag), width, { align, lineGap: look.lineGap, size: look.text.size });
  return new LinesFlow(ctx, lines, tag, { before: look.before, after: look.after });
}

/**
 * A heading, tagged H1–H3: kept with the start of what follows, on a new page when asked,
 * and, when drawn, a named destination for links, an outline entry and a page for the TOC.
 */
export function headingFlow(ctx: RenderContext, block: LayoutHeading, width: number, parent: Tag): LinesFlow {
  const look = ctx.styles.headings[block.level];
  const tag = parent.child(`H${block.level}`);
  const lines = setLines(ctx, plainPieces(ctx, block.text, look.text), width, { align: 'left', lineGap: look.lineGap, size: look.text.size });
  return new LinesFlow(ctx, lines, tag, {
    before: look.before,
    after: look.after,
    breakBefore: block.pageBreakBefore,
    keepWithNext: true,
    whole: true,
    onStart: (_x, y) => {
      ctx.destination(block.anchor, y);
      ctx.outline.add(block.level, block.text);
    },
  });
}

import type { LayoutScale } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import type { Flow } from '../flow.js';
import { LinesFlow } from '../lines.js';
import type { Tag } from '../tags.js';
import { plainPieces, setLines, type Piece } from '../text.js';

/** The first of the candidates the face can draw. */
function glyph(ctx: RenderContext, bold: boolean, candidates: string[], fallback: string): string {
  const key = ctx.fonts.key('body', bold);
  return candidates.find((c) => ctx.fonts.has(key, c.codePointAt(0)!)) ?? fallback;
}

/**
 * A scale with every option, the chosen one marked ■ and in bold and written as its
 * `markedLabel` (as the DOCX does), the others ☐, options kept apart by wide spaces and
 * wrapping like a paragraph.
 */
export function scaleFlow(ctx: RenderContext, block: LayoutScale, width: number, parent: Tag): Flow {
  const style = ctx.styles.body;
  const tag = parent.child('P');
  const empty = glyph(ctx, false, ['\u2610', '\u25a1'], '[ ]');
  const full = glyph(ctx, true, ['\u25a0', '\u2611', '\u2713'], '[x]');
  const pieces: Piece[] = [];
  block.options.forEach((option, i) => {
    const chosen = i === block.chosen;
    if (i > 0) pieces.push(...plainPieces(ctx, '\u2003 ', style.text));
    const label = chosen && block.markedLabel ? block.markedLabel : option;
    pieces.push(...plainPieces(ctx, `${chosen ? full : empty}\u00a0`, { ...style.text, bold: chosen, colour: chosen ? ctx.styles.colours.primary : ctx.styles.colours.muted }));
    pieces.push(...plainPieces(ctx, label, { ...style.text, bold: chosen }));
  });
  const lines = setLines(ctx, pieces, width, { align: 'left', lineGap: style.lineGap, size: style.text.size });
  return new LinesFlow(ctx, lines, tag, ctx.styles.gaps.scale);
}

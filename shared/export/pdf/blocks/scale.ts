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

/** Between two options: no-break spaces widen the gap (the fonts have no em space), the space lets the line wrap. */
const GAP = '\u00a0\u00a0\u00a0 ';

/**
 * A scale with every option, the chosen one marked ■ and in bold and written as its
 * `markedLabel` (as the DOCX does), the others ☐, set on one line that wraps between options.
 * Tagged as a list, L › LI › Lbl (the box) + LBody (the option), so that a screen reader reads
 * the options apart, and says how many there are.
 */
export function scaleFlow(ctx: RenderContext, block: LayoutScale, width: number, parent: Tag): Flow {
  const style = ctx.styles.body;
  const list = parent.child('L');
  const empty = glyph(ctx, false, ['\u2610', '\u25a1'], '[ ]');
  const full = glyph(ctx, true, ['\u25a0', '\u2611', '\u2713'], '[x]');
  const pieces: Piece[] = [];
  const tagged = (ps: Piece[], tag: Tag) => ps.map((p) => ({ ...p, run: { ...p.run, tag } }));
  block.options.forEach((option, i) => {
    const chosen = i === block.chosen;
    if (i > 0) pieces.push(...plainPieces(ctx, GAP, style.text));
    const item = list.child('LI');
    const label = chosen && block.markedLabel ? block.markedLabel : option;
    pieces.push(...tagged(plainPieces(ctx, `${chosen ? full : empty}\u00a0`, { ...style.text, bold: chosen, colour: chosen ? ctx.styles.colours.primary : ctx.styles.colours.muted }), item.child('Lbl')));
    pieces.push(...tagged(plainPieces(ctx, label, { ...style.text, bold: chosen }), item.child('LBody')));
  });
  const lines = setLines(ctx, pieces, width, { align: 'left', lineGap: style.lineGap, size: style.text.size });
  return new LinesFlow(ctx, lines, list, ctx.styles.gaps.scale);
}

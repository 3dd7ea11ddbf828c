import type { LayoutNotes } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Atom, Stack, type Flow } from '../flow.js';
import { LinesFlow } from '../lines.js';
import type { Tag } from '../tags.js';
import { inlinePieces, plainPieces, setLines } from '../text.js';

/**
 * The notes called in the section above, at its end: a short thin rule, then "n. text" in
 * small type, each a Note element and the destination of its call.
 */
export function notesFlow(ctx: RenderContext, block: LayoutNotes, width: number, parent: Tag): Flow {
  const { styles } = ctx;
  const look = styles.paragraphs.small;
  const tag = parent.child('Sect');
  const set = { align: look.align, lineGap: look.lineGap, size: look.text.size };
  const rule = new Atom(look.text.size * 0.8, (x, y) => ctx.artifact(() => ctx.rule(x, y, x + width * 0.3, y, styles.colours.muted, styles.rule)), {
    keepWithNext: true,
  });
  const title = new LinesFlow(ctx, setLines(ctx, plainPieces(ctx, block.title, { ...look.text, bold: true }), width, set), tag.child('P'), { after: look.text.size * 0.3, keepWithNext: true });
  const notes = block.notes.map((note) => {
    const noteTag = tag.child('Note');
    const pieces = [...plainPieces(ctx, `${note.n}.\u00a0`, look.text), ...inlinePieces(ctx, note.content, look.text, noteTag)];
    return new LinesFlow(ctx, setLines(ctx, pieces, width, set), noteTag, {
      after: look.text.size * 0.25,
      onStart: (_x, y) => ctx.destination(`_note_${note.n}`, y),
    });
  });
  return Stack.of([rule, title, ...notes], styles.gaps.notes);
}

import type { LayoutList } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Stack, type Flow, type Placed } from '../flow.js';
import { LinesFlow } from '../lines.js';
import type { Tag } from '../tags.js';
import { drawLine, inlinePieces, plainPieces, setLines, type Line } from '../text.js';

/** Bullets by depth, each replaced by the first if the font lacks it. */
const BULLETS = ['\u2022', '\u25e6', '\u2023'];

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/** The label of item `i`: 1. 2. … for a list, a. b. … for a nested one; bullets • ◦ ‣ by depth. */
function itemLabel(ctx: RenderContext, ordered: boolean, depth: number, i: number): string {
  if (ordered) return depth === 0 ? `${i + 1}.` : `${letters(i + 1)}.`;
  const key = ctx.fonts.key('body');
  const bullet = BULLETS[Math.min(depth, BULLETS.length - 1)]!;
  if (ctx.fonts.has(key, bullet.codePointAt(0)!)) return bullet;
  return ctx.fonts.has(key, 0x2022) ? '\u2022' : '-';
}

/** A list item: its label in the hanging indent, beside the first line of its body. */
class ItemFlow implements Flow {
  readonly before: number;
  readonly after: number;
  readonly breakBefore = false;
  readonly keepWithNext = false;
  private started = false;

  constructor(
    private readonly ctx: RenderContext,
    private readonly label: Line,
    private readonly labelTag: Tag,
    private readonly labelRight: number,
    private readonly text: LinesFlow,
    private readonly body: Stack,
    private readonly indent: number,
  ) {
    this.before = ctx.styles.gaps.item.before;
    this.after = ctx.styles.gaps.item.after;
  }

  get done(): boolean {
    return this.body.done;
  }

  rest(): number {
    return this.body.rest();
  }

  lead(): number {
    return this.body.lead();
  }

  place(space: number, top: boolean): Placed | null {
    const first = !this.started;
    const placed = this.body.place(space, top);
    if (!placed) return null;
    this.started = true;
    return {
      height: placed.height,
      draw: (x, y) => {
        if (first) {
          // The label's baseline on the first line's, right-aligned in the indent.
          const lx = x + this.labelRight - this.label.width;
          drawLine(this.ctx, this.label, lx, y + this.text.firstBaseline - this.label.baseline, this.labelTag);
        }
        placed.draw(x + this.indent, y);
      },
    };
  }

  restart(): void {
    this.started = false;
    this.body.restart();
  }
}

/**
 * A bulleted or numbered list, tagged L › LI › Lbl + LBody, numbering restarting for each
 * list; a nested list sits in its item's body, one indent further.
 */
export function listFlow(ctx: RenderContext, list: LayoutList, width: number, parent: Tag, depth: number): Flow {
  const style = ctx.styles.body;
  const size = style.text.size;
  const tag = parent.child('L');
  const labels = list.items.map((_, i) => itemLabel(ctx, list.ordered, depth, i));
  const key = ctx.fonts.key('body');
  const labelWidth = Math.max(0, ...labels.map((l) => ctx.fonts.width(key, l, size)));
  const gap = 0.45 * size;
  const indent = Math.max(1.3 * size, labelWidth + gap);
  const bodyWidth = Math.max(width - indent, 3 * size);
  const set = { align: style.align, lineGap: style.lineGap, size };
  const items = list.items.map((item, i) => {
    const li = tag.child('LI');
    const lbl = li.child('Lbl');
    const lbody = li.child('LBody');
    const label = setLines(ctx, plainPieces(ctx, labels[i]!, { ...style.text, colour: list.ordered ? style.text.colour : ctx.styles.colours.primary }), 1e6, { align: 'left', lineGap: style.lineGap, size })[0]!;
    const text = new LinesFlow(ctx, setLines(ctx, inlinePieces(ctx, item.inlines, style.text, lbody), bodyWidth, set), lbody);
    const parts: Flow[] = [text];
    if (item.sublist) parts.push(listFlow(ctx, item.sublist, bodyWidth, lbody, depth + 1));
    return new ItemFlow(ctx, label, lbl, indent - gap, text, Stack.of(parts), indent);
  });
  const gaps = ctx.styles.gaps.list;
  return Stack.of(items, depth === 0 ? gaps : { before: ctx.styles.gaps.item.before, after: 0 });
}

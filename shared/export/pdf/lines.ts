import type { RenderContext } from './context.js';
import type { Flow, FlowSpacing, Placed } from './flow.js';
import type { Tag } from './tags.js';
import { drawLine, type Line } from './text.js';

/** Options of a flow of lines. */
export interface LinesOptions extends FlowSpacing {
  /** Never split (a heading). */
  whole?: boolean;
  /** Called when the first line is drawn, with its top left (anchors, outline entries). */
  onStart?: (x: number, y: number) => void;
}

/**
 * A paragraph's lines as a flow: split between lines, never leaving a single first line at
 * the bottom of a page (orphan) nor a single last line at the top of the next (widow).
 */
export class LinesFlow implements Flow {
  readonly before: number;
  readonly after: number;
  readonly breakBefore: boolean;
  readonly keepWithNext: boolean;
  private index = 0;
  /** tops[i]: the offset of line i from the paragraph's top; tops[n]: its height. */
  private readonly tops: number[];

  constructor(
    private readonly ctx: RenderContext,
    readonly lines: Line[],
    readonly tag: Tag,
    private readonly options: LinesOptions = {},
  ) {
    this.before = options.before ?? 0;
    this.after = options.after ?? 0;
    this.breakBefore = options.breakBefore ?? false;
    this.keepWithNext = options.keepWithNext ?? false;
    this.tops = new Array<number>(lines.length + 1);
    this.tops[0] = 0;
    for (let i = 0; i < lines.length; i++) this.tops[i + 1] = this.tops[i]! + lines[i]!.height;
  }

  get done(): boolean {
    return this.index >= this.lines.length;
  }

  /** The offset of the first line's baseline from the top (list labels align on it). */
  get firstBaseline(): number {
    return this.lines[0]?.baseline ?? 0;
  }

  private span(from: number, to: number): number {
    return this.tops[to]! - this.tops[from]!;
  }

  rest(): number {
    return this.span(this.index, this.lines.length);
  }

  lead(): number {
    if (this.options.whole) return this.rest();
    return this.span(this.index, Math.min(this.lines.length, this.index + 2));
  }

  place(space: number, top: boolean): Placed | null {
    const from = this.index;
    const remaining = this.lines.length - from;
    if (remaining === 0) return null;
    let n = 0;
    while (n < remaining && this.span(from, from + n + 1) <= space + 0.01) n++;
    if (n < remaining) {
      if (this.options.whole) n = 0;
      if (remaining - n === 1 && n >= 2) n--;
      if (n === 1 && remaining > 1) n = 0;
    }
    if (n === 0) {
      if (!top) return null;
      // At the top of a page even a line taller than the page is placed: the layout moves on.
      n = this.options.whole ? remaining : Math.max(1, Math.min(remaining, this.countFitting(from, space)));
    }
    const to = from + n;
    this.index = to;
    return {
      height: this.span(from, to),
      draw: (x, y) => {
        if (from === 0) this.options.onStart?.(x, y);
        for (let i = from; i < to; i++) drawLine(this.ctx, this.lines[i]!, x, y + this.span(from, i), this.tag);
      },
    };
  }

  private countFitting(from: number, space: number): number {
    let n = 0;
    while (from + n < this.lines.length && this.span(from, from + n + 1) <= space) n++;
    return n;
  }

  restart(): void {
    this.index = 0;
  }

  finish(): void {
    this.tag.end();
  }
}

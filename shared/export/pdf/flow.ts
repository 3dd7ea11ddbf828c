/**
 * The page flow engine. Every block becomes a `Flow`: content measured once for its width,
 * with a cursor saying how much of it is already on a page. The pager asks a flow to place
 * what fits in the space left; the flow answers with a `Placed` (a height and a way to draw
 * it) and stays unfinished if more remains for the next page. Containers (table rows, card
 * rows, boxes) ask their content the same question, so any block can run across pages inside
 * any other. Drawing is deferred to `draw` so that a container can paint its background
 * before the content it holds.
 */

/** What a flow placed on the current page: its height and how to draw it at (x, y), the top left. */
export interface Placed {
  height: number;
  draw(x: number, y: number): void;
}

/** A block being laid out across pages. */
export interface Flow {
  /** Space wanted above and below (collapsed with the neighbour's, dropped at the top of a page). */
  readonly before: number;
  readonly after: number;
  /** Start on a new page. */
  readonly breakBefore: boolean;
  /** Stay on the same page as the start of what follows (a heading). */
  readonly keepWithNext: boolean;
  /** Whether everything is placed. */
  readonly done: boolean;
  /** The height of what remains to place. */
  rest(): number;
  /** The height of the least first piece worth placing: two lines, a row, an image. */
  lead(): number;
  /**
   * Places what fits in `space` points and moves the cursor past it; null when nothing fits
   * (the caller breaks the page). At the top of a page (`top`) something is always placed, so
   * that content taller than a page cannot stall the layout.
   */
  place(space: number, top: boolean): Placed | null;
  /** Back to the start (a table header drawn again on the next page). */
  restart(): void;
  /** Called once everything is drawn (closes structure elements). */
  finish?(): void;
  /**
   * Told, before it is placed, how much of what follows must share the page of its end (the
   * next block's lead): a flow whose end keeps with the next (a table and its headline) uses it.
   */
  keepTail?(height: number): void;
}

/** Defaults for the spacing and keep properties of a flow. */
export interface FlowSpacing {
  before?: number;
  after?: number;
  breakBefore?: boolean;
  keepWithNext?: boolean;
}

/** Joins the draws of pieces stacked at given offsets. */
export function stacked(parts: { dy: number; placed: Placed }[]): (x: number, y: number) => void {
  return (x, y) => {
    for (const p of parts) p.placed.draw(x, y + p.dy);
  };
}

/** An atomic flow: drawn whole or not at all (an image, a row of key figures, a rule). */
export class Atom implements Flow {
  readonly before: number;
  readonly after: number;
  readonly breakBefore: boolean;
  readonly keepWithNext: boolean;
  done = false;

  constructor(
    private readonly height: number,
    private readonly paint: (x: number, y: number) => void,
    spacing: FlowSpacing = {},
    private readonly onFinish?: () => void,
  ) {
    this.before = spacing.before ?? 0;
    this.after = spacing.after ?? 0;
    this.breakBefore = spacing.breakBefore ?? false;
    this.keepWithNext = spacing.keepWithNext ?? false;
  }

  rest(): number {
    return this.done ? 0 : this.height;
  }

  lead(): number {
    return this.rest();
  }

  place(space: number, top: boolean): Placed | null {
    if (this.height > space && !top) return null;
    this.done = true;
    return { height: this.height, draw: this.paint };
  }

  restart(): void {
    this.done = false;
  }

  finish(): void {
    this.onFinish?.();
  }
}

/**
 * Flows one after the other, with collapsed spacing, page breaks before the flows that ask
 * for one, and keep-with-next (no heading alone at the bottom of a page). Flows may be made on
 * demand (`make`), so that a long document is measured page by page rather than all at once.
 */
export class Stack implements Flow {
  readonly before: number;
  readonly after: number;
  readonly breakBefore: boolean;
  readonly keepWithNext: boolean;
  private index = 0;
  private readonly made: (Flow | undefined)[] = [];

  constructor(
    private readonly count: number,
    private readonly make: (i: number) => Flow,
    spacing: FlowSpacing = {},
    /** Called when the flow at an index is wholly drawn (top-level blocks end their tags). */
    private readonly onDone?: (i: number, flow: Flow) => void,
  ) {
    this.before = spacing.before ?? 0;
    this.after = spacing.after ?? 0;
    this.breakBefore = spacing.breakBefore ?? false;
    this.keepWithNext = spacing.keepWithNext ?? false;
  }

  /** A stack of flows already made. */
  static of(flows: Flow[], spacing: FlowSpacing = {}): Stack {
    const stack = new Stack(flows.length, (i) => flows[i]!, spacing);
    flows.forEach((f, i) => (stack.made[i] = f));
    return stack;
  }

  /** How many flows are wholly placed: the progress of the body. */
  get position(): number {
    return this.index;
  }

  get size(): number {
    return this.count;
  }

  get done(): boolean {
    return this.index >= this.count;
  }

  private at(i: number): Flow | undefined {
    if (i >= this.count) return undefined;
    let f = this.made[i];
    if (!f) {
      f = this.make(i);
      this.made[i] = f;
    }
    return f;
  }

  rest(): number {
    let sum = 0;
    for (let i = this.index; i < this.count; i++) {
      const f = this.at(i)!;
      if (i > this.index) sum += Math.max(this.at(i - 1)!.after, f.before);
      sum += f.rest();
    }
    return sum;
  }

  lead(): number {
    const first = this.at(this.index);
    if (!first) return 0;
    return first.keepWithNext ? this.keepHeight(this.index) : first.lead();
  }

  /** A flow that keeps with the next one needs its own height and the next one's lead. */
  private keepHeight(i: number): number {
    const f = this.at(i)!;
    const next = this.at(i + 1);
    if (!next) return f.rest();
    return f.rest() + Math.max(f.after, next.before) + (next.keepWithNext ? this.keepHeight(i + 1) : next.lead());
  }

  place(space: number, top: boolean): Placed | null {
    const parts: { dy: number; placed: Placed }[] = [];
    let used = 0;
    while (this.index < this.count) {
      const f = this.at(this.index)!;
      const atTop = top && parts.length === 0;
      if (f.breakBefore && !atTop) break;
      const gap = parts.length === 0 ? 0 : Math.max(this.at(this.index - 1)!.after, f.before);
      if (f.keepWithNext && !atTop && gap + this.keepHeight(this.index) > space - used) break;
      if (f.keepTail) {
        const next = this.at(this.index + 1);
        f.keepTail(next ? Math.max(f.after, next.before) + next.lead() : 0);
      }
      const placed = f.place(space - used - gap, atTop);
      if (!placed) break;
      parts.push({ dy: used + gap, placed });
      used += gap + placed.height;
      if (!f.done) break;
      this.onDone?.(this.index, f);
      // A long document's flows are dropped once drawn, so memory stays flat.
      if (this.onDone) this.made[this.index] = undefined;
      this.index++;
    }
    if (!parts.length) return null;
    return { height: used, draw: stacked(parts) };
  }

  restart(): void {
    for (let i = 0; i < this.count; i++) this.made[i]?.restart();
    this.index = 0;
  }

  finish(): void {
    for (let i = 0; i < this.count; i++) this.made[i]?.finish?.();
  }
}

import type { RenderContext } from './context.js';
import { stacked, type Flow, type FlowSpacing, type Placed } from './flow.js';
import type { Tag } from './tags.js';

/** A cell: its content as a flow, its shading, its tag (TH/TD) and, for a card's label, what to show on the next pages. */
export interface GridCell {
  flow: Flow;
  fill?: string;
  tag: Tag | null;
  /** Drawn (as an artifact) in a row's later fragments once the cell's own content is placed. */
  continued?: () => Flow;
}

/** A row of cells. */
export interface GridRow {
  cells: GridCell[];
  tag: Tag | null;
}

/** How a grid looks and breaks. */
export interface GridOptions extends FlowSpacing {
  /** Column widths in points. */
  columns: number[];
  /** Rows repeated at the top of each page the grid runs onto. */
  headerRows: number;
  borders: boolean;
  pad: number;
  /** A row no taller than this moves whole to the next page rather than split. */
  shortRow: number;
  /** Called once everything is drawn. */
  onFinish?: () => void;
  /** The last row shares the page of what follows (see `Flow.keepTail`). */
  tailWithNext?: boolean;
}

interface Fragment {
  height: number;
  pieces: (Placed | null)[];
  /** Pieces drawn as artifacts: continued labels. */
  artifacts: boolean[];
}

/**
 * Rows of cells that break across pages: a row that fits is placed whole; a short row that
 * does not fit moves to the next page; a long one is split, each cell's content flowing on
 * (a card's field over several pages), its label repeated as "continued"; the header rows
 * are repeated at the top of every new page. Shading and rules are drawn per page fragment,
 * so nothing is ever clipped. Used by tables, cards and shaded boxes.
 */
export class Grid implements Flow {
  readonly before: number;
  readonly after: number;
  readonly breakBefore: boolean;
  readonly keepWithNext: boolean;
  private row = 0;
  private readonly started = new Set<number>();
  private readonly xs: number[];
  private readonly width: number;
  /** Measured before anything is placed: header cells are restarted for each repeat. */
  private readonly headerHeight: number;
  /** What must follow the last row on its page (the next block's lead), when it keeps with it. */
  private tail = 0;

  constructor(
    private readonly ctx: RenderContext,
    private readonly rows: GridRow[],
    private readonly options: GridOptions,
  ) {
    this.before = options.before ?? 0;
    this.after = options.after ?? 0;
    this.breakBefore = options.breakBefore ?? false;
    this.keepWithNext = options.keepWithNext ?? false;
    this.xs = [0];
    for (const w of options.columns) this.xs.push(this.xs[this.xs.length - 1]! + w);
    this.width = this.xs[this.xs.length - 1]!;
    let h = 0;
    for (let i = 0; i < options.headerRows && i < rows.length; i++) h += this.rowRest(rows[i]!);
    this.headerHeight = h;
  }

  get done(): boolean {
    return this.row >= this.rows.length;
  }

  private rowRest(r: GridRow): number {
    let h = 0;
    for (const c of r.cells) h = Math.max(h, c.flow.rest());
    return h + 2 * this.options.pad;
  }

  private rowLead(r: GridRow): number {
    let h = 0;
    for (const c of r.cells) h = Math.max(h, Math.min(c.flow.lead(), c.flow.rest()));
    return h + 2 * this.options.pad;
  }

  /** What a row needs to start on this page: all of it if short, else its first lines. */
  private rowNeed(i: number): number {
    const r = this.rows[i];
    if (!r) return 0;
    const rest = this.rowRest(r);
    return rest <= this.options.shortRow ? rest : this.rowLead(r);
  }

  private headers(): number {
    return this.headerHeight;
  }

  rest(): number {
    let h = 0;
    for (let i = this.row; i < this.rows.length; i++) h += this.rowRest(this.rows[i]!);
    return h;
  }

  lead(): number {
    if (this.row === 0) {
      // No first row alone at the foot of a page (an orphan): two short rows, or the first's lead.
      const first = this.options.headerRows;
      const two = this.isShort(first) && this.isShort(first + 1) ? this.rowRest(this.rows[first + 1]!) : 0;
      return this.headers() + this.rowNeed(first) + two;
    }
    return this.rowNeed(this.row);
  }

  keepTail(height: number): void {
    if (this.options.tailWithNext) this.tail = height;
  }

  /** Whether row `i` exists and moves whole rather than split. */
  private isShort(i: number): boolean {
    const r = this.rows[i];
    return !!r && this.rowRest(r) <= this.options.shortRow;
  }

  /**
   * Whether to break the page before row `i` although it fits, so that the rows after the
   * break are not one alone: the last two rows go together (no widow row), and the last row
   * goes with what keeps with it (the headline under a table), as long as `placed` rows, two
   * at least, stay on this page.
   */
  private keepsApart(i: number, avail: number, placed: number): boolean {
    const n = this.rows.length;
    if (i < this.options.headerRows) return false;
    const rest = (k: number) => this.rowRest(this.rows[k]!);
    if (i === n - 2 && placed >= 2 && this.isShort(i) && this.isShort(i + 1)) return rest(i) + rest(i + 1) + this.tail > avail;
    if (i === n - 1 && placed >= 1 && this.tail > 0 && this.isShort(i)) return rest(i) + this.tail > avail;
    return false;
  }

  place(space: number, top: boolean): Placed | null {
    const parts: { dy: number; placed: Placed }[] = [];
    let used = 0;
    let placedRows = false;
    const { headerRows } = this.options;
    if (this.row > 0 && this.row >= headerRows && headerRows > 0 && !this.done) {
      // A new page of a table: its header again, as an artifact (the tree has it once).
      const h = this.headers();
      if (!top && h + this.rowNeed(this.row) > space) return null;
      parts.push({ dy: 0, placed: { height: h, draw: (x, y) => this.ctx.artifact(() => this.drawHeaders(x, y)) } });
      used = h;
    } else if (this.row === 0 && !top && this.lead() > space) {
      return null;
    }
    let bodyRows = 0;
    while (this.row < this.rows.length) {
      const r = this.rows[this.row]!;
      const avail = space - used;
      const force = top && !placedRows;
      if (!force && this.keepsApart(this.row, avail, bodyRows)) break;
      const fits = this.rowRest(r) <= avail;
      const header = this.row < headerRows;
      if (!fits && !force && (header || this.rowNeed(this.row) > avail || this.rowRest(r) <= this.options.shortRow)) break;
      const placed = this.placeRow(this.row, avail, force && !fits);
      if (!placed) break;
      parts.push({ dy: used, placed });
      used += placed.height;
      placedRows = true;
      if (!this.rowDone(r)) break;
      if (this.row >= headerRows) bodyRows++;
      this.row++;
    }
    if (!placedRows) return null;
    return { height: used, draw: stacked(parts) };
  }

  private rowDone(r: GridRow): boolean {
    return r.cells.every((c) => c.flow.done);
  }

  /** Places what fits of a row's cells side by side; null when no cell can place anything. */
  private placeRow(i: number, avail: number, force: boolean): Placed | null {
    const r = this.rows[i]!;
    const inner = avail - 2 * this.options.pad;
    const continuing = this.started.has(i);
    const fragment: Fragment = { height: 0, pieces: [], artifacts: [] };
    let any = false;
    for (const c of r.cells) {
      let piece: Placed | null = null;
      let artifact = false;
      if (!c.flow.done) {
        piece = c.flow.place(inner, force);
        any ||= piece !== null;
      } else if (continuing && c.continued) {
        piece = c.continued().place(inner, true);
        artifact = true;
      }
      fragment.pieces.push(piece);
      fragment.artifacts.push(artifact);
      fragment.height = Math.max(fragment.height, piece?.height ?? 0);
    }
    if (!any && !(force || this.rowRest(r) === 2 * this.options.pad)) return null;
    this.started.add(i);
    const height = fragment.height + 2 * this.options.pad;
    return { height, draw: (x, y) => this.drawRow(r, fragment, x, y, height) };
  }

  private drawRow(r: GridRow, f: Fragment, x: number, y: number, height: number): void {
    const { ctx, xs } = this;
    const { pad } = this.options;
    ctx.artifact(() => {
      r.cells.forEach((c, i) => {
        if (c.fill) ctx.fillRect(x + xs[i]!, y, xs[i + 1]! - xs[i]!, height, c.fill);
      });
    });
    r.tag?.touch();
    r.cells.forEach((c, i) => {
      c.tag?.touch();
      const piece = f.pieces[i];
      if (!piece) return;
      if (f.artifacts[i]) ctx.artifact(() => piece.draw(x + xs[i]! + pad, y + pad));
      else piece.draw(x + xs[i]! + pad, y + pad);
    });
    if (this.options.borders) ctx.artifact(() => this.drawRules(x, y, height));
  }

  private drawRules(x: number, y: number, height: number): void {
    const { ctx, xs, width } = this;
    const colour = ctx.styles.colours.rule;
    const w = ctx.styles.rule;
    ctx.rule(x, y, x + width, y, colour, w);
    ctx.rule(x, y + height, x + width, y + height, colour, w);
    for (const cx of xs) ctx.rule(x + cx, y, x + cx, y + height, colour, w);
  }

  private drawHeaders(x: number, y: number): void {
    let dy = 0;
    for (let i = 0; i < this.options.headerRows; i++) {
      const r = this.rows[i]!;
      for (const c of r.cells) c.flow.restart();
      const placed = this.placeRow(i, Number.MAX_SAFE_INTEGER / 4, true);
      if (!placed) continue;
      placed.draw(x, y + dy);
      dy += placed.height;
    }
  }

  restart(): void {
    this.row = 0;
    this.started.clear();
    for (const r of this.rows) for (const c of r.cells) c.flow.restart();
  }

  finish(): void {
    this.options.onFinish?.();
  }
}

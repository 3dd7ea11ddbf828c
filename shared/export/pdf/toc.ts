import type { LayoutBlock } from '../layout/types.js';
import type { RenderContext } from './context.js';
import type { Tag } from './tags.js';
import { drawLine, plainPieces, setLines, type Line } from './text.js';

/** A heading listed in the table of contents. */
export interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  anchor: string;
}

/** The headings with `toc`, in document order, nested ones (in cards, boxes, cells) included. */
export function tocEntries(blocks: readonly LayoutBlock[]): TocEntry[] {
  const out: TocEntry[] = [];
  const walk = (list: readonly LayoutBlock[]) => {
    for (const b of list) {
      if (b.kind === 'heading' && b.toc) out.push({ level: b.level, text: b.text, anchor: b.anchor });
      if (b.kind === 'table') for (const row of b.rows) for (const cell of row) walk(cell.blocks);
      if (b.kind === 'card') for (const row of b.rows) walk(row.blocks);
      if (b.kind === 'aside') walk(b.blocks);
    }
  };
  walk(blocks);
  return out;
}

interface Placed {
  entry: TocEntry;
  lines: Line[];
  page: number;
  y: number;
  indent: number;
}

/**
 * The table of contents. Its entries are set before the body is laid out (their text is
 * known, their page numbers are not), which fixes how many pages it takes; those pages are
 * reserved, and the entries are drawn on them once the body has given every anchor its page.
 */
export class Toc {
  readonly pages: number;
  private readonly title: Line[];
  private readonly placed: Placed[] = [];
  private readonly numberWidth: number;

  constructor(
    private readonly ctx: RenderContext,
    entries: readonly TocEntry[],
  ) {
    const { geo, styles } = ctx;
    const u = styles.body.text.size;
    const h1 = styles.headings[1];
    this.title = setLines(ctx, plainPieces(ctx, ctx.layout.furniture.tocTitle, h1.text), geo.width, { align: 'left', lineGap: h1.lineGap, size: h1.text.size });
    // Room for "1 500": page numbers are right-aligned in it.
    this.numberWidth = ctx.fonts.width(ctx.fonts.key('body', true), '00000', u);
    let page = 0;
    let y = this.title.reduce((n, l) => n + l.height, 0) + h1.after;
    const set = entries.map((entry) => {
      const indent = (entry.level - 1) * 1.6 * u;
      const style = { ...styles.body.text, bold: entry.level === 1, colour: entry.level === 1 ? styles.colours.primary : styles.colours.text };
      const lines = setLines(ctx, plainPieces(ctx, entry.text, style), geo.width - indent - this.numberWidth - 2 * u, { align: 'left', lineGap: styles.body.lineGap, size: u });
      return { entry, indent, lines, height: lines.reduce((n, l) => n + l.height, 0), before: entry.level === 1 ? 0.7 * u : 0.15 * u };
    });
    for (const [i, { entry, indent, lines, height, before }] of set.entries()) {
      // A group's entry ("Ambition 5") never ends a page apart from its first entry.
      const next = set[i + 1];
      const kept = next && next.entry.level > entry.level ? next.before + next.height : 0;
      if (y > 0 && y + before + height + kept > geo.height) {
        page++;
        y = 0;
      }
      if (y > 0) y += before;
      this.placed.push({ entry, lines, page, y, indent });
      y += height;
    }
    this.pages = page + 1;
  }

  /** Draws the entries with their page numbers on the reserved pages, starting at `first` (1-based). */
  draw(first: number, tag: Tag): void {
    const { ctx } = this;
    const { geo, styles } = ctx;
    const u = styles.body.text.size;
    ctx.switchTo(first);
    let y = geo.top;
    const titleTag = tag.child('P');
    for (const l of this.title) {
      drawLine(ctx, l, geo.left, y, titleTag);
      y += l.height;
    }
    let page = 0;
    for (const p of this.placed) {
      if (p.page !== page) {
        page = p.page;
        ctx.switchTo(first + page);
      }
      const item = tag.child('TOCI');
      const link = item.child('Link');
      const x = geo.left + p.indent;
      const top = geo.top + p.y;
      let ly = top;
      for (const l of p.lines) {
        drawLine(ctx, l, x, ly, link);
        ly += l.height;
      }
      const last = p.lines[p.lines.length - 1]!;
      const baseline = ly - last.height + last.baseline;
      const number = ctx.anchors.get(p.entry.anchor);
      const right = geo.left + geo.width;
      if (number !== undefined) {
        const key = ctx.fonts.key('body', p.entry.level === 1);
        const text = String(number);
        const w = ctx.fonts.width(key, text, u);
        link.mark(() => {
          ctx.pen(key, u, styles.colours.text);
          ctx.text(text, right - w, baseline);
        });
        const from = x + last.width + 0.5 * u;
        const to = right - w - 0.5 * u;
        if (to > from) ctx.artifact(() => ctx.doc.save().moveTo(from, baseline - 0.1 * u).lineTo(to, baseline - 0.1 * u).lineWidth(0.9).lineCap('round').dash(0.01, { space: 0.3 * u }).strokeColor(styles.colours.muted).stroke().undash().restore());
        const annotation = { structParent: link.element(), Contents: new String(p.entry.text) } as unknown as PDFKit.Mixins.AnnotationOption;
        ctx.doc.goTo(x, top, right - x, ly - top, p.entry.anchor, annotation);
      }
    }
  }
}

import type { LayoutInline } from '../layout/types.js';
import { drawableText } from './clean.js';
import type { RenderContext } from './context.js';
import type { FontKey } from './fonts.js';
import { ink, type InkRun } from './ink.js';
import type { TextStyle } from './styles.js';
import type { Tag } from './tags.js';

/** A link a run belongs to: one Link element and one annotation per line it covers. */
export interface LinkRef {
  href?: string;
  anchor?: string;
  /** What the link says, for the annotation's description. */
  text: string;
  tag: Tag;
}

/** How a run of text is drawn. */
export interface Run {
  key: FontKey;
  size: number;
  colour: string;
  /** Raised above the baseline by this much (a note call). */
  rise: number;
  link: LinkRef | null;
  /** The structure element the run's text belongs to, when not the paragraph's (a scale's Lbl, LBody). */
  tag?: Tag;
}

/** A string in one run: the input of line breaking. */
export interface Piece {
  text: string;
  run: Run;
}

/** A run's text on one line, at `x` from the line's start. */
export interface Seg {
  x: number;
  width: number;
  text: string;
  run: Run;
}

/** A line of text, broken and positioned: drawing it needs no more measuring. */
export interface Line {
  height: number;
  /** From the line's top to its baseline. */
  baseline: number;
  width: number;
  segs: Seg[];
}

/** The way lines are set. */
export interface SetOptions {
  align: 'left' | 'justify' | 'center';
  lineGap: number;
  /** The size that gives an empty line its height. */
  size: number;
}

/** Runs of the inlines of a paragraph, in one text style; links in the primary colour. */
export function inlinePieces(ctx: RenderContext, inlines: readonly LayoutInline[], style: TextStyle, tag: Tag): Piece[] {
  const { fonts } = ctx;
  const pieces: Piece[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      pieces.push({ text: '\n', run: { key: fonts.key(style.family, style.bold, style.italic), size: style.size, colour: style.colour, rise: 0, link: null } });
      continue;
    }
    if (inline.kind === 'note') {
      const key = fonts.key(style.family, style.bold, false);
      const anchor = `_note_${inline.n}`;
      const link = ctx.targets.has(anchor) ? { anchor, text: String(inline.n), tag: tag.child('Link') } : null;
      pieces.push({ text: String(inline.n), run: { key, size: style.size * 0.7, colour: link ? ctx.styles.colours.primary : style.colour, rise: style.size * 0.35, link } });
      continue;
    }
    const key = fonts.key(style.family, style.bold || !!inline.bold, style.italic !== !!inline.italic);
    const text = drawableText(inline.text, (cp) => fonts.has(key, cp));
    if (!text) continue;
    const anchor = inline.anchor && ctx.targets.has(inline.anchor) ? inline.anchor : undefined;
    const href = !anchor && inline.href && /^(https?:|mailto:)/i.test(inline.href) ? inline.href : undefined;
    const link = anchor || href ? { ...(anchor ? { anchor } : { href: href! }), text: text.replace(/\s+/g, ' ').trim(), tag: tag.child('Link') } : null;
    pieces.push({ text, run: { key, size: style.size, colour: link ? ctx.styles.colours.primary : style.colour, rise: 0, link } });
  }
  return pieces;
}

/** A plain string in one style, cleaned of what the font cannot draw. */
export function plainPieces(ctx: RenderContext, text: string, style: TextStyle): Piece[] {
  const key = ctx.fonts.key(style.family, style.bold, style.italic);
  return [{ text: drawableText(text, (cp) => ctx.fonts.has(key, cp)), run: { key, size: style.size, colour: style.colour, rise: 0, link: null } }];
}

interface Part {
  text: string;
  run: Run;
  width: number;
}

type Atom = { kind: 'word'; parts: Part[]; width: number } | { kind: 'space'; part: Part } | { kind: 'break' };

/** Characters after which a word too long for a line is best cut (URLs, paths, compounds). */
const CUT_AFTER = new Set(['/', '-', '?', '&', '=', '_', '.', ',', ';', ':', '#', '\u2013']);

function atoms(ctx: RenderContext, pieces: readonly Piece[]): Atom[] {
  const out: Atom[] = [];
  let word: Extract<Atom, { kind: 'word' }> | null = null;
  for (const { text, run } of pieces) {
    for (const token of text.split(/( +|\n)/)) {
      if (!token) continue;
      if (token === '\n') {
        out.push({ kind: 'break' });
        word = null;
      } else if (token[0] === ' ') {
        out.push({ kind: 'space', part: { text: ' ', run, width: ctx.fonts.width(run.key, ' ', run.size) } });
        word = null;
      } else {
        const part = { text: token, run, width: tokenWidth(ctx, run, token) };
        // No space between two runs ("italique" then ","): they are one word, never broken apart.
        if (word) {
          word.parts.push(part);
          word.width += part.width;
        } else {
          word = { kind: 'word', parts: [part], width: part.width };
          out.push(word);
        }
      }
    }
  }
  return out;
}

/**
 * Words longer than this many UTF-16 units are measured in chunks of this size rather than
 * shaped whole: such a word is wider than any line, so only its cut pieces' widths matter, and
 * shaping a million characters at once holds a glyph object for each.
 */
const LONG_WORD = 2048;

/** The width of a token as drawn; a very long one by chunks (kerning across chunks aside). */
function tokenWidth(ctx: RenderContext, run: Run, token: string): number {
  if (token.length <= LONG_WORD) return ctx.fonts.wordWidth(run.key, token, run.size);
  let width = 0;
  let start = 0;
  while (start < token.length) {
    let end = Math.min(token.length, start + LONG_WORD);
    // Never split a surrogate pair between two chunks.
    if (end < token.length && /[\ud800-\udbff]/.test(token[end - 1]!)) end++;
    width += ctx.fonts.width(run.key, token.slice(start, end), run.size);
    start = end;
  }
  return width;
}

/**
 * Cuts a word wider than `room` into lines, in one pass over its characters: each line takes
 * as many characters as fit, cut back to a URL-like separator in the line's second half if there
 * is one. Gives every full line to `emit` and returns the last piece, which fits. Linear in the
 * word's length: each character is measured once, and the rest of the word is measured whole
 * only once it is short (re-measuring it after every cut made a 100,000-character word cost
 * minutes and gigabytes).
 */
function cutLongWord(ctx: RenderContext, parts: Part[], width: number, room: number, emit: (head: Part[]) => void): { parts: Part[]; width: number } {
  let n = 0;
  for (const p of parts) n += p.text.length;
  // Per character (code point): its part, its offset in that part's text, its advance.
  const partOf = new Uint32Array(n);
  const offset = new Uint32Array(n);
  const advance = new Float64Array(n);
  const cutAfter = new Uint8Array(n);
  const noBreak = new Uint8Array(n);
  let count = 0;
  let total = 0;
  parts.forEach((p, i) => {
    let at = 0;
    for (const ch of p.text) {
      partOf[count] = i;
      offset[count] = at;
      advance[count] = ctx.fonts.width(p.run.key, ch, p.run.size);
      cutAfter[count] = CUT_AFTER.has(ch) ? 1 : 0;
      noBreak[count] = ch === '\u00a0' || ch === '\u202f' ? 1 : 0;
      total += advance[count]!;
      at += ch.length;
      count++;
    }
  });
  /** Characters [from, to) as parts, one per run, measured as they will be drawn (kerning included). */
  const slice = (from: number, to: number): Part[] => {
    const out: Part[] = [];
    let i = from;
    while (i < to) {
      const part = partOf[i]!;
      let j = i;
      while (j < to && partOf[j] === part) j++;
      const source = parts[part]!;
      const end = j < count && partOf[j] === part ? offset[j]! : source.text.length;
      const text = source.text.slice(offset[i]!, end);
      const last = out[out.length - 1];
      if (last && last.run === source.run) last.text += text;
      else out.push({ text, run: source.run, width: 0 });
      i = j;
    }
    for (const p of out) p.width = ctx.fonts.width(p.run.key, p.text, p.run.size);
    return out;
  };
  const widthOf = (ps: Part[]) => ps.reduce((w, p) => w + p.width, 0);
  let from = 0;
  let left = total;
  for (;;) {
    // Kerning changes a width by a few percent at most: a rest twice a line wide needs no exact measure.
    const rest = left > 2 * width ? null : slice(from, count);
    if (rest && widthOf(rest) <= room) return { parts: rest, width: widthOf(rest) };
    let fit = from;
    let sum = 0;
    while (fit < count && sum + advance[fit]! <= width) sum += advance[fit++]!;
    fit = Math.max(from + 1, fit);
    const first = fit;
    for (let i = first; i > from + (first - from) * 0.5 && i > from + 1; i--) {
      if (cutAfter[i - 1]) {
        fit = i;
        break;
      }
    }
    // Never at a no-break space (French "mot\u00a0:"): a step or two back, which keeps the cut linear.
    for (let k = 0; k < 2 && fit > from + 1 && fit < count && (noBreak[fit] || noBreak[fit - 1]); k++) fit--;
    emit(slice(from, fit));
    for (let i = from; i < fit; i++) left -= advance[i]!;
    from = fit;
  }
}

/**
 * A line is 1.2 em plus the template's line gap, as the DOCX counts it; the baseline sits at
 * 0.9 em so that capitals and descenders are balanced in table cells.
 */
const ASCENT = 0.9;
const DESCENT = 0.3;

function makeLine(parts: Part[], width: number, options: SetOptions, justify: boolean): Line {
  let asc = 0;
  let desc = 0;
  for (const p of parts) {
    asc = Math.max(asc, p.run.size * ASCENT + p.run.rise);
    desc = Math.max(desc, p.run.size * DESCENT - p.run.rise);
  }
  if (!parts.length) {
    asc = options.size * ASCENT;
    desc = options.size * DESCENT;
  }
  const natural = parts.reduce((n, p) => n + p.width, 0);
  const spaces = justify ? parts.filter((p) => p.text === ' ').length : 0;
  const extra = spaces ? (width - natural) / spaces : 0;
  let x = options.align === 'center' ? Math.max(0, (width - natural) / 2) : 0;
  const segs: Seg[] = [];
  let last: Seg | null = null;
  for (const p of parts) {
    if (last && last.run === p.run) {
      last.text += p.text;
      last.width += p.width;
    } else {
      last = { x, width: p.width, text: p.text, run: p.run };
      segs.push(last);
    }
    x += p.width;
    if (extra && p.text === ' ') {
      // Justified: each word is placed on its own, the space widened.
      x += extra;
      last = null;
    }
  }
  return { height: asc + desc + options.lineGap, baseline: options.lineGap / 2 + asc, width: natural, segs };
}

/**
 * Breaks runs into lines of at most `width` points: greedy, at spaces only (no hyphenation),
 * with a word longer than a line (a URL) cut where it must so that nothing crosses the margin.
 */
export function setLines(ctx: RenderContext, pieces: readonly Piece[], width: number, options: SetOptions): Line[] {
  const lines: Line[] = [];
  let cur: Part[] = [];
  let curWidth = 0;
  let pending: Part | null = null;
  const finish = (forced: boolean) => {
    lines.push(makeLine(cur, width, options, options.align === 'justify' && !forced));
    cur = [];
    curWidth = 0;
    pending = null;
  };
  const slack = 0.01;
  for (const atom of atoms(ctx, pieces)) {
    if (atom.kind === 'break') {
      finish(true);
      continue;
    }
    if (atom.kind === 'space') {
      if (cur.length && !pending) pending = atom.part;
      continue;
    }
    const space: number = pending ? (pending as Part).width : 0;
    if (curWidth + space + atom.width <= width + slack) {
      if (pending) cur.push(pending);
      cur.push(...atom.parts);
      curWidth += space + atom.width;
      pending = null;
      continue;
    }
    if (cur.length) finish(false);
    if (atom.width <= width + slack) {
      cur = [...atom.parts];
      curWidth = atom.width;
    } else {
      const last = cutLongWord(ctx, atom.parts, width, width + slack, (head) => {
        cur = head;
        finish(false);
      });
      cur = last.parts;
      curWidth = last.width;
    }
    pending = null;
  }
  if (cur.length || lines.length === 0) finish(true);
  return lines;
}

/** Draws a line with its top at `y`: each run tagged in its element, links made live. */
export function drawLine(ctx: RenderContext, line: Line, x: number, y: number, tag: Tag): void {
  const baseline = y + line.baseline;
  let i = 0;
  const segs = line.segs;
  while (i < segs.length) {
    const ownerOf = (seg: Seg) => seg.run.link?.tag ?? seg.run.tag ?? tag;
    const owner = ownerOf(segs[i]!);
    let j = i;
    while (j < segs.length && ownerOf(segs[j]!) === owner) j++;
    const from = i;
    const runs: InkRun[] = [];
    for (let k = from; k < j; k++) {
      const s = segs[k]!;
      if (s.text.trim()) runs.push({ key: s.run.key, size: s.run.size, colour: s.run.colour, x: x + s.x, y: baseline - s.run.rise, text: s.text });
    }
    if (runs.length) owner.mark(() => ink(ctx, runs));
    i = j;
  }
  drawLinks(ctx, line, x, y);
}

function drawLinks(ctx: RenderContext, line: Line, x: number, y: number): void {
  let i = 0;
  const segs = line.segs;
  while (i < segs.length) {
    const link = segs[i]!.run.link;
    if (!link) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < segs.length && segs[j + 1]!.run.link === link) j++;
    const first = segs[i]!;
    const last = segs[j]!;
    const left = x + first.x;
    const width = last.x + last.width - first.x - (last.text.endsWith(' ') ? ctx.fonts.width(last.run.key, ' ', last.run.size) : 0);
    const size = first.run.size;
    const options = { ...(ctx.inArtifact ? {} : { structParent: link.tag.element() }), Contents: new String(link.text) } as unknown as PDFKit.Mixins.AnnotationOption;
    if (link.href) ctx.doc.link(left, y, width, line.height, link.href, options);
    else ctx.doc.goTo(left, y, width, line.height, link.anchor!, options);
    if (link.href) {
      // Underlined too, so that a link is not told by its colour alone.
      const under = y + line.baseline + size * 0.12;
      ctx.artifact(() => ctx.rule(left, under, left + width, under, first.run.colour, Math.max(0.4, size * 0.05)));
    }
    i = j + 1;
  }
}

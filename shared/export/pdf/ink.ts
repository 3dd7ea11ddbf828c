import type { RenderContext } from './context.js';
import type { FontKey } from './fonts.js';

/** A string to draw at a baseline, in one face, size and colour. */
export interface InkRun {
  key: FontKey;
  size: number;
  colour: string;
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  text: string;
}

/** What the writer uses of pdfkit's embedded font (the same calls pdfkit's own text drawing makes). */
export interface EmbeddedFont {
  id: string;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  ref(): unknown;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

const rgb = new Map<string, string>();
function fillOp(hex: string): string {
  let op = rgb.get(hex);
  if (!op) {
    const n = Number.parseInt(hex.slice(1), 16);
    op = `${num(((n >> 16) & 255) / 255)} ${num(((n >> 8) & 255) / 255)} ${num((n & 255) / 255)} rg`;
    rgb.set(hex, op);
  }
  return op;
}

/** A word's glyphs in the font's encoding, in stretches that end where kerning moves the next glyph. */
interface Encoded {
  /** Hex glyph ids, and the kerning after the stretch's last glyph (0: none). */
  stretches: { hex: string; adjust: number }[];
  /** Whether a glyph is offset (positioned marks): such text is drawn by pdfkit itself. */
  offset: boolean;
}

const encodings = new WeakMap<EmbeddedFont, Map<string, Encoded>>();

/**
 * A chunk of text ("word " as pdfkit shapes it) encoded once per font: pdfkit's own `encode`
 * adds the glyphs to the font's subset and records their widths and characters the first time;
 * afterwards the same word gives the same glyph ids, and re-encoding it was the largest cost of
 * drawing text.
 */
function encoded(font: EmbeddedFont, chunk: string): Encoded {
  let cache = encodings.get(font);
  if (!cache) encodings.set(font, (cache = new Map()));
  let found = cache.get(chunk);
  if (!found) {
    const [glyphs, positions] = font.encode(chunk);
    const stretches: Encoded['stretches'] = [];
    let from = 0;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      const adjust = p.xAdvance - p.advanceWidth;
      if (adjust !== 0 || i === positions.length - 1) {
        stretches.push({ hex: glyphs.slice(from, i + 1).join(''), adjust });
        from = i + 1;
      }
    }
    found = { stretches, offset: positions.some((p) => p.xOffset || p.yOffset) };
    cache.set(chunk, found);
  }
  return found;
}

/** The chunks pdfkit shapes a string in: each ends after a space or a tab, or at the end. */
const CHUNKS = /[^ \t]*[ \t]|[^ \t]+$/g;

/**
 * The TJ array of a string: glyphs in hex, split where kerning moves the next one (as pdfkit
 * writes it); null when a glyph is offset.
 */
function glyphArray(font: EmbeddedFont, text: string): string | null {
  // Stretches run together until one ends with a kerning adjustment; the last part may have none.
  let out = '[';
  let hex = '';
  for (const chunk of text.match(CHUNKS) ?? []) {
    const e = encoded(font, chunk);
    if (e.offset) return null;
    for (const s of e.stretches) {
      hex += s.hex;
      if (s.adjust !== 0) {
        out += `${out.length > 1 ? ' ' : ''}<${hex}> ${num(-s.adjust)}`;
        hex = '';
      }
    }
  }
  if (hex) out += `${out.length > 1 ? ' ' : ''}<${hex}> 0`;
  return `${out}]`;
}

/**
 * Writes runs of text as one block of PDF operators. pdfkit's `text()` writes eight small
 * operators per call, each a separate buffer kept until the end: for a thousand-page report
 * that is millions of objects and most of the time spent. This writes the same operators
 * pdfkit would (its own font encoding, kerning and subsetting) in a single string per call.
 * A run with positioned marks (rare combining sequences) goes through pdfkit's `text()`.
 */
export function ink(ctx: RenderContext, runs: readonly InkRun[]): void {
  const { doc } = ctx;
  const page = (doc as unknown as { page: { height: number; fonts: Record<string, unknown> } }).page;
  const ops: string[] = [`q 1 0 0 -1 0 ${num(page.height)} cm BT`];
  let font: string | null = null;
  let size = 0;
  let colour: string | null = null;
  const slow: InkRun[] = [];
  for (const run of runs) {
    const f = ctx.fonts.embedded(run.key);
    const glyphs = glyphArray(f, run.text);
    if (glyphs === null) {
      slow.push(run);
      continue;
    }
    if (page.fonts[f.id] == null) page.fonts[f.id] = f.ref();
    if (run.colour !== colour) {
      ops.push(fillOp(run.colour));
      colour = run.colour;
    }
    if (f.id !== font || run.size !== size) {
      ops.push(`/${f.id} ${num(run.size)} Tf`);
      font = f.id;
      size = run.size;
    }
    ops.push(`1 0 0 1 ${num(run.x)} ${num(page.height - run.y)} Tm`);
    ops.push(`${glyphs} TJ`);
  }
  ops.push('ET Q');
  doc.addContent(ops.join('\n'));
  for (const run of slow) {
    ctx.pen(run.key, run.size, run.colour);
    ctx.text(run.text, run.x, run.y);
  }
}

import * as fontkit from 'fontkit';
import { LatinShaper, type ShapedRun, type ShaperFont } from '../pdf/shaper.js';
import { chartDrawing, type ChartDrawing, type ChartStyle, type Measure } from './draw.js';
import type { ChartSpec } from './spec.js';

/**
 * A chart as an SVG document, for the DOCX: the same layout as the PDF's, its words drawn as
 * the template's own glyph outlines, so that Word, LibreOffice and the PNG fallback show the
 * report's typeface without depending on the fonts a reader has installed.
 */

/** The body font's regular and bold faces, as bytes. */
export interface ChartFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

interface Face {
  font: fontkit.Font;
  /** The PDF's fast Latin shaper (fontkit's own results, without its per-call plan); fontkit for the rest. */
  shaper: LatinShaper | null;
  widths: Map<string, number>;
  /** Glyph outlines by glyph id, in font units: an SVG path's commands with their points. */
  outlines: Map<number, { command: string; args: number[] }[]>;
}

const faces = new WeakMap<Uint8Array, Face>();
const fonts = new WeakMap<Uint8Array, fontkit.Font>();

/** The font read from its bytes (fontkit reads its tables when they are first used). */
function fontOf(bytes: Uint8Array): fontkit.Font {
  let font = fonts.get(bytes);
  if (!font) {
    font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as fontkit.Font;
    fonts.set(bytes, font);
  }
  return font;
}

function faceOf(bytes: Uint8Array): Face {
  let face = faces.get(bytes);
  if (!face) {
    const font = fontOf(bytes);
    face = { font, shaper: LatinShaper.create(font as unknown as ShaperFont), widths: new Map(), outlines: new Map() };
    faces.set(bytes, face);
  }
  return face;
}

const FEATURES = { kern: true, liga: true };

/** Glyphs and positions (font units) of a text, as the PDF shapes it. */
function shape(face: Face, text: string): ShapedRun {
  return face.shaper?.layout(text) ?? (face.font.layout(text, FEATURES) as unknown as ShapedRun);
}

/** The width of `text` in ems of the font given as bytes, shaped as the PDF shapes it (each text measured once). */
export function emWidth(bytes: Uint8Array, text: string): number {
  const face = faceOf(bytes);
  let w = face.widths.get(text);
  if (w === undefined) {
    w = shape(face, text).positions.reduce((n, p) => n + p.xAdvance, 0) / face.font.unitsPerEm;
    face.widths.set(text, w);
  }
  return w;
}

const advances = new WeakMap<fontkit.Font, Map<number, number>>();

/**
 * A close ceiling of `text`'s width in ems, without shaping: its characters' advances added up,
 * plus a twentieth for kerning that widens (ligatures and most kerning narrow a word).
 */
export function roughEmWidth(bytes: Uint8Array, text: string): number {
  const font = fontOf(bytes);
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map()));
  let sum = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = known.get(cp);
    if (a === undefined) {
      a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      known.set(cp, a);
    }
    sum += a;
  }
  return sum * 1.05;
}

/** A measure of text in the body font, as the PDF measures it. */
export function fontMeasure(fonts: ChartFonts): Measure {
  return (text, size, bold) => emWidth(bold ? fonts.bold : fonts.regular, text) * size;
}

const SVG_COMMANDS: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };
const num = (v: number) => String(Math.round(v * 100) / 100);
/** Glyph points to a tenth of a point: finer than the PNG's pixels and than print needs. */
const pt = (v: number) => String(Math.round(v * 10) / 10);

function escapeXml(s: string): string {
  // Only characters XML 1.0 allows; the alternative text may hold anything the user typed.
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A run of text as one path: each glyph's outline moved to its place and scaled to `size`. */
function textPath(face: Face, text: string, x: number, baseline: number, size: number): string {
  const run = shape(face, text);
  const k = size / face.font.unitsPerEm;
  let pen = 0;
  const out: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!;
    let outline = face.outlines.get(glyph.id);
    if (!outline) {
      outline = face.font.getGlyph(glyph.id).path.commands.map((c) => ({ command: c.command, args: [...c.args] }));
      face.outlines.set(glyph.id, outline);
    }
    const ox = pen + pos.xOffset;
    const oy = pos.yOffset;
    for (const c of outline) {
      const letter = SVG_COMMANDS[c.command];
      if (!letter) continue;
      const pts: string[] = [];
      for (let a = 0; a + 1 < c.args.length; a += 2) pts.push(`${pt(x + (ox + c.args[a]!) * k)} ${pt(baseline - (oy + c.args[a + 1]!) * k)}`);
      out.push(letter + pts.join(' '));
    }
    pen += pos.xAdvance;
  });
  return out.join('');
}

/** The drawing as SVG markup, `width` × `height` points, with its alternative text as title. */
export function drawingSvg(drawing: ChartDrawing, fonts: ChartFonts, alt: string): string {
  const parts: string[] = [];
  for (const s of drawing.shapes) {
    switch (s.kind) {
      case 'rect':
        parts.push(`<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}" fill="${s.fill}"/>`);
        break;
      case 'line':
        parts.push(`<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${s.colour}" stroke-width="${num(s.width)}"${s.dash?.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`);
        break;
      case 'polyline':
        parts.push(`<polyline points="${s.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="none" stroke="${s.colour}" stroke-width="${num(s.width)}" stroke-linejoin="round"${s.dash?.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`);
        break;
      case 'polygon':
        parts.push(`<polygon points="${s.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${num(s.width)}"/>`);
        break;
      case 'circle':
        parts.push(`<circle cx="${num(s.x)}" cy="${num(s.y)}" r="${num(s.r)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${num(s.width)}"/>`);
        break;
      case 'text': {
        const d = textPath(faceOf(s.bold ? fonts.bold : fonts.regular), s.text, s.x, s.baseline, s.size);
        if (d) parts.push(`<path fill="${s.colour}" d="${d}"/>`);
        break;
      }
    }
  }
  const w = num(drawing.width);
  const h = num(drawing.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>${escapeXml(alt)}</title>`,
    `<rect width="${w}" height="${h}" fill="#FFFFFF"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** A chart laid out for `width` points and written as SVG with the body font's outlines. */
export function chartSvg(spec: ChartSpec, alt: string, width: number, style: ChartStyle, fonts: ChartFonts): { svg: string; drawing: ChartDrawing } {
  const measure = fontMeasure(fonts);
  // Characters the font lacks become a visible mark, as in the PDF, never a blank.
  const has = (bytes: Uint8Array) => (cp: number) => faceOf(bytes).font.hasGlyphForCodePoint(cp);
  const clean = (text: string, bold: boolean) => {
    const ok = has(bold ? fonts.bold : fonts.regular);
    let out = '';
    for (const ch of text.replace(/[\n\t]/g, ' ')) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      out += ok(cp) ? ch : ok(0x25a1) ? '\u25a1' : '?';
    }
    return out;
  };
  const drawing = chartDrawing(spec, width, style, (text, size, bold) => measure(clean(text, bold), size, bold));
  const cleaned = { ...drawing, shapes: drawing.shapes.map((s) => (s.kind === 'text' ? { ...s, text: clean(s.text, s.bold) } : s)) };
  return { svg: drawingSvg(cleaned, fonts, alt), drawing: cleaned };
}

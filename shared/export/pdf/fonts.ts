import type { LayoutFonts } from '../layout/types.js';
import type { PdfDoc } from './document.js';
import { withoutGlyphNames } from './glyph-names.js';
import type { EmbeddedFont } from './ink.js';
import { LatinShaper, type ShaperFont } from './shaper.js';

/** Which of the template's two families a text uses. */
export type Family = 'body' | 'heading';

/** The name a face is registered under in the document. */
export type FontKey = string;

/** The parts of pdfkit's embedded font object the renderer measures with. */
interface PdfKitFont extends EmbeddedFont {
  widthOfString(text: string, size: number): number;
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
type Face = (typeof FACES)[number];

/** Whether two font files are the same bytes (compared natively: fonts weigh hundreds of kilobytes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/**
 * The OpenType features the renderer shapes text with: kerning and standard ligatures, which
 * Latin typography needs, and none of the contextual machinery (contextual alternates, mark
 * positioning…) that Latin text in precomposed form never uses. fontkit applies every default
 * feature otherwise, and that lookup work was the largest single cost of an export.
 */
const FEATURES = { kern: true, liga: true, calt: false, clig: false, ccmp: false, locl: false, mark: false, mkmk: false, rlig: false, rclt: false, curs: false };

/**
 * Makes pdfkit shape with {@link FEATURES} while keeping its per-word cache, which it bypasses
 * when features are passed explicitly, and takes the {@link LatinShaper}'s result where it has
 * one (the same glyphs and positions as fontkit's, for a fraction of the cost). Relies on pdfkit
 * 0.20's `layoutRun`, `font` and `scale`: pdfkit is pinned.
 */
function limitShaping(font: PdfKitFont): void {
  const target = font as unknown as { layoutRun(text: string, features?: unknown): unknown; font: ShaperFont; scale: number };
  const layoutRun = target.layoutRun.bind(font);
  const shaper = LatinShaper.create(target.font);
  const scale = target.scale;
  target.layoutRun = (text, features) => {
    const run = features == null ? shaper?.layout(text) : null;
    if (!run) return layoutRun(text, features ?? FEATURES);
    // What pdfkit's own layoutRun makes of fontkit's run: positions in thousandths of the size.
    let advanceWidth = 0;
    const positions = run.positions.map((p, i) => {
      const xAdvance = p.xAdvance * scale;
      advanceWidth += xAdvance;
      return { xAdvance, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: run.glyphs[i]!.advanceWidth * scale };
    });
    return { glyphs: run.glyphs, positions, advanceWidth };
  };
}

/**
 * The template's fonts, registered from their bytes (pdfkit embeds and subsets them), with a
 * per-face cache of string widths: the same words recur thousands of times in a report, and
 * measuring each once keeps the layout linear in the size of the text.
 */
export class Fonts {
  private readonly loaded = new Map<FontKey, { font: PdfKitFont; widths: Map<string, number>; spaced: Map<string, number>; glyphs: Map<number, boolean> }>();
  private readonly keys = new Map<string, FontKey>();

  constructor(
    private readonly doc: PdfDoc,
    fonts: LayoutFonts,
  ) {
    for (const face of FACES) {
      this.register(`body-${face}`, fonts.body[face]);
      // The heading family is often the body family: one embedded copy, not two.
      const same = sameBytes(fonts.heading[face], fonts.body[face]);
      if (same) this.keys.set(`heading-${face}`, `body-${face}`);
      else this.register(`heading-${face}`, fonts.heading[face]);
    }
  }

  private register(name: string, file: Uint8Array): void {
    const bytes = withoutGlyphNames(file);
    this.doc.registerFont(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.keys.set(name, name);
  }

  /** The registered face for a family and a style. */
  key(family: Family, bold = false, italic = false): FontKey {
    const face: Face = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
    return this.keys.get(`${family}-${face}`)!;
  }

  private face(key: FontKey) {
    let entry = this.loaded.get(key);
    if (!entry) {
      this.doc.font(key);
      // pdfkit exposes no public handle on the loaded font; its measuring object is `_font`.
      const font = (this.doc as unknown as { _font: PdfKitFont })._font;
      limitShaping(font);
      entry = { font, widths: new Map(), spaced: new Map(), glyphs: new Map() };
      this.loaded.set(key, entry);
    }
    return entry;
  }

  /** The width of `text` at `size` points, as pdfkit will draw it. */
  width(key: FontKey, text: string, size: number): number {
    const face = this.face(key);
    let w = face.widths.get(text);
    if (w === undefined) {
      w = face.font.widthOfString(text, 1);
      face.widths.set(text, w);
    }
    return w * size;
  }

  /**
   * The width of a word followed by a space, less the space. pdfkit shapes text in chunks
   * that end with a space ("word "); measuring words the same way shapes each word once for
   * both measuring and drawing, and shaping is the costliest step of text.
   */
  wordWidth(key: FontKey, word: string, size: number): number {
    // Looked up by the word itself: building "word " for every lookup cost more than the lookup.
    const face = this.face(key);
    let w = face.spaced.get(word);
    if (w === undefined) {
      w = this.width(key, `${word} `, 1);
      face.spaced.set(word, w);
    }
    return w * size - this.width(key, ' ', size);
  }

  /** pdfkit's embedded font for a face, to write text with. */
  embedded(key: FontKey): EmbeddedFont {
    return this.face(key).font;
  }

  /** Whether the face can draw a character (else pdfkit would draw the .notdef box). */
  has(key: FontKey, codePoint: number): boolean {
    const face = this.face(key);
    let known = face.glyphs.get(codePoint);
    if (known === undefined) {
      known = face.font.font.hasGlyphForCodePoint(codePoint);
      face.glyphs.set(codePoint, known);
    }
    return known;
  }
}

/**
 * A fast shaper for Latin text, giving exactly what fontkit's OpenType layout gives with the
 * renderer's features (standard ligatures, pair kerning) for the fonts it can vouch for.
 *
 * fontkit builds a shaping plan and walks every lookup of the font for each call: about 80 µs a
 * word, and the words of a report are shaped one by one (pdfkit measures and draws "word "
 * chunks). For precomposed Latin text with a font whose `liga` feature is plain ligature
 * substitution and whose `kern` feature is plain pair positioning, the result is a cmap lookup,
 * the ligatures, and a kerning value per pair of glyphs: that is what this computes, reading the
 * same GSUB and GPOS subtables fontkit reads, in the same order, with the same tie-breaks. It
 * reads them from the font's bytes, only where a text needs them: decoding whole kerning tables
 * as fontkit does cost 20 ms a face, more than shaping a report.
 *
 * Anything else goes to fontkit: a font that is not a plain TrueType/OpenType file (WOFF, a
 * collection), with other lookup types, lookup flags, variations or features that differ between
 * the default and Latin scripts ({@link LatinShaper.create} returns null), and any text holding a character outside the Latin and punctuation ranges, a combining
 * or default-ignorable character, a fraction slash, or a glyph the font classes as a mark
 * ({@link LatinShaper.layout} returns null). `tests/export/pdf/shaper.test.ts` compares both
 * shapers on the seeds' words and on generated text, for every template font.
 */

/** The parts of a fontkit glyph the renderer and pdfkit use. */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A glyph's position, as fontkit gives it (font units). */
export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A shaped run, as fontkit's `layout` returns it (font units). */
export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
}

/** The parts of a fontkit font the shaper reads: the file's bytes and table directory, the cmap. */
export interface ShaperFont {
  type: string;
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  glyphForCodePoint(codePoint: number): ShapedGlyph;
  getGlyph(id: number, codePoints?: number[]): ShapedGlyph;
}

/** Where fontkit looks when a text's script has no entry of its own. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * Characters the fast path takes: Latin letters in precomposed form and the punctuation, digits
 * and symbols of French and English text, and the geometric shapes and marks the report draws. Not taken (fontkit shapes them): controls, combining
 * marks, the soft hyphen and other default-ignorable characters, bidirectional controls, the
 * fraction slash (it turns on fraction features), variation selectors and every other script.
 */
function latin(cp: number): boolean {
  if (cp < 0x20) return false;
  if (cp <= 0x7e) return true;
  if (cp < 0xa0) return false;
  if (cp <= 0x24f) return cp !== 0xad;
  if (cp >= 0x2010 && cp <= 0x2027) return true;
  if (cp >= 0x202f && cp <= 0x205e) return cp !== 0x2044;
  if (cp >= 0x20a0 && cp <= 0x20cf) return true;
  // The report's own marks: list bullets (◦ ‣), the progress scale's boxes (■ □ ☐ ☑) and ticks
  // (✓ ✔). Without them, a first bullet or box made fontkit build its whole layout engine.
  return (cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x2610 && cp <= 0x2612) || cp === 0x2713 || cp === 0x2714;
}

/** Big-endian reads at absolute offsets of the font file. */
class Bytes {
  private readonly view: DataView;
  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16 = (at: number) => this.view.getUint16(at);
  i16 = (at: number) => this.view.getInt16(at);
  u32 = (at: number) => this.view.getUint32(at);
  tag = (at: number) => String.fromCharCode(this.view.getUint8(at), this.view.getUint8(at + 1), this.view.getUint8(at + 2), this.view.getUint8(at + 3));
}

/** The index of a glyph in a Coverage table (OpenType layout common table), or -1. */
function coverageIndex(b: Bytes, at: number, glyph: number): number {
  const format = b.u16(at);
  const count = b.u16(at + 2);
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (format === 1) {
      const g = b.u16(at + 4 + mid * 2);
      if (g === glyph) return mid;
      if (g < glyph) lo = mid + 1;
      else hi = mid - 1;
    } else {
      const range = at + 4 + mid * 6;
      if (glyph < b.u16(range)) hi = mid - 1;
      else if (glyph > b.u16(range + 2)) lo = mid + 1;
      else return b.u16(range + 4) + glyph - b.u16(range);
    }
  }
  return -1;
}

/** The class of a glyph in a ClassDef table (0 when it has none). */
function classOf(b: Bytes, at: number, glyph: number): number {
  const format = b.u16(at);
  if (format === 1) {
    const i = glyph - b.u16(at + 2);
    return i >= 0 && i < b.u16(at + 4) ? b.u16(at + 6 + i * 2) : 0;
  }
  let lo = 0;
  let hi = b.u16(at + 2) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = at + 4 + mid * 6;
    if (glyph < b.u16(range)) hi = mid - 1;
    else if (glyph > b.u16(range + 2)) lo = mid + 1;
    else return b.u16(range + 4);
  }
  return 0;
}

/** A value record's adjustments (device tables are ignored, as fontkit does without variations). */
interface Adjust {
  xPlacement: number;
  yPlacement: number;
  xAdvance: number;
  yAdvance: number;
}

function valueSize(format: number): number {
  let n = 0;
  for (let bit = format; bit; bit >>= 1) n += bit & 1;
  return n * 2;
}

function readValue(b: Bytes, at: number, format: number): Adjust {
  // The fields present are stored in this order, two bytes each.
  const next = (bit: number) => {
    if (!(format & bit)) return 0;
    const value = b.i16(at);
    at += 2;
    return value;
  };
  const xPlacement = next(1);
  const yPlacement = next(2);
  const xAdvance = next(4);
  const yAdvance = next(8);
  return { xPlacement, yPlacement, xAdvance, yAdvance };
}

/**
 * The subtables (absolute offsets) of the lookups of `feature` in a GSUB or GPOS table at
 * `table`, lookup by lookup: the same for the default and the Latin script, of lookup type
 * `type` (or wrapped in `extension` lookups), with no lookup flags. Null when any of that is not
 * so: fontkit's result would then depend on what the fast path does not model.
 */
function featureSubtables(b: Bytes, table: number | undefined, feature: string, type: number, extension: number): number[][] | null {
  if (table === undefined) return [];
  // Feature variations (OpenType 1.1) make the lookups depend on the instance.
  if (b.u16(table + 2) >= 1 && b.u32(table + 10) !== 0) return null;
  const scriptList = table + b.u16(table + 4);
  const featureList = table + b.u16(table + 6);
  const lookupList = table + b.u16(table + 8);
  const scripts = new Map<string, number>();
  for (let i = 0; i < b.u16(scriptList); i++) scripts.set(b.tag(scriptList + 2 + i * 6), scriptList + b.u16(scriptList + 6 + i * 6));
  const lookupsFor = (script: number | undefined): number[] => {
    const langSys = script === undefined || b.u16(script) === 0 ? undefined : script + b.u16(script);
    const indexes = new Set<number>();
    for (let k = 0; langSys !== undefined && k < b.u16(langSys + 4); k++) {
      const f = b.u16(langSys + 6 + k * 2);
      if (b.tag(featureList + 2 + f * 6) !== feature) continue;
      const at = featureList + b.u16(featureList + 6 + f * 6);
      for (let l = 0; l < b.u16(at + 2); l++) indexes.add(b.u16(at + 4 + l * 2));
    }
    return [...indexes].sort((x, y) => x - y);
  };
  const fallback = DEFAULT_SCRIPTS.map((tag) => scripts.get(tag)).find((s) => s !== undefined);
  const latn = lookupsFor(scripts.get('latn') ?? fallback);
  if (latn.join() !== lookupsFor(fallback).join()) return null;
  const out: number[][] = [];
  for (const index of latn) {
    const lookup = lookupList + b.u16(lookupList + 2 + index * 2);
    if (b.u16(lookup + 2) !== 0) return null;
    const kind = b.u16(lookup);
    const subtables: number[] = [];
    for (let k = 0; k < b.u16(lookup + 4); k++) {
      let sub = lookup + b.u16(lookup + 6 + k * 2);
      if (kind === extension) {
        if (b.u16(sub + 2) !== type) return null;
        sub += b.u32(sub + 4);
      } else if (kind !== type) return null;
      subtables.push(sub);
    }
    out.push(subtables);
  }
  return out;
}

type Ligature = { glyph: number; components: number[] };
type PairValue = { v1: Adjust; v2: Adjust } | null;

/** Fast shaping with `liga` and `kern` for fonts that allow it; see the module's comment. */
export class LatinShaper {
  private readonly glyphs = new Map<number, ShapedGlyph | null>();
  private readonly ligatures: Map<number, Ligature[] | null>[];
  private readonly pairs: Map<number, PairValue>[];

  private constructor(
    private readonly font: ShaperFont,
    private readonly b: Bytes,
    private readonly glyphClasses: number | undefined,
    private readonly ligaTables: number[][],
    private readonly kernTables: number[][],
  ) {
    this.ligatures = ligaTables.map(() => new Map());
    this.pairs = kernTables.map(() => new Map());
  }

  /** A shaper for the font, or null when only fontkit's full engine gives the right result. */
  static create(font: ShaperFont): LatinShaper | null {
    const tables = font.directory.tables;
    // A variable font shapes per instance; WOFF and collections keep their tables elsewhere.
    if (font.type !== 'TTF' || tables['fvar'] || !tables['GPOS']) return null;
    const b = new Bytes(font.stream.buffer);
    const liga = featureSubtables(b, tables['GSUB']?.offset, 'liga', 4, 7);
    // Without a GPOS table fontkit kerns with the legacy `kern` table: not handled here.
    const kern = featureSubtables(b, tables['GPOS'].offset, 'kern', 2, 9);
    if (!liga || !kern) return null;
    if (liga.some((l) => l.some((t) => b.u16(t) !== 1)) || kern.some((l) => l.some((t) => b.u16(t) !== 1 && b.u16(t) !== 2))) return null;
    const gdef = tables['GDEF']?.offset;
    const classDef = gdef !== undefined && b.u16(gdef + 4) ? gdef + b.u16(gdef + 4) : undefined;
    return new LatinShaper(font, b, classDef, liga, kern);
  }

  /** The glyph fontkit maps a character to, or null when the fast path does not take it. */
  private glyph(cp: number): ShapedGlyph | null {
    let glyph = this.glyphs.get(cp);
    if (glyph === undefined) {
      glyph = latin(cp) ? this.font.glyphForCodePoint(cp) : null;
      // A glyph the font classes as a mark gets a zero advance in fontkit's positioning.
      if (glyph && this.glyphClasses !== undefined && classOf(this.b, this.glyphClasses, glyph.id) === 3) glyph = null;
      this.glyphs.set(cp, glyph);
    }
    return glyph;
  }

  /** The ligatures starting with `first` in one lookup's subtables, in the order fontkit tries them. */
  private ligaturesOf(lookup: number, first: number): Ligature[] | null {
    const cache = this.ligatures[lookup]!;
    let found = cache.get(first);
    if (found === undefined) {
      // fontkit tries the covering subtables in order until one of their ligatures matches.
      const b = this.b;
      const list: Ligature[] = [];
      let covered = false;
      for (const table of this.ligaTables[lookup]!) {
        const index = coverageIndex(b, table + b.u16(table + 2), first);
        if (index === -1 || index >= b.u16(table + 4)) continue;
        covered = true;
        const set = table + b.u16(table + 6 + index * 2);
        for (let k = 0; k < b.u16(set); k++) {
          const lig = set + b.u16(set + 2 + k * 2);
          const components: number[] = [];
          for (let c = 1; c < b.u16(lig + 2); c++) components.push(b.u16(lig + 2 + c * 2));
          list.push({ glyph: b.u16(lig), components });
        }
      }
      found = covered ? list : null;
      cache.set(first, found);
    }
    return found;
  }

  /** The adjustment of a pair in one kerning lookup (the first subtable that applies), if any. */
  private pair(lookup: number, first: number, second: number): PairValue {
    const cache = this.pairs[lookup]!;
    const key = first * 0x10000 + second;
    let value = cache.get(key);
    if (value === undefined) {
      value = null;
      const b = this.b;
      for (const table of this.kernTables[lookup]!) {
        const index = coverageIndex(b, table + b.u16(table + 2), first);
        if (index === -1) continue;
        const f1 = b.u16(table + 4);
        const f2 = b.u16(table + 6);
        const size1 = valueSize(f1);
        if (b.u16(table) === 1) {
          if (index >= b.u16(table + 8)) continue;
          const set = table + b.u16(table + 10 + index * 2);
          const record = 2 + size1 + valueSize(f2);
          let lo = 0;
          let hi = b.u16(set) - 1;
          let hit = -1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const g = b.u16(set + 2 + mid * record);
            if (g === second) {
              hit = set + 2 + mid * record;
              break;
            }
            if (g < second) lo = mid + 1;
            else hi = mid - 1;
          }
          // Not in this subtable's pairs: fontkit goes on to the next subtable.
          if (hit === -1) continue;
          value = { v1: readValue(b, hit + 2, f1), v2: readValue(b, hit + 2 + size1, f2) };
        } else {
          const class1 = classOf(b, table + b.u16(table + 8), first);
          const class2 = classOf(b, table + b.u16(table + 10), second);
          const class2Count = b.u16(table + 14);
          if (class1 >= b.u16(table + 12) || class2 >= class2Count) break;
          const record = table + 16 + (class1 * class2Count + class2) * (size1 + valueSize(f2));
          value = { v1: readValue(b, record, f1), v2: readValue(b, record + size1, f2) };
        }
        break;
      }
      cache.set(key, value);
    }
    return value;
  }

  /** Shapes `text` as fontkit would, or returns null when the fast path does not take it. */
  layout(text: string): ShapedRun | null {
    let glyphs: ShapedGlyph[] = [];
    for (let i = 0; i < text.length; i++) {
      const glyph = this.glyph(text.charCodeAt(i));
      if (!glyph) return null;
      glyphs.push(glyph);
    }
    for (let l = 0; l < this.ligaTables.length; l++) glyphs = this.ligate(l, glyphs);
    const positions: ShapedPosition[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    for (let l = 0; l < this.kernTables.length; l++) {
      for (let i = 0; i + 1 < glyphs.length; i++) {
        const value = this.pair(l, glyphs[i]!.id, glyphs[i + 1]!.id);
        if (!value) continue;
        apply(positions[i]!, value.v1);
        apply(positions[i + 1]!, value.v2);
      }
    }
    return { glyphs, positions };
  }

  private ligate(lookup: number, glyphs: ShapedGlyph[]): ShapedGlyph[] {
    const out: ShapedGlyph[] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const first = glyphs[i]!;
      const candidates = this.ligaturesOf(lookup, first.id);
      const match = candidates?.find((lig) => lig.components.every((c, k) => glyphs[i + 1 + k]?.id === c));
      if (!match) {
        out.push(first);
        continue;
      }
      const codePoints = [...first.codePoints];
      for (let k = 1; k <= match.components.length; k++) codePoints.push(...glyphs[i + k]!.codePoints);
      out.push(this.font.getGlyph(match.glyph, codePoints));
      i += match.components.length;
    }
    return out;
  }
}

function apply(position: ShapedPosition, value: Adjust): void {
  position.xAdvance += value.xAdvance;
  position.yAdvance += value.yAdvance;
  position.xOffset += value.xPlacement;
  position.yOffset += value.yPlacement;
}

/**
 * A fast shaper for Latin text, giving exactly what fontkit's OpenType layout gives with the
 * renderer's features (standard ligatures, pair kerning) for the fonts it can vouch for.
 *
 * fontkit builds a shaping plan and walks every lookup of the font for each call: about 80 µs a
 * word, and the words of a report are shaped one by one (pdfkit measures and draws "word "
 * chunks). For precomposed Latin text with a font whose `liga` feature is plain ligature
 * substitution and whose `kern` feature is plain pair positioning, the result is a cmap lookup,
 * the ligatures, and a kerning value per pair of glyphs: that is what this computes, reading the
 * same GSUB and GPOS subtables fontkit reads, in the same order, with the same tie-breaks.
 *
 * Anything else goes to fontkit: a font with other lookup types, lookup flags, variations or
 * features that differ between the default and Latin scripts ({@link LatinShaper.create} returns
 * null), and any text holding a character outside the Latin and punctuation ranges, a combining
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

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}

interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}

interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}

interface LazyArray<T> {
  length: number;
  get(index: number): T;
}

interface Subtable {
  version: number;
  coverage: Coverage;
  lookupType?: number;
  extension?: Subtable;
  ligatureSets?: LazyArray<{ glyph: number; components: number[] }[]>;
  pairSets?: LazyArray<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: LazyArray<LazyArray<{ value1: ValueRecord; value2: ValueRecord }>>;
}

interface Lookup {
  lookupType: number;
  flags: { markAttachmentType?: number; flags?: Record<string, boolean> } | number;
  subTables: Subtable[];
}

interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<Lookup>;
  featureVariations?: unknown;
}

/** The parts of a fontkit font the shaper reads. */
export interface ShaperFont {
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  _variationProcessor?: unknown;
  glyphForCodePoint(codePoint: number): ShapedGlyph;
  getGlyph(id: number, codePoints?: number[]): ShapedGlyph;
}

/** Where fontkit looks when a text's script has no entry of its own. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * Characters the fast path takes: Latin letters in precomposed form and the punctuation, digits
 * and symbols of French and English text. Not taken (fontkit shapes them): controls, combining
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
  return cp >= 0x20a0 && cp <= 0x20cf;
}

function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs!.indexOf(glyph);
  if (coverage.version === 2) {
    for (const range of coverage.rangeRecords!) if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
  }
  return -1;
}

function classOf(glyph: number, classDef: ClassDef | undefined): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph!;
    if (i >= 0 && i < classDef.classValueArray!.length) return classDef.classValueArray![i]!;
  } else if (classDef.version === 2) {
    for (const range of classDef.classRangeRecord!) if (range.start <= glyph && glyph <= range.end) return range.class;
  }
  return 0;
}

/** Whether a lookup applies to every glyph (no flags: nothing skipped, no mark filtering). */
function plainFlags(flags: Lookup['flags']): boolean {
  if (typeof flags === 'number') return flags === 0;
  if ((flags.markAttachmentType ?? 0) !== 0) return false;
  return Object.values(flags.flags ?? {}).every((on) => !on);
}

/** The subtables of a lookup of `type`, extensions (`extensionType`) unwrapped; null if mixed. */
function subtablesOf(lookup: Lookup, type: number, extensionType: number): Subtable[] | null {
  if (!plainFlags(lookup.flags)) return null;
  if (lookup.lookupType === type) return lookup.subTables;
  if (lookup.lookupType !== extensionType) return null;
  const tables = lookup.subTables.map((s) => s.extension);
  if (tables.some((t, i) => !t || lookup.subTables[i]!.lookupType !== type)) return null;
  return tables as Subtable[];
}

/**
 * The lookups of `feature` in a layout table, the same for the default and Latin scripts (else
 * null: the result would depend on the text's script). A font without the feature has none.
 */
function featureLookups(table: LayoutTable | undefined, feature: string): Lookup[] | null {
  if (!table) return [];
  if (table.featureVariations) return null;
  const lists = ['latn', 'default'].map((script) => {
    const entry = script === 'latn' ? table.scriptList.find((s) => s.tag === 'latn') : DEFAULT_SCRIPTS.map((tag) => table.scriptList.find((s) => s.tag === tag)).find(Boolean);
    const langSys = (entry ?? table.scriptList.find((s) => DEFAULT_SCRIPTS.includes(s.tag)))?.script.defaultLangSys;
    const indexes = new Set<number>();
    for (const i of langSys?.featureIndexes ?? []) {
      const record = table.featureList[i]!;
      if (record.tag === feature) for (const l of record.feature.lookupListIndexes) indexes.add(l);
    }
    return [...indexes].sort((a, b) => a - b);
  });
  if (lists[0]!.join() !== lists[1]!.join()) return null;
  return lists[0]!.map((i) => table.lookupList.get(i));
}

type Ligature = { glyph: number; components: number[] };
type PairValue = { v1: ValueRecord; v2: ValueRecord } | null;

/** Fast shaping with `liga` and `kern` for fonts that allow it; see the module's comment. */
export class LatinShaper {
  private readonly glyphs = new Map<number, ShapedGlyph | null>();
  private readonly ligatures: Map<number, Ligature[] | null>[];
  private readonly pairs: Map<number, PairValue>[];
  private readonly pairSetCache: Map<string, { secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>[];

  private constructor(
    private readonly font: ShaperFont,
    private readonly ligaTables: Subtable[][],
    private readonly kernTables: Subtable[][],
  ) {
    this.ligatures = ligaTables.map(() => new Map());
    this.pairs = kernTables.map(() => new Map());
    this.pairSetCache = kernTables.map(() => new Map());
  }

  /** A shaper for the font, or null when only fontkit's full engine gives the right result. */
  static create(font: ShaperFont): LatinShaper | null {
    if (font._variationProcessor) return null;
    const liga = featureLookups(font.GSUB, 'liga');
    const kern = featureLookups(font.GPOS, 'kern');
    if (!liga || !kern) return null;
    // Without a GPOS table fontkit kerns with the legacy `kern` table: not handled here.
    if (!font.GPOS) return null;
    const ligaTables = liga.map((l) => subtablesOf(l, 4, 7));
    const kernTables = kern.map((l) => subtablesOf(l, 2, 9));
    if (ligaTables.some((t) => !t) || kernTables.some((t) => !t)) return null;
    if ((kernTables as Subtable[][]).some((tables) => tables.some((t) => t.version !== 1 && t.version !== 2))) return null;
    return new LatinShaper(font, ligaTables as Subtable[][], kernTables as Subtable[][]);
  }

  /** The glyph fontkit maps a character to, or null when the fast path does not take it. */
  private glyph(cp: number): ShapedGlyph | null {
    let glyph = this.glyphs.get(cp);
    if (glyph === undefined) {
      glyph = latin(cp) ? this.font.glyphForCodePoint(cp) : null;
      // A glyph the font classes as a mark gets a zero advance in fontkit's positioning.
      if (glyph && classOf(glyph.id, this.font.GDEF?.glyphClassDef) === 3) glyph = null;
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
      const sets = this.ligaTables[lookup]!.flatMap((table) => {
        const index = coverageIndex(table.coverage, first);
        return index === -1 ? [] : [table.ligatureSets!.get(index)];
      });
      found = sets.length ? sets.flat() : null;
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
      for (const [t, table] of this.kernTables[lookup]!.entries()) {
        const index = coverageIndex(table.coverage, first);
        if (index === -1) continue;
        if (table.version === 1) {
          const sets = this.pairSetCache[lookup]!;
          const setKey = `${t}:${index}`;
          let set = sets.get(setKey);
          if (!set) sets.set(setKey, (set = table.pairSets!.get(index)));
          const hit = set.find((p) => p.secondGlyph === second);
          if (!hit) continue;
          value = { v1: hit.value1, v2: hit.value2 };
        } else {
          const record = table.classRecords!.get(classOf(first, table.classDef1)).get(classOf(second, table.classDef2));
          value = { v1: record.value1, v2: record.value2 };
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

function apply(position: ShapedPosition, value: ValueRecord | undefined): void {
  if (!value) return;
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}

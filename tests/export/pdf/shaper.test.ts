import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { LatinShaper, type ShapedRun, type ShaperFont } from '../../../shared/export/pdf/shaper.js';
import { ACTION_PLAN, ROOT, SAMPLE } from '../../support/paths.js';

// The fast shaper must give, glyph for glyph and unit for unit, what fontkit's full OpenType
// engine gives with the renderer's features, or step aside. Checked on every word of the seeds,
// on every pair of the characters it takes, and on text it must leave to fontkit.

const FEATURES = { kern: true, liga: true, calt: false, clig: false, ccmp: false, locl: false, mark: false, mkmk: false, rlig: false, rclt: false, curs: false };
type Fontkit = ShaperFont & { layout(text: string, features: unknown): ShapedRun };

// Every template font, each distinct file once (the templates share Source Sans 3).
const fontFiles = [
  ...new Map(
    readdirSync(join(ROOT, 'templates'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(ROOT, 'templates', d.name, 'fonts')).filter((f) => f.endsWith('.ttf')).map((f) => join(ROOT, 'templates', d.name, 'fonts', f)))
      .map((file) => [readFileSync(file).toString('base64'), file] as const),
  ).values(),
];

const summary = (run: ShapedRun) => ({ glyphs: run.glyphs.map((g) => [g.id, g.codePoints.join(',')]), positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]) });

/** The chunks pdfkit shapes: each word of the seeds' texts with its following space. */
function seedChunks(): string[] {
  const strings: string[] = [];
  for (const seed of [SAMPLE, ACTION_PLAN]) {
    JSON.parse(readFileSync(join(seed, 'report.json'), 'utf8'), (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
  }
  return [...new Set(strings.flatMap((s) => s.split(/[ \t\n]+/)).map((w) => `${w} `))];
}

/** Every character of the fast path next to letters that kern or ligate, both ways round. */
function pairChunks(): string[] {
  const chars: string[] = [];
  for (let c = 0x20; c < 0x250; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x2010; c < 0x2060; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x25a0; c < 0x2600; c++) chars.push(String.fromCharCode(c));
  chars.push('\u2610', '\u2611', '\u2612', '\u2713', '\u2714');
  const partners = ['f', 'fi', 'ff', 'l', 'T', 'V', 'W', 'Y', 'A', 'L', 'o', 'e', 'r', '.', ',', '’', '«', ' ', '1', '7'];
  return chars.flatMap((a) => partners.flatMap((b) => [a + b, b + a, `${b}${a}${b} `]));
}

describe.each(fontFiles)('the fast shaper on %s', (file) => {
  const font = fontkit.create(readFileSync(file)) as unknown as Fontkit;
  const shaper = LatinShaper.create(font);

  it('takes this font (plain ligatures and pair kerning)', () => {
    expect(shaper).not.toBeNull();
  });

  it('shapes every word of the seeds and every pair of characters exactly as fontkit does', () => {
    let compared = 0;
    let ligatures = 0;
    let kerned = 0;
    for (const chunk of [...seedChunks(), ...pairChunks()]) {
      const fast = shaper!.layout(chunk);
      if (!fast) continue;
      const reference = font.layout(chunk, FEATURES);
      expect(summary(fast), JSON.stringify(chunk)).toEqual(summary(reference));
      compared++;
      if (fast.glyphs.some((g) => g.codePoints.length > 1)) ligatures++;
      if (fast.positions.some((p, i) => p.xAdvance !== fast.glyphs[i]!.advanceWidth)) kerned++;
    }
    // The comparison covers real work: thousands of chunks, with ligatures and kerning in them.
    expect(compared).toBeGreaterThan(20000);
    expect(ligatures).toBeGreaterThan(100);
    expect(kerned).toBeGreaterThan(1000);
  });

  it('leaves to fontkit what it does not vouch for', () => {
    for (const text of ['e\u0301te ', 'co\u00adopération ', 'Москва ', 'Ἀθῆναι ', '1\u20442 ', 'a\u200db ', '😀 ', 'x\u202ey ', 'ligne\u2028suite ', '\u0007']) {
      expect(shaper!.layout(text), JSON.stringify(text)).toBeNull();
    }
    expect(shaper!.layout('Déjà vu : « œuvre », 76 % ')).not.toBeNull();
  });
});

describe('a font the fast shaper cannot vouch for', () => {
  /** A copy of a font file whose GPOS lookups all get `flag` (e.g. "ignore marks"). */
  function withLookupFlags(file: string, flag: number): Buffer {
    const bytes = Buffer.from(readFileSync(file));
    const gpos = (fontkit.create(bytes) as unknown as ShaperFont).directory.tables['GPOS']!.offset;
    const lookupList = gpos + bytes.readUInt16BE(gpos + 8);
    for (let i = 0; i < bytes.readUInt16BE(lookupList); i++) bytes.writeUInt16BE(flag, lookupList + bytes.readUInt16BE(lookupList + 2 + i * 2) + 2);
    return bytes;
  }

  it('is refused when its kerning skips marks (fontkit’s result then depends on them)', () => {
    const font = fontkit.create(withLookupFlags(fontFiles[0]!, 0x0008)) as unknown as Fontkit;
    expect(LatinShaper.create(font)).toBeNull();
    // The same bytes with the flags as they were are taken: the refusal is the flags'.
    expect(LatinShaper.create(fontkit.create(withLookupFlags(fontFiles[0]!, 0)) as unknown as Fontkit)).not.toBeNull();
  });
});

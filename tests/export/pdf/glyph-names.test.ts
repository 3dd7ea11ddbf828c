import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { withoutGlyphNames } from '../../../shared/export/pdf/glyph-names.js';
import { ROOT } from '../../support/paths.js';

// The PDF renderer loads each face from a copy whose glyph names are dropped (see
// glyph-names.ts): everything pdfkit and the shaper read must stay exactly as in the file.

const FONTS = join(ROOT, 'templates', 'ogp-end-of-term', 'fonts');
const files = readdirSync(FONTS).filter((f) => f.endsWith('.ttf'));
const TEXT = 'Engagement n°5 – « Désigner » l’œuvre : 76 % — “fi fl” Ça ÉTÉ';

interface Face {
  post: { version: number; italicAngle: number; isFixedPitch: number };
  italicAngle: number;
  numGlyphs: number;
  unitsPerEm: number;
  postscriptName: string;
  directory: { tables: Record<string, { offset: number; length: number; checkSum: number }> };
  layout(text: string): { glyphs: { id: number; advanceWidth: number }[]; positions: { xAdvance: number; xOffset: number }[] };
}
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as unknown as Face;

/** The OpenType checksum of some bytes. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('the fonts the PDF renderer loads', () => {
  it.each(files)('%s loses its glyph names and nothing else pdfkit or the shaper reads', (file) => {
    // A Node Buffer, as the template store reads it.
    const original = readFileSync(join(FONTS, file));
    const before = Buffer.from(original);
    const copy = withoutGlyphNames(original);
    expect(copy).not.toBe(original);
    // The template's own bytes are untouched.
    expect(Buffer.from(original).equals(before)).toBe(true);

    const [from, to] = [open(original), open(copy)];
    expect(from.post.version).toBe(2);
    expect(to.post.version).toBe(3);
    // What pdfkit takes from the table when it embeds the face.
    expect(to.post.italicAngle).toBe(from.post.italicAngle);
    expect(to.post.isFixedPitch).toBe(from.post.isFixedPitch);
    expect(to.italicAngle).toBe(from.italicAngle);
    expect([to.numGlyphs, to.unitsPerEm, to.postscriptName]).toEqual([from.numGlyphs, from.unitsPerEm, from.postscriptName]);
    // The same glyphs, advances, kerning and ligatures for French text.
    const shape = (face: Face) => {
      const run = face.layout(TEXT);
      return run.glyphs.map((g, i) => [g.id, g.advanceWidth, run.positions[i]!.xAdvance, run.positions[i]!.xOffset]);
    };
    expect(shape(to)).toEqual(shape(from));
    // A well-formed table: its record gives the header's length and checksum.
    const post = to.directory.tables['post']!;
    expect(post.length).toBe(32);
    expect(post.checkSum).toBe(checksum(copy.subarray(post.offset, post.offset + 32)));
    // And a second pass has nothing left to drop.
    expect(withoutGlyphNames(copy)).toBe(copy);
  });

  it('leaves alone what is not a plain TrueType or OpenType font', () => {
    const woff = new Uint8Array(readFileSync(join(FONTS, files[0]!)));
    woff.set([0x77, 0x4f, 0x46, 0x46]); // 'wOFF'
    expect(withoutGlyphNames(woff)).toBe(woff);
    const short = new Uint8Array([0, 1, 0, 0, 0]);
    expect(withoutGlyphNames(short)).toBe(short);
    // A directory that claims more tables than the file holds.
    const truncated = new Uint8Array(readFileSync(join(FONTS, files[0]!)).subarray(0, 40));
    expect(withoutGlyphNames(truncated)).toBe(truncated);
  });
});

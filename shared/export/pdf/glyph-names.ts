/**
 * A font's `post` table of version 2 lists a name for every glyph: some 2,000 names in each face
 * of Source Sans 3. pdfkit reads that table for two values of its header (the italic angle and
 * whether the face is fixed-pitch), and fontkit then decodes the whole list: 3 to 11 ms per face
 * here. Nothing the renderer does needs the names: pdfkit's subset carries no
 * `post` table, and text is mapped to Unicode by its own CMap.
 *
 * So the renderer hands fontkit a copy of the bytes whose `post` table is cut to its header and
 * marked as version 3 (the version without names, which web and system fonts use). The copy
 * lives in memory for one export; the template's files are left as they are.
 */

/** sfnt versions of TrueType and OpenType fonts; anything else (WOFF, collections) is left alone. */
const SFNT_VERSIONS = new Set([0x00010000, 0x74727565 /* 'true' */, 0x4f54544f /* 'OTTO' */]);
/** The tag 'post', as a big-endian number. */
const POST = 0x706f7374;
/** The size of a `post` table's header, the whole table in version 3. */
const POST_HEADER = 32;

/** The OpenType checksum of some bytes: the sum of their big-endian 32-bit words, zero-padded. */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum = (sum + (((bytes[i]! << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)) >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * The font's bytes with its glyph names dropped (see the module's comment): a copy whose `post`
 * table is version 3, or the same bytes when there are no names to drop or the file is not a
 * plain TrueType or OpenType font.
 */
export function withoutGlyphNames(font: Uint8Array): Uint8Array {
  if (font.byteLength < 12) return font;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (!SFNT_VERSIONS.has(view.getUint32(0))) return font;
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (record + 16 > font.byteLength) return font;
    if (view.getUint32(record) !== POST) continue;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    // Versions 1 and 3 carry no list; a table too short for its header is not ours to mend.
    if (length <= POST_HEADER || offset + length > font.byteLength || view.getUint32(offset) >>> 16 !== 2) return font;
    // A copy of its own (a Node Buffer's `slice` would share the template's bytes).
    const copy = new Uint8Array(font);
    const edit = new DataView(copy.buffer);
    edit.setUint32(offset, 0x00030000);
    edit.setUint32(record + 12, POST_HEADER);
    edit.setUint32(record + 4, checksum(copy.subarray(offset, offset + POST_HEADER)));
    return copy;
  }
  return font;
}

/** The size an image file declares for itself, read from its structure without decoding a pixel. */
export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;

/**
 * A PNG's size from its IHDR chunk, once its chunks are seen to follow one another to IEND with
 * image data among them; undefined for anything else. Walks chunk headers only: linear in the
 * number of chunks, at most one per 12 bytes.
 */
function pngSize(b: Uint8Array): ImageSize | undefined {
  if (b.length < 8 + 25 + 12 || !PNG_SIGNATURE.every((x, i) => b[i] === x)) return undefined;
  if (u32(b, 8) !== 13 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  const size = { width: u32(b, 16), height: u32(b, 20) };
  let at = 8;
  let data = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    if (at + 12 + length > b.length) return undefined;
    if (type === 'IDAT') data = true;
    if (type === 'IEND') return data ? size : undefined;
    at += 12 + length;
  }
  return undefined;
}

/**
 * A JPEG's size from its frame header (SOF), found by walking the marker segments that precede
 * the scan; undefined when the segments do not chain up or no frame comes before the scan.
 */
function jpegSize(b: Uint8Array): ImageSize | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let at = 2;
  let size: ImageSize | undefined;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9) return undefined;
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return undefined;
    if (marker === 0xda) return size;
    // SOF0–SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8) return undefined;
      size = { width: u16(b, at + 7), height: u16(b, at + 5) };
    }
    at += 2 + length;
  }
  return undefined;
}

/**
 * The width and height an image declares, for the two kinds a report holds, once its structure
 * holds together (PNG chunks up to IEND, JPEG segments up to the scan); undefined when the bytes
 * are not such an image. Reads headers only, so a picture that would take gigabytes to decode
 * costs nothing to measure: this is what lets the pixel limit be enforced before any decoding.
 */
export function imageSize(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): ImageSize | undefined {
  const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

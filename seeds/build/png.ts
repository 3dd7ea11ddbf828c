import { crc32 } from 'node:zlib';
import { zlibSync } from 'fflate';

/**
 * A minimal raster canvas and PNG encoder for the seed images. It uses fflate rather than
 * node:zlib to compress because fflate is plain JavaScript: the same pixels give the same bytes
 * on every machine, which the committed seeds rely on. (CRC-32, a fixed function, is Node's.)
 */

export type Rgb = readonly [number, number, number];

/** Parses "#rrggbb". */
export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  /**
   * Paints the pixels of a shape given by `inside(x, y)` within a bounding box, blending by
   * the share of 4×4 sample points inside, for smooth edges.
   */
  fill(inside: (x: number, y: number) => boolean, colour: Rgb, box: { x0: number; y0: number; x1: number; y1: number }): void {
    const x0 = Math.max(0, Math.floor(box.x0));
    const y0 = Math.max(0, Math.floor(box.y0));
    const x1 = Math.min(this.width, Math.ceil(box.x1));
    const y1 = Math.min(this.height, Math.ceil(box.y1));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        let hits = 0;
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
        if (!hits) continue;
        const a = hits / 16;
        const p = (y * this.width + x) * 3;
        for (let k = 0; k < 3; k++) this.pixels[p + k] = Math.round(this.pixels[p + k]! * (1 - a) + colour[k]! * a);
      }
    }
  }

  rect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    this.fill((px, py) => px >= x && px < x + w && py >= y && py < y + h, colour, { x0: x, y0: y, x1: x + w, y1: y + h });
  }

  circle(cx: number, cy: number, r: number, colour: Rgb): void {
    this.fill((px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r, colour, { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r });
  }

  /** A straight stroke of the given thickness with round ends. */
  line(ax: number, ay: number, bx: number, by: number, thickness: number, colour: Rgb): void {
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const r = thickness / 2;
    const inside = (px: number, py: number) => {
      const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
      return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= r * r;
    };
    this.fill(inside, colour, { x0: Math.min(ax, bx) - r, y0: Math.min(ay, by) - r, x1: Math.max(ax, bx) + r, y1: Math.max(ay, by) + r });
  }

  /** Encodes the canvas as an 8-bit RGB PNG. */
  toPng(): Uint8Array {
    const stride = this.width * 3;
    const raw = new Uint8Array((stride + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      // Filter type 0 (none) on every scanline: flat colours compress well enough.
      raw.set(this.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    }
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
    return concat([
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', zlibSync(raw, { level: 9 })),
      pngChunk('IEND', new Uint8Array(0)),
    ]);
  }
}

/** One PNG chunk: its length, type, data and CRC-32. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * resvg's WebAssembly, set up once per process (resvg refuses a second set-up; the build's
 * icon step keeps its promise under the same key, so the two share it). The command line and
 * the desktop app's export workers run it with V8's WebAssembly tiering budget raised
 * (electron/main/v8-flags.json): an export draws a chart or two, and recompiling resvg's hot
 * functions with the optimising compiler in the background cost more than it saved (the
 * real-sized report's two charts in a fresh process: 0.9–1.0 s CPU, 0.35–0.45 s without).
 */
function resvgReady(): Promise<void> {
  const key = Symbol.for('bilan.resvg-wasm');
  const store = globalThis as { [key]?: Promise<void> };
  store[key] ??= WebAssembly.compile(new Uint8Array(wasmBytes())).then(withoutFetchGlobals(initWasm));
  return store[key];
}

/**
 * `init` run while Node's globals Request and Response are hidden: resvg's set-up asks whether
 * they exist (for a module fetched from the network, which ours never is), and Node loads its
 * whole HTTP client (undici) the first time either is read, 40–150 ms of a command's start.
 * They are put back, as they were, once the set-up (which only instantiates the module compiled
 * already) is done.
 */
function withoutFetchGlobals<T>(init: (module: WebAssembly.Module) => Promise<T>): (module: WebAssembly.Module) => Promise<T> {
  return async (module) => {
    const names = ['Request', 'Response'] as const;
    const saved = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
    const hidden = names.filter((_, i) => saved[i]?.configurable);
    for (const name of hidden) Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
    try {
      return await init(module);
    } finally {
      names.forEach((name, i) => {
        if (hidden.includes(name)) Object.defineProperty(globalThis, name, saved[i]!);
      });
    }
  };
}

/**
 * resvg's WebAssembly: beside the bundle that runs this code (the desktop app and the built
 * command, whose build scripts copy it there as `resvg.wasm`), or in node_modules when the
 * sources run as they are (development, the tests, `npm run bilan`).
 */
function wasmBytes(): Buffer {
  const bundled = new URL('./resvg.wasm', import.meta.url);
  if (existsSync(bundled)) return readFileSync(bundled);
  return readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
}

/**
 * What turns a chart's SVG into the PNG fallback the DOCX carries for Word versions without
 * SVG: resvg, `widthPx` wide. The SVG holds no text element (its words are glyph outlines), so
 * no font is loaded.
 */
export async function chartRasteriser(): Promise<(svg: string, widthPx: number) => Uint8Array> {
  await resvgReady();
  return (svg, widthPx) => {
    // A chart unchanged since the last export (the same SVG, the same width) is not drawn again:
    // resvg takes about a second a chart on a loaded 2-core machine.
    const key = `${widthPx}\n${svg}`;
    const known = drawn.get(key);
    if (known) {
      drawn.delete(key);
      drawn.set(key, known);
      return known;
    }
    const png = draw(svg, widthPx);
    drawn.set(key, png);
    if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value!);
    return png;
  };
}

/** How many fallbacks are kept for the next export (most recently used). */
const KEPT = 24;
const drawn = new Map<string, Uint8Array>();

/** The SVG drawn by resvg, `widthPx` wide (its words are outlines: no font is loaded). */
function draw(svg: string, widthPx: number): Uint8Array {
  // On white, as the chart itself is (its first shape is a white rectangle): every pixel opaque, for encodePng.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.min(4000, Math.round(widthPx))) }, font: { loadSystemFonts: false }, background: '#FFFFFF' });
  try {
    const rendered = image.render();
    const png = encodePng(rendered.width, rendered.height, rendered.pixels);
    rendered.free();
    return png;
  } finally {
    image.free();
  }
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * resvg's pixels as a PNG, deflated by Node's zlib: resvg's own encoder is WebAssembly that each
 * process runs cold, and took longer than drawing the chart (zlib's level 3: a tenth smaller than
 * resvg's file, in a tenth of level 6's time on a chart's flat colours). The pixels are premultiplied by
 * their alpha, which PNG's are not: they must all be opaque (drawn on a background), as they
 * then are the same either way.
 */
export function encodePng(width: number, height: number, opaque: Uint8Array): Uint8Array {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  // Each row: its filter (0, none), then its pixels.
  for (let y = 0; y < height; y++) raw.set(opaque.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter method, not interlaced
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', new Uint8Array(0))]));
}

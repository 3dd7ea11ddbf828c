import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * resvg's WebAssembly, set up once per process (resvg refuses a second set-up; the build's
 * icon step keeps its promise under the same key, so the two share it).
 */
function resvgReady(): Promise<void> {
  const key = Symbol.for('bilan.resvg-wasm');
  const store = globalThis as { [key]?: Promise<void> };
  store[key] ??= initWasm(wasmBytes());
  return store[key];
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
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.min(4000, Math.round(widthPx))) }, font: { loadSystemFonts: false } });
  try {
    const rendered = image.render();
    const png = rendered.asPng();
    rendered.free();
    return png;
  } finally {
    image.free();
  }
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * resvg's WebAssembly, set up once per process (resvg refuses a second set-up; the build's
 * icon step keeps its promise under the same key, so the two share it).
 */
function resvgReady(): Promise<void> {
  const key = Symbol.for('bilan.resvg-wasm');
  const store = globalThis as { [key]?: Promise<void> };
  store[key] ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return store[key];
}

/**
 * What turns a chart's SVG into the PNG fallback the DOCX carries for Word versions without
 * SVG: resvg, `widthPx` wide. The SVG holds no text element (its words are glyph outlines), so
 * no font is loaded.
 */
export async function chartRasteriser(): Promise<(svg: string, widthPx: number) => Uint8Array> {
  await resvgReady();
  return (svg, widthPx) => {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.min(4000, Math.round(widthPx))) }, font: { loadSystemFonts: false } });
    try {
      const rendered = image.render();
      const png = rendered.asPng();
      rendered.free();
      return png;
    } finally {
      image.free();
    }
  };
}

import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartRasteriser } from '../../../electron/main/services/chart-raster.js';
import type { ChartSpec } from '../../../shared/export/chart/spec.js';
import { chartSvg } from '../../../shared/export/chart/svg.js';
import { templates } from '../../support/fixtures.js';
import { templateFonts } from '../support/fonts.js';

// The DOCX's PNG fallback of a chart is written with Node's zlib rather than resvg's own PNG
// encoder (WebAssembly, slow when cold): the picture must be the same, pixel for pixel.

/** A PNG's size and its pixels (RGBA), its rows unfiltered: PNG's five filters, as any reader applies them. */
function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 255;
    }
  }
  return { width, height, pixels };
}

describe("a chart's PNG fallback", () => {
  let svg: string;
  beforeAll(() => {
    const template = templates.get('ogp-end-of-term');
    const fonts = templateFonts(templates, template);
    const spec: ChartSpec = {
      kind: 'stacked',
      title: 'Engagements par niveau',
      categories: ['Ambition 1', 'Ambition 2', 'Ambition 3'].map((label) => ({ label, full: label })),
      series: [
        { name: 'Achevé', values: [2, 3, 1] },
        { name: 'Substantiel', values: [1, 4, 1] },
      ],
      valueLabel: 'Nombre de fiches',
      categoryLabel: '',
      unit: '',
      palette: 'ordinal',
      lang: 'fr',
    };
    svg = chartSvg(spec, 'Un graphique', 470, { body: 10, small: 8.5, colours: { text: '#1E1E1E', primary: '#005F73', accent: '#9B2226', muted: '#5F5F5F', rule: '#BBBBBB' } }, { regular: fonts.body.regular, bold: fonts.body.bold }).svg;
  });

  it("is resvg's drawing pixel for pixel, as resvg's own encoder would write it", async () => {
    // chartRasteriser sets resvg's WebAssembly up, for both.
    const ours = (await chartRasteriser())(svg, 940);
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: 940 }, font: { loadSystemFonts: false } });
    const rendered = image.render();
    const theirs = rendered.asPng();
    rendered.free();
    image.free();
    const a = decodePng(ours);
    const b = decodePng(theirs);
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    expect(a.width).toBe(940);
    expect(Buffer.from(a.pixels).equals(Buffer.from(b.pixels))).toBe(true);
    // Not blank: the chart's bars and words are there.
    expect(new Set(a.pixels).size).toBeGreaterThan(10);
  });
});

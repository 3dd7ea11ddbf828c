import { ImageRun, Paragraph, type Table } from 'docx';
import { chartSvg } from '../chart/svg.js';
import { chartTable } from '../chart/table.js';
import type { LayoutChart } from '../layout/types.js';
import type { Container, RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { renderTable } from './table.js';
import { xmlSafe } from './text.js';

/** Pixels of the PNG fallback per point of the chart's width: 144 dpi, twice a screen's 72. */
const FALLBACK_PX_PER_PT = 2;

/**
 * A chart as an SVG picture drawn with the template's glyph outlines, with a PNG fallback for
 * Word versions that show no SVG, as wide as its container, its alternative text in the
 * drawing's description and title. Without a rasteriser for the fallback (a caller that did
 * not set one up), the chart's numbers are given as a table instead: never a blank picture.
 */
export function renderChart(block: LayoutChart, ctx: RenderContext, where: Container): Paragraph | Table {
  const art = ctx.chartArt;
  if (!art?.rasterise) return renderTable(chartTable(block.chart), ctx, where);
  const widthPt = where.width / 20;
  const { svg, drawing } = chartSvg(block.chart, block.alt, widthPt, { body: ctx.style.sizes.body, small: ctx.style.sizes.small, colours: ctx.style.colours }, art.fonts);
  const png = art.rasterise(svg, Math.round(drawing.width * FALLBACK_PX_PER_PT));
  // docx sizes images in 96-dpi pixels; a chart taller than most of a page is shrunk as a whole.
  let w = (drawing.width * 96) / 72;
  let h = (drawing.height * 96) / 72;
  const maxH = (ctx.page.textHeight / 15) * 0.85;
  if (h > maxH) {
    w = (w * maxH) / h;
    h = maxH;
  }
  const alt = xmlSafe(block.alt);
  return new Paragraph({
    style: StyleId.figure,
    children: [
      new ImageRun({
        type: 'svg',
        data: ctx.media(new TextEncoder().encode(svg)),
        fallback: { type: 'png', data: ctx.media(png) },
        transformation: { width: Math.round(w), height: Math.round(h) },
        altText: { name: `Chart ${ctx.nextImage()}`, title: xmlSafe(block.chart.title), description: alt },
      }),
    ],
  });
}

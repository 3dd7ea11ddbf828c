import { chartDrawing, scaledDrawing, type ChartDrawing, type ChartStyle, type Shape } from '../../chart/draw.js';
import type { LayoutChart } from '../../layout/types.js';
import { drawableText } from '../clean.js';
import type { RenderContext } from '../context.js';
import { Atom, type Flow } from '../flow.js';
import type { Tag } from '../tags.js';

/** The chart's look from the template's page style. */
export function chartStyleOf(style: RenderContext['layout']['style']): ChartStyle {
  const { sizes, colours } = style;
  return { body: sizes.body, small: sizes.small, colours };
}

/** A dash pattern of several lengths (pdfkit takes an array; its types know only one length). */
function dash(ctx: RenderContext, lengths: readonly number[]): void {
  (ctx.doc as unknown as { dash(l: number[], o: object): unknown }).dash([...lengths], {});
}

/** Draws one shape of a chart at (x, y), the chart's top left. */
function drawShape(ctx: RenderContext, s: Shape, x: number, y: number, key: (bold: boolean) => string): void {
  const { doc } = ctx;
  switch (s.kind) {
    case 'rect':
      doc.save().rect(x + s.x, y + s.y, s.w, s.h).fill(s.fill).restore();
      return;
    case 'line':
      doc.save().moveTo(x + s.x1, y + s.y1).lineTo(x + s.x2, y + s.y2).lineWidth(s.width).strokeColor(s.colour);
      if (s.dash?.length) dash(ctx, s.dash);
      doc.stroke().restore();
      return;
    case 'polyline': {
      doc.save().lineWidth(s.width).strokeColor(s.colour).lineJoin('round');
      if (s.dash?.length) dash(ctx, s.dash);
      s.points.forEach(([px, py], i) => (i === 0 ? doc.moveTo(x + px, y + py) : doc.lineTo(x + px, y + py)));
      doc.stroke().restore();
      return;
    }
    case 'polygon':
      doc.save().lineWidth(s.width);
      doc.polygon(...s.points.map(([px, py]): [number, number] => [x + px, y + py]));
      doc.fillAndStroke(s.fill, s.stroke).restore();
      return;
    case 'circle':
      doc.save().lineWidth(s.width).circle(x + s.x, y + s.y, s.r).fillAndStroke(s.fill, s.stroke).restore();
      return;
    case 'text':
      ctx.pen(key(s.bold), s.size, s.colour);
      ctx.text(s.text, x + s.x, y + s.baseline);
      return;
  }
}

/** The chart laid out for `width` points with the PDF's own fonts (text cleaned of what they cannot draw). */
export function pdfChartDrawing(ctx: RenderContext, block: LayoutChart, width: number): ChartDrawing {
  const key = (bold: boolean) => ctx.fonts.key('body', bold, false);
  const clean = (text: string, bold: boolean) => drawableText(text, (cp) => ctx.fonts.has(key(bold), cp)).replace(/\n/g, ' ');
  const drawing = chartDrawing(block.chart, width, chartStyleOf(ctx.layout.style), (text, size, bold) => ctx.fonts.width(key(bold), clean(text, bold), size));
  return { ...drawing, shapes: drawing.shapes.map((s) => (s.kind === 'text' ? { ...s, text: clean(s.text, s.bold) } : s)) };
}

/**
 * A chart drawn as vectors: bars, lines and rules as paths, its words as text in the template's
 * embedded fonts (a reader can select and search them), kept on one page, tagged as one Figure
 * whose alternative text gives the numbers. A chart taller than most of a page is scaled down
 * as a whole.
 */
export function chartFlow(ctx: RenderContext, block: LayoutChart, width: number, parent: Tag): Flow {
  const laid = pdfChartDrawing(ctx, block, width);
  const tag = parent.child('Figure', { alt: block.alt, placement: 'Block' });
  const maxHeight = ctx.geo.height * 0.85;
  const drawing = laid.height > maxHeight ? scaledDrawing(laid, maxHeight / laid.height) : laid;
  const key = (bold: boolean) => ctx.fonts.key('body', bold, false);
  return new Atom(
    drawing.height,
    (x, y) => {
      const left = x + (width - drawing.width) / 2;
      tag.set({ bbox: [left, y, left + drawing.width, y + drawing.height] });
      tag.mark(() => {
        for (const shape of drawing.shapes) drawShape(ctx, shape, left, y, key);
      });
    },
    ctx.styles.gaps.figures,
  );
}

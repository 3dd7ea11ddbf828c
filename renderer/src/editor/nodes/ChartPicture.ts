import { createElement as h, type ReactElement } from 'react';
import { chartBlockSpec } from '../../../../shared/export/chart/block.js';
import { chartDrawing, type ChartStyle, type Measure } from '../../../../shared/export/chart/draw.js';
import type { Chart } from '../../../../shared/model/richtext.js';

// The chart as the field's preview and the editor both draw it. No Lexical here: the preview is
// in the start screen's script, which must not carry the editor (tests/renderer/start-screen).
/** The design system's colours and the editor's sizes, for the chart drawn in the field. */
const STYLE: ChartStyle = { body: 11, small: 9, colours: { text: '#161616', primary: '#000091', accent: '#E1000F', muted: '#666666', rule: '#DDDDDD' } };
/** The width the chart is laid out for; the drawing then scales to the field's width. */
const WIDTH = 640;

let canvas: CanvasRenderingContext2D | null | undefined;
/** Text measured with the page's own font (the field's), or estimated where there is no canvas. */
const measure: Measure = (text, size, bold) => {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * size * 0.52;
  canvas.font = `${bold ? 700 : 400} ${size}px Marianne, arial, sans-serif`;
  return canvas.measureText(text).width;
};

/** The chart as SVG shapes: what the exports draw, at the field's size. */
export function ChartPicture({ chart, lang, label }: { chart: Chart; lang: 'fr' | 'en'; label: string }): ReactElement {
  const { spec, alt } = chartBlockSpec(chart, lang);
  const drawing = chartDrawing(spec, WIDTH, STYLE, measure);
  const shapes = drawing.shapes.map((s, i) => {
    switch (s.kind) {
      case 'rect':
        return h('rect', { key: i, x: s.x, y: s.y, width: s.w, height: s.h, fill: s.fill });
      case 'line':
        return h('line', { key: i, x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, stroke: s.colour, strokeWidth: s.width, strokeDasharray: s.dash?.join(' ') });
      case 'polyline':
        return h('polyline', { key: i, points: s.points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: s.colour, strokeWidth: s.width, strokeDasharray: s.dash?.join(' ') });
      case 'polygon':
        return h('polygon', { key: i, points: s.points.map((p) => p.join(',')).join(' '), fill: s.fill, stroke: s.stroke, strokeWidth: s.width });
      case 'circle':
        return h('circle', { key: i, cx: s.x, cy: s.y, r: s.r, fill: s.fill, stroke: s.stroke, strokeWidth: s.width });
      case 'text':
        return h('text', { key: i, x: s.x, y: s.baseline, fontSize: s.size, fontWeight: s.bold ? 700 : 400, fill: s.colour }, s.text);
    }
  });
  return h('svg', { className: 'bilan-chart__picture', viewBox: `0 0 ${WIDTH} ${Math.max(1, drawing.height)}`, role: 'img', 'aria-label': `${label} ${alt}` }, ...shapes);
}


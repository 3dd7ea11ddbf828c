import { formatNumber } from '../../i18n/i18n.js';
import { shortenAtWord } from '../shorten.js';
import type { ChartSpec } from './spec.js';

/**
 * The layout of a chart: shapes and text in points, from the top left of the chart's box, for
 * a given width. The PDF renderer draws it with pdfkit, the DOCX renderer writes it as an SVG;
 * both measure text with the template's body font, so that the two agree.
 */

/** The width of `text` set at `size` points in the body font, regular or bold. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The template's look, as the chart uses it. */
export interface ChartStyle {
  /** Body text size; the chart's labels are a little smaller, its title a little larger. */
  body: number;
  small: number;
  colours: { text: string; primary: string; accent: string; muted: string; rule: string };
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; colour: string; width: number; dash?: readonly number[] }
  | { kind: 'polyline'; points: [number, number][]; colour: string; width: number; dash?: readonly number[] }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; width: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke: string; width: number }
  /** Text from `x` (its left end, measured), on the baseline `baseline`. */
  | { kind: 'text'; text: string; x: number; baseline: number; size: number; bold: boolean; colour: string };

/** A chart laid out: its size and what to draw, in drawing order. */
export interface ChartDrawing {
  width: number;
  height: number;
  shapes: Shape[];
}

const WHITE = '#FFFFFF';
/** The unrated category's look: a light grey hatched in a darker grey. */
const HATCH_FILL = '#EEEEEE';
const HATCH_LINE = '#8A8A8A';
/** Distinct colours after the template's primary and accent, each at least 4.5:1 on white. */
const MORE_COLOURS = ['#18753C', '#8D4A00', '#6E445A', '#3A3A3A', '#006A6F', '#7F3E98'];
/** Dashes that tell the lines of a line chart apart without their colour. */
const DASHES: readonly (readonly number[])[] = [[], [5, 2.5], [1.5, 2], [7, 2.5, 1.5, 2.5]];
const MARKS = ['circle', 'square', 'triangle', 'diamond'] as const;

/** A colour mixed with white: `amount` 0 is white, 1 the colour itself. */
export function tintOf(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, '0').toUpperCase();
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The colour of each series: a light-to-dark ramp for ordered levels, distinct colours otherwise. */
export function seriesColours(spec: ChartSpec, style: ChartStyle): string[] {
  const plain = spec.series.filter((s) => !s.hatched).length;
  let k = 0;
  return spec.series.map((s) => {
    if (s.hatched) return HATCH_FILL;
    const i = k++;
    if (spec.palette === 'ordinal') return tintOf(style.colours.primary, plain <= 1 ? 1 : 0.22 + (0.78 * i) / (plain - 1));
    const list = [style.colours.primary, style.colours.accent, ...MORE_COLOURS];
    return list[i % list.length]!;
  });
}

/** Text on a fill: white where it reads at 4.5:1, else the text colour. */
function inkOn(fill: string, style: ChartStyle): string {
  return contrast(fill, WHITE) >= 4.5 ? WHITE : style.colours.text;
}

/** A round step for about `count` intervals over `span` (1, 2, 2.5 or 5 times a power of ten). */
export function niceStep(span: number, count: number, integer: boolean): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw * 0.999) ?? 10 * mag;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/** The value axis: from `lo` to `hi`, widened to round steps, with its ticks. */
export function valueAxis(lo: number, hi: number, integer: boolean): { min: number; max: number; ticks: number[] } {
  if (!(hi > lo)) hi = lo + 1;
  const step = niceStep(hi - lo, 5, integer);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = min, i = 0; v <= max + step * 1e-6 && i < 100; v = min + step * ++i) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return { min, max: Math.max(max, min + step), ticks };
}

/** A value as printed: the language's digits, then the unit. */
export function formatValue(spec: ChartSpec, value: number): string {
  const n = formatNumber(spec.lang, value);
  if (!spec.unit) return n;
  if (spec.unit === '%' && spec.lang === 'en') return `${n}%`;
  return `${n}\u202f${spec.unit}`;
}

/** Greedy line breaking at spaces into `width`; at most `max` lines, the last shortened with "…". */
export function wrapText(text: string, width: number, size: number, bold: boolean, measure: Measure, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || measure(next, size, bold) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === max - 1) break;
  }
  if (lines.length === max - 1 && i < words.length) line = words.slice(i).join(' ');
  if (line) lines.push(line);
  return lines.map((l) => (measure(l, size, bold) <= width ? l : shortenAtWord(l, (c) => measure(c, size, bold) <= width)));
}

/** Builds the shapes of a chart; every coordinate is in points from the box's top left. */
class Pen {
  readonly shapes: Shape[] = [];
  constructor(
    readonly measure: Measure,
    readonly style: ChartStyle,
  ) {}

  text(text: string, x: number, baseline: number, size: number, opts: { bold?: boolean; colour?: string; align?: 'left' | 'centre' | 'right' } = {}): number {
    const bold = opts.bold ?? false;
    const w = this.measure(text, size, bold);
    const left = opts.align === 'centre' ? x - w / 2 : opts.align === 'right' ? x - w : x;
    this.shapes.push({ kind: 'text', text, x: left, baseline, size, bold, colour: opts.colour ?? this.style.colours.text });
    return w;
  }

  /** Diagonal hatching inside a rectangle, as lines cut to its edges. */
  hatch(x: number, y: number, w: number, h: number): void {
    const gap = 3;
    for (let c = -h; c < w; c += gap) {
      // The line x - x0 = c + (y1 - y) runs up to the right; cut to the box.
      const x1 = Math.max(x, x + c);
      const y1 = y + h - (x1 - (x + c));
      const x2 = Math.min(x + w, x + c + h);
      const y2 = y + h - (x2 - (x + c));
      if (x2 - x1 > 0.2) this.shapes.push({ kind: 'line', x1, y1, x2, y2, colour: HATCH_LINE, width: 0.6 });
    }
  }
}

/** Sizes every chart uses, from the template's body size. */
function sizes(style: ChartStyle) {
  const label = Math.max(6.5, style.small * 1.05);
  return { title: style.body * 1.1, label, line: label * 1.25, tick: Math.max(6, style.small * 0.95), pad: style.body * 0.6 };
}

/** Title and legend, from the top: returns the y where the plot may start. */
function header(pen: Pen, spec: ChartSpec, width: number, colours: string[]): number {
  const s = sizes(pen.style);
  let y = 0;
  if (spec.title.trim()) {
    for (const line of wrapText(spec.title, width, s.title, true, pen.measure, 3)) {
      y += s.title * 1.05;
      pen.text(line, 0, y, s.title, { bold: true });
      y += s.title * 0.3;
    }
    y += s.pad * 0.6;
  }
  const named = spec.series.filter((x) => x.name.trim());
  if (named.length === 0 || (spec.series.length === 1 && spec.kind !== 'stacked')) return y;
  const box = s.label * 1.05;
  const gap = s.label * 1.6;
  const items = spec.series.map((x, i) => {
    const name = shortenAtWord(x.name, (c) => pen.measure(c, s.label, false) <= width * 0.45);
    const keyWidth = spec.kind === 'line' ? box * 2.4 : box;
    return { name, i, w: keyWidth + 4 + pen.measure(name, s.label, false), keyWidth };
  });
  let x = 0;
  y += s.line;
  for (const item of items) {
    if (x > 0 && x + item.w > width) {
      x = 0;
      y += s.line * 1.15;
    }
    const top = y - box * 0.85;
    if (spec.kind === 'line') {
      const mid = top + box / 2;
      const dash = DASHES[item.i % DASHES.length]!;
      pen.shapes.push({ kind: 'line', x1: x, y1: mid, x2: x + item.keyWidth, y2: mid, colour: colours[item.i]!, width: 1.6, ...(dash.length ? { dash } : {}) });
      mark(pen, MARKS[item.i % MARKS.length]!, x + item.keyWidth / 2, mid, box * 0.32, colours[item.i]!);
    } else {
      pen.shapes.push({ kind: 'rect', x, y: top, w: box, h: box, fill: colours[item.i]! });
      if (spec.series[item.i]!.hatched) pen.hatch(x, top, box, box);
      // A light swatch would vanish on white: outlined.
      if (contrast(colours[item.i]!, WHITE) < 1.5) outline(pen, x, top, box, box);
    }
    pen.text(item.name, x + item.keyWidth + 4, y, s.label);
    x += item.w + gap;
  }
  return y + s.pad * 1.2;
}

function outline(pen: Pen, x: number, y: number, w: number, h: number): void {
  const c = pen.style.colours.muted;
  pen.shapes.push({ kind: 'polyline', points: [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]], colour: c, width: 0.4 });
}

function mark(pen: Pen, shape: (typeof MARKS)[number], x: number, y: number, r: number, colour: string): void {
  const stroke = WHITE;
  if (shape === 'circle') pen.shapes.push({ kind: 'circle', x, y, r, fill: colour, stroke, width: 0.5 });
  else if (shape === 'square') pen.shapes.push({ kind: 'polygon', points: [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]], fill: colour, stroke, width: 0.5 });
  else if (shape === 'triangle') pen.shapes.push({ kind: 'polygon', points: [[x, y - r * 1.25], [x + r * 1.2, y + r * 0.85], [x - r * 1.2, y + r * 0.85]], fill: colour, stroke, width: 0.5 });
  else pen.shapes.push({ kind: 'polygon', points: [[x, y - r * 1.3], [x + r * 1.3, y], [x, y + r * 1.3], [x - r * 1.3, y]], fill: colour, stroke, width: 0.5 });
}

/** Horizontal bars, stacked or side by side, one group per category, labelled on the left. */
function bars(pen: Pen, spec: ChartSpec, width: number, top: number, colours: string[]): number {
  const s = sizes(pen.style);
  const { measure } = pen;
  const stacked = spec.kind === 'stacked';
  const n = spec.categories.length;
  const values = spec.series.map((x) => spec.categories.map((_, c) => x.values[c] ?? null));
  const totals = spec.categories.map((_, c) => values.reduce((sum, v) => sum + Math.max(0, v[c] ?? 0), 0));
  const all = values.flat().filter((v): v is number => v !== null);
  const lo = stacked ? 0 : Math.min(0, ...all);
  const hi = stacked ? Math.max(0, ...totals) : Math.max(0, ...all);
  const integer = stacked || all.every((v) => Number.isInteger(v));
  const axis = valueAxis(lo, hi, integer);
  // The label column: as wide as the longest label, up to a third of the chart; two lines at most.
  const labelCol = Math.min(width * 0.34, Math.max(0, ...spec.categories.map((c) => measure(c.label, s.label, false))) + 2);
  const labels = spec.categories.map((c) => wrapText(c.label, labelCol, s.label, false, measure, 2));
  // Room on the right for the totals (stacked) or the values printed past the bars.
  const printed = stacked ? totals.map((v) => formatValue(spec, v)) : all.map((v) => formatValue(spec, v));
  const right = Math.max(measure(formatValue(spec, axis.max), s.tick, false) / 2, ...printed.map((p) => measure(p, s.label, true) + 5));
  const x0 = labelCol + s.pad;
  const x1 = Math.max(x0 + 40, width - right);
  const at = (v: number) => x0 + ((v - axis.min) / (axis.max - axis.min)) * (x1 - x0);
  const barH = stacked ? s.label * 1.75 : s.label * 1.2;
  const block = stacked ? barH : spec.series.length * barH + (spec.series.length - 1) * 1.5;
  const rowGap = s.label * 0.9;
  const rows = labels.map((l) => Math.max(block, l.length * s.line));
  const plotTop = top + rowGap / 2;
  const plotBottom = plotTop + rows.reduce((a, b) => a + b, 0) + rowGap * n;
  // Grid first, then bars over it.
  for (const tick of axis.ticks) {
    const x = at(tick);
    pen.shapes.push({ kind: 'line', x1: x, y1: plotTop - rowGap / 2, x2: x, y2: plotBottom, colour: tick === 0 ? pen.style.colours.text : pen.style.colours.rule, width: tick === 0 ? 0.8 : 0.5 });
    pen.text(formatValue(spec, tick), x, plotBottom + s.tick * 1.35, s.tick, { align: 'centre', colour: pen.style.colours.text });
  }
  let y = plotTop;
  spec.categories.forEach((_, c) => {
    const rowH = rows[c]!;
    const lines = labels[c]!;
    const textTop = y + (rowH - lines.length * s.line) / 2;
    lines.forEach((line, k) => pen.text(line, labelCol, textTop + s.line * k + s.label * 0.95, s.label, { align: 'right' }));
    const barTop = y + (rowH - block) / 2;
    if (stacked) {
      let from = 0;
      spec.series.forEach((series, k) => {
        const v = Math.max(0, values[k]![c] ?? 0);
        if (v === 0) return;
        const xa = at(from);
        const xb = at(from + v);
        from += v;
        // A hairline of white between segments: they never touch, whatever their colours.
        const w = Math.max(0.5, xb - xa - 0.8);
        pen.shapes.push({ kind: 'rect', x: xa, y: barTop, w, h: barH, fill: colours[k]! });
        if (series.hatched) pen.hatch(xa, barTop, w, barH);
        const text = formatValue(spec, v);
        const tw = measure(text, s.label, true);
        if (tw + 3 <= w) {
          if (series.hatched) pen.shapes.push({ kind: 'rect', x: xa + (w - tw) / 2 - 1.2, y: barTop + barH / 2 - s.label * 0.55, w: tw + 2.4, h: s.label * 1.1, fill: HATCH_FILL });
          pen.text(text, xa + w / 2, barTop + barH / 2 + s.label * 0.35, s.label, { bold: true, align: 'centre', colour: series.hatched ? pen.style.colours.text : inkOn(colours[k]!, pen.style) });
        }
      });
      pen.text(formatValue(spec, totals[c]!), at(totals[c]!) + 4, barTop + barH / 2 + s.label * 0.35, s.label, { bold: true });
    } else {
      spec.series.forEach((series, k) => {
        const v = values[k]![c];
        const top = barTop + k * (barH + 1.5);
        if (v === null || v === undefined) return;
        const xa = at(Math.min(0, v));
        const xb = at(Math.max(0, v));
        if (xb - xa > 0) pen.shapes.push({ kind: 'rect', x: xa, y: top, w: xb - xa, h: barH, fill: colours[k]! });
        if (series.hatched) pen.hatch(xa, top, xb - xa, barH);
        const text = formatValue(spec, v);
        const baseline = top + barH / 2 + s.label * 0.35;
        if (v < 0) pen.text(text, xa - 3, baseline, s.label, { align: 'right' });
        else pen.text(text, xb + 3, baseline, s.label);
      });
    }
    y += rowH + rowGap;
  });
  let bottom = plotBottom + s.tick * 1.6;
  if (spec.valueLabel.trim()) {
    const lines = wrapText(spec.valueLabel, x1 - x0, s.label, false, measure, 2);
    for (const line of lines) {
      bottom += s.line;
      pen.text(line, (x0 + x1) / 2, bottom, s.label, { align: 'centre', colour: pen.style.colours.text });
    }
  }
  return bottom + s.label * 0.4;
}

/** A line chart: categories along the bottom, values up the left, one line per series. */
function lines(pen: Pen, spec: ChartSpec, width: number, top: number, colours: string[]): number {
  const s = sizes(pen.style);
  const { measure } = pen;
  const n = spec.categories.length;
  const all = spec.series.flatMap((x) => x.values.slice(0, n)).filter((v): v is number => v !== null);
  const axis = valueAxis(Math.min(0, ...all), Math.max(0, ...all), all.every((v) => Number.isInteger(v)));
  let y = top;
  if (spec.valueLabel.trim()) {
    for (const line of wrapText(spec.valueLabel, width, s.label, false, measure, 2)) {
      y += s.line;
      pen.text(line, 0, y, s.label);
    }
    y += s.label * 0.6;
  }
  const tickWidth = Math.max(...axis.ticks.map((t) => measure(formatValue(spec, t), s.tick, false)));
  const x0 = tickWidth + 5;
  const x1 = width - 4;
  const plotTop = y + s.tick / 2;
  const plotH = Math.min(200, Math.max(100, width * 0.3));
  const plotBottom = plotTop + plotH;
  const vy = (v: number) => plotBottom - ((v - axis.min) / (axis.max - axis.min)) * plotH;
  for (const tick of axis.ticks) {
    const ty = vy(tick);
    pen.shapes.push({ kind: 'line', x1: x0, y1: ty, x2: x1, y2: ty, colour: tick === 0 ? pen.style.colours.text : pen.style.colours.rule, width: tick === 0 ? 0.8 : 0.5 });
    pen.text(formatValue(spec, tick), x0 - 4, ty + s.tick * 0.35, s.tick, { align: 'right' });
  }
  const slot = (x1 - x0) / Math.max(1, n);
  const cx = (c: number) => x0 + slot * (c + 0.5);
  let labelBottom = plotBottom;
  spec.categories.forEach((cat, c) => {
    pen.shapes.push({ kind: 'line', x1: cx(c), y1: plotBottom, x2: cx(c), y2: plotBottom + 3, colour: pen.style.colours.text, width: 0.5 });
    const ls = wrapText(cat.label, Math.max(12, slot - 4), s.tick, false, measure, 2);
    ls.forEach((line, k) => pen.text(line, cx(c), plotBottom + 4 + s.tick * (1.1 + 1.2 * k), s.tick, { align: 'centre' }));
    labelBottom = Math.max(labelBottom, plotBottom + 4 + s.tick * (1.1 + 1.2 * (ls.length - 1)));
  });
  spec.series.forEach((series, k) => {
    const colour = colours[k]!;
    const dash = DASHES[k % DASHES.length]!;
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length > 1) pen.shapes.push({ kind: 'polyline', points: run, colour, width: 1.6, ...(dash.length ? { dash } : {}) });
      run = [];
    };
    spec.categories.forEach((_, c) => {
      const v = series.values[c];
      if (v === null || v === undefined) flush();
      else run.push([cx(c), vy(v)]);
    });
    flush();
    spec.categories.forEach((_, c) => {
      const v = series.values[c];
      if (v !== null && v !== undefined) mark(pen, MARKS[k % MARKS.length]!, cx(c), vy(v), s.label * 0.3, colour);
    });
  });
  let bottom = labelBottom + s.tick * 0.6;
  if (spec.categoryLabel.trim()) {
    for (const line of wrapText(spec.categoryLabel, x1 - x0, s.label, false, measure, 2)) {
      bottom += s.line;
      pen.text(line, (x0 + x1) / 2, bottom, s.label, { align: 'centre' });
    }
  }
  return bottom + s.label * 0.4;
}

/** Lays a chart out for a box `width` points wide. */
export function chartDrawing(spec: ChartSpec, width: number, style: ChartStyle, measure: Measure): ChartDrawing {
  const pen = new Pen(measure, style);
  const colours = seriesColours(spec, style);
  const top = header(pen, spec, width, colours);
  const bottom = spec.categories.length === 0 ? top : spec.kind === 'line' ? lines(pen, spec, width, top, colours) : bars(pen, spec, width, top, colours);
  return { width, height: Math.ceil(bottom + 1), shapes: pen.shapes };
}

/** A drawing scaled by `k` as a whole, sizes of text and lines included. */
export function scaledDrawing(d: ChartDrawing, k: number): ChartDrawing {
  const p = (pts: [number, number][]): [number, number][] => pts.map(([x, y]) => [x * k, y * k]);
  const shapes = d.shapes.map((s): Shape => {
    switch (s.kind) {
      case 'rect':
        return { ...s, x: s.x * k, y: s.y * k, w: s.w * k, h: s.h * k };
      case 'line':
        return { ...s, x1: s.x1 * k, y1: s.y1 * k, x2: s.x2 * k, y2: s.y2 * k, width: s.width * k };
      case 'polyline':
        return { ...s, points: p(s.points), width: s.width * k };
      case 'polygon':
        return { ...s, points: p(s.points), width: s.width * k };
      case 'circle':
        return { ...s, x: s.x * k, y: s.y * k, r: s.r * k, width: s.width * k };
      case 'text':
        return { ...s, x: s.x * k, baseline: s.baseline * k, size: s.size * k };
    }
  });
  return { width: d.width * k, height: d.height * k, shapes };
}

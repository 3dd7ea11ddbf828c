import type { ParagraphStyle } from '../layout/types.js';
import type { PageStyle } from '../../model/template.js';
import type { Family } from './fonts.js';

/** How a run of text looks. */
export interface TextStyle {
  family: Family;
  size: number;
  colour: string;
  bold: boolean;
  italic: boolean;
}

/** The look of a kind of paragraph: its text, alignment and the space around it. */
export interface BlockStyle {
  text: TextStyle;
  align: 'left' | 'justify' | 'center';
  lineGap: number;
  before: number;
  after: number;
}

/** Page geometry in points. */
export interface Geometry {
  pageWidth: number;
  pageHeight: number;
  left: number;
  top: number;
  /** The y below which nothing of the body is drawn. */
  bottom: number;
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

const PAGE_SIZES: Record<PageStyle['size'], [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
const mm = (v: number) => (v * 72) / 25.4;

/** The page box and the body's text area, from the template's millimetres. */
export function geometry(page: PageStyle): Geometry {
  const [pageWidth, pageHeight] = PAGE_SIZES[page.size];
  const margins = { top: mm(page.margins.top), bottom: mm(page.margins.bottom), left: mm(page.margins.left), right: mm(page.margins.right) };
  return { pageWidth, pageHeight, margins, left: margins.left, top: margins.top, bottom: pageHeight - margins.bottom, width: pageWidth - margins.left - margins.right, height: pageHeight - margins.top - margins.bottom };
}

/**
 * Every look the renderer uses, derived from the template's sizes and colours so that a
 * template restyles the PDF. Spacing is proportional to the body size, so that a larger body
 * keeps the same rhythm.
 */
export class Styles {
  readonly body: BlockStyle;
  readonly paragraphs: Record<ParagraphStyle, BlockStyle>;
  readonly headings: Record<1 | 2 | 3, BlockStyle>;
  /** Padding inside table cells and boxes. */
  readonly pad: number;
  /** The thickness of table rules. */
  readonly rule = 0.5;
  readonly colours: PageStyle['colours'];
  /** Space before and after blocks other than paragraphs and headings. */
  readonly gaps: Record<'list' | 'item' | 'table' | 'image' | 'figures' | 'scale' | 'aside' | 'notes', { before: number; after: number }>;
  /** The shade of a table's marked cell (the level reached in the summary table). */
  readonly markFill: string;

  constructor(readonly page: PageStyle) {
    const { sizes, colours, lineGap } = page;
    this.colours = colours;
    const u = sizes.body;
    const text = (size: number, more: Partial<TextStyle> = {}): TextStyle => ({ family: 'body', size, colour: colours.text, bold: false, italic: false, ...more });
    const block = (t: TextStyle, before: number, after: number, align: BlockStyle['align'] = page.align, gap = lineGap): BlockStyle => ({ text: t, align, lineGap: gap, before, after });
    this.body = block(text(u), 0, 0.6 * u);
    this.paragraphs = {
      body: this.body,
      small: block(text(sizes.small), 0, 0.5 * u, page.align, lineGap * 0.75),
      headline: block(text(sizes.h3, { colour: colours.primary, bold: true }), 0.6 * u, 0.8 * u, 'left'),
      placeholder: block(text(u, { colour: colours.accent, italic: true }), 0, 0.6 * u, 'left'),
      caption: block(text(sizes.small, { colour: colours.muted, italic: true }), 0.2 * u, 0.8 * u, 'left', lineGap * 0.75),
    };
    const heading = (size: number, colour: string, before: number, after: number) => block(text(size, { family: 'heading', bold: true, colour }), before, after, 'left', lineGap * 0.5);
    this.headings = {
      1: heading(sizes.h1, colours.primary, 2.2 * u, 1.2 * u),
      2: heading(sizes.h2, colours.primary, 1.8 * u, 0.9 * u),
      3: heading(sizes.h3, colours.text, 1.2 * u, 0.4 * u),
    };
    this.pad = 0.45 * u;
    const gap = (before: number, after: number) => ({ before: before * u, after: after * u });
    this.gaps = { list: gap(0.2, 0.6), item: gap(0.2, 0.2), table: gap(0.6, 1), image: gap(0.6, 0.6), figures: gap(0.8, 1), scale: gap(0.2, 0.6), aside: gap(0.8, 1), notes: gap(1.4, 0.6) };
    this.markFill = tint(colours.primary, 0.2);
  }
}

/** A colour mixed with white: `amount` 0 is white, 1 the colour itself. */
export function tint(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

import type { Paragraph } from 'docx';
import type { PageStyle } from '../../model/template.js';
import type { ChartFonts } from '../chart/svg.js';
import type { PageGeometry } from './units.js';

/**
 * Where blocks are being placed: the page body, a table cell, or the inside of an aside box.
 * The width (twips) sizes nested tables and images; the role picks the paragraph styles.
 */
export interface Container {
  width: number;
  role: 'page' | 'cell' | 'aside';
  /** Inside a table that is itself in a cell (contacts in a card): text is set small to fit. */
  nested?: boolean;
}

/** What rendering the blocks of one document shares: its look, its notes, its list counter. */
export class RenderContext {
  /** The footnotes collected from `note` inlines, by id, for the document's footnotes part. */
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  /**
   * What charts are drawn with: the body font (their words as outlines) and what turns their
   * SVG into the PNG fallback; without `rasterise`, a chart is given as a table of its numbers.
   */
  chartArt?: { fonts: ChartFonts; rasterise?: ((svg: string, widthPx: number) => Uint8Array) | undefined };
  /**
   * The width in points of a word set in the body font at `size` points (as Word will set it
   * with the embedded font): tables widen columns too narrow for their longest word.
   */
  measure?: (word: string, size: number, bold: boolean, italic: boolean) => number;
  /** A close ceiling of `measure`, without shaping: the characters' advances added up (see roughEmWidth). */
  roughMeasure?: (word: string, size: number, bold: boolean, italic: boolean) => number;
  private listInstances = 0;
  private images = 0;

  constructor(
    readonly style: PageStyle,
    readonly page: PageGeometry,
  ) {}

  /** A new numbering instance, so that the next list counts from 1 again. */
  nextListInstance(): number {
    return ++this.listInstances;
  }

  /** A number for the next image's name in Word's selection pane. */
  nextImage(): number {
    return ++this.images;
  }
}

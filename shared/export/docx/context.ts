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
  /** The bytes of each picture, by the text of the stand-in docx was given for it (see {@link media}). */
  readonly mediaBytes = new Map<string, Uint8Array>();
  private readonly standIns = new WeakMap<Uint8Array, Uint8Array>();
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

  /**
   * What docx is given as a picture's data: a few bytes standing for it, the same for the same
   * bytes (one file for a picture shown twice). docx names each picture after the SHA-1 of its
   * data, computed in JavaScript: 0.1 s for a chart's SVG and its PNG, seconds for a photograph
   * of a few megabytes. The package's parts get the real bytes back (render.ts).
   */
  media(bytes: Uint8Array): Uint8Array {
    let standIn = this.standIns.get(bytes);
    if (!standIn) {
      const key = `bilan-media-${this.mediaBytes.size + 1}`;
      standIn = new TextEncoder().encode(key);
      this.mediaBytes.set(key, bytes);
      this.standIns.set(bytes, standIn);
    }
    return standIn;
  }

  /** A number for the next image's name in Word's selection pane. */
  nextImage(): number {
    return ++this.images;
  }
}

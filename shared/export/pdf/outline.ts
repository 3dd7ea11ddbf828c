import type { PdfDoc } from './document.js';

type Item = PDFKit.PDFOutline;

/**
 * The document outline (bookmarks), mirroring the headings: a level 2 heading nests under the
 * last level 1, a level 3 under the last level 2 (or the nearest shallower one).
 */
export class Outline {
  private readonly open: { level: number; item: Item }[] = [];

  constructor(private readonly doc: PdfDoc) {}

  /** Adds a heading drawn on the current page. */
  add(level: number, title: string): void {
    while (this.open.length && this.open[this.open.length - 1]!.level >= level) this.open.pop();
    const parent = this.open.length ? this.open[this.open.length - 1]!.item : this.doc.outline;
    // Bookmarks show plain text: no control characters, no line breaks.
    const item = parent.addItem(title.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim());
    this.open.push({ level, item });
  }
}

import type { DocLayout, LayoutFonts } from '../layout/types.js';
import type { PdfDoc, StructElement } from './document.js';
import { Fonts, type FontKey } from './fonts.js';
import { Outline } from './outline.js';
import { geometry, Styles, type Geometry } from './styles.js';
import { Tag, type ArtifactState } from './tags.js';

/**
 * Everything the parts of the renderer share: the document, its fonts and styles, the page
 * geometry, the structure tree's root, the anchors met so far and the current drawing state.
 */
export class RenderContext implements ArtifactState {
  readonly geo: Geometry;
  readonly styles: Styles;
  readonly fonts: Fonts;
  readonly root: Tag;
  readonly outline: Outline;
  /** The page (1-based) of each anchor drawn. */
  readonly anchors = new Map<string, number>();
  /** Anchors that exist somewhere in the layout: links to anything else are left as text. */
  readonly targets: Set<string>;
  /** Images opened in this document, by their bytes. */
  readonly images = new Map<Uint8Array, unknown>();
  inArtifact = false;
  /** The page being drawn on, 1-based. */
  pageNumber = 0;
  /** Content written to the current page, joined into one chunk when the page changes. */
  private content: string[] = [];
  private readonly write: (data: string) => void;
  private penFont: FontKey | null = null;
  private penSize = 0;
  private penColour: string | null = null;

  constructor(
    readonly doc: PdfDoc,
    readonly layout: DocLayout,
    fonts: LayoutFonts,
    targets: Set<string>,
  ) {
    this.geo = geometry(layout.style);
    this.styles = new Styles(layout.style);
    this.fonts = new Fonts(doc, fonts);
    this.targets = targets;
    const documentElement: StructElement = doc.struct('Document');
    doc.addStructure(documentElement);
    this.root = new Tag(doc, this, 'Document', null, {}, documentElement);
    this.outline = new Outline(doc);
    // pdfkit turns every operator into its own small buffer, kept until the end with the
    // buffered pages: millions of objects for a long report, and the garbage collector's time
    // grows with them. Operators are gathered per page and handed over as one string.
    // They reach pdfkit as bytes (binary string, one byte per character, as pdfkit would
    // convert it itself in a JavaScript loop), with the line end pdfkit adds to a string.
    const internal = doc as unknown as { addContent(data: string | Uint8Array): PdfDoc };
    const original = internal.addContent.bind(doc);
    this.write = (data) => original(Buffer.from(`${data}\n`, 'latin1'));
    internal.addContent = (data: string) => {
      this.content.push(data);
      return doc;
    };
  }

  /** Hands the operators gathered for the current page to pdfkit. */
  flush(): void {
    if (!this.content.length) return;
    const data = this.content.join('\n');
    this.content = [];
    this.write(data);
  }

  /** Starts a new page at the end of the document. */
  newPage(): void {
    const { pageWidth, pageHeight, margins } = this.geo;
    this.flush();
    this.doc.addPage({ size: [pageWidth, pageHeight], margins });
    // PDF/UA: annotations (links) are visited in the order of the structure tree.
    (this.doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Tabs = 'S';
    this.pageNumber = this.doc.bufferedPageRange().count;
    this.resetPen();
  }

  /** Goes back to a page already made (1-based), to draw what is known only later. */
  switchTo(page: number): void {
    this.flush();
    this.doc.switchToPage(page - 1);
    this.pageNumber = page;
    this.resetPen();
  }

  /** A new page starts with the PDF's default graphics state: forget what was set. */
  private resetPen(): void {
    this.penFont = null;
    this.penSize = 0;
    this.penColour = null;
  }

  /** Sets font, size and colour, writing only what changed. */
  pen(font: FontKey, size: number, colour: string): void {
    if (font !== this.penFont) {
      this.doc.font(font);
      this.penFont = font;
    }
    if (size !== this.penSize) {
      this.doc.fontSize(size);
      this.penSize = size;
    }
    if (colour !== this.penColour) {
      this.doc.fillColor(colour);
      this.penColour = colour;
    }
  }

  /** Draws a string with its baseline at `baseline`, no wrapping (lines are broken beforehand). */
  text(s: string, x: number, baseline: number): void {
    this.doc.text(s, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }

  /**
   * Draws decoration or furniture outside the structure tree, as PDF/UA asks. Nested calls
   * stay in the outer artifact (pdfkit would close it otherwise).
   */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    if (this.inArtifact) {
      draw();
      return;
    }
    this.inArtifact = true;
    this.doc.markContent('Artifact', { type });
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      this.inArtifact = false;
    }
  }

  /** A filled rectangle, in its own graphics state so that the text colour is kept. */
  fillRect(x: number, y: number, w: number, h: number, colour: string): void {
    this.doc.save().rect(x, y, w, h).fill(colour).restore();
  }

  /** A straight rule. */
  rule(x1: number, y1: number, x2: number, y2: number, colour: string, width: number): void {
    this.doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke().restore();
  }

  /** Records an anchor on the current page, as a named destination internal links go to. */
  destination(anchor: string, y: number): void {
    if (this.anchors.has(anchor)) return;
    this.anchors.set(anchor, this.pageNumber);
    const add = this.doc.addNamedDestination.bind(this.doc) as (name: string, fit: string, ...args: (number | null)[]) => void;
    add(anchor, 'XYZ', null, Math.max(0, y - 6), null);
  }
}

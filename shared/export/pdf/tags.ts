import type { PdfDoc, StructElement } from './document.js';

/** Options of a structure element pdfkit understands (some are missing from @types/pdfkit). */
export interface TagOptions {
  alt?: string;
  actual?: string;
  title?: string;
  lang?: string;
  /** Table header scope. */
  scope?: 'Row' | 'Column' | 'Both';
  /** Layout bounding box [x1, y1, x2, y2] in top-down page coordinates (figures). */
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
}

/** Whether content is being drawn as an artifact (repeated headers, furniture, rules). */
export interface ArtifactState {
  readonly inArtifact: boolean;
}

/**
 * A node of the structure tree, created in the PDF only when its first content is drawn, so
 * that the order of the tree is the order of drawing: the reading order. Content drawn while
 * the renderer draws an artifact (a repeated table header, a continued label) is not tagged.
 */
export class Tag {
  private el: StructElement | null = null;

  constructor(
    private readonly doc: PdfDoc,
    private readonly state: ArtifactState,
    readonly type: string,
    private readonly parent: Tag | null,
    private options: TagOptions = {},
    root?: StructElement,
  ) {
    if (root) this.el = root;
  }

  /** Children made since the last `takeChildren` (the root's: one top-level block's elements). */
  private made: Tag[] = [];

  /** A child element of this one. */
  child(type: string, options: TagOptions = {}): Tag {
    const tag = new Tag(this.doc, this.state, type, this, options);
    this.made.push(tag);
    return tag;
  }

  /** The children made since the last call, so that a finished block's elements can be ended. */
  takeChildren(): Tag[] {
    const made = this.made;
    this.made = [];
    return made;
  }

  /** Options known only when drawing (a figure's box). */
  set(options: TagOptions): void {
    if (!this.el) this.options = { ...this.options, ...options };
  }

  /** The element, created and attached to its parent on first use. */
  element(): StructElement {
    if (!this.el) {
      this.el = this.doc.struct(this.type, this.options as Parameters<PdfDoc['struct']>[1]);
      this.parent!.element().add(this.el);
    }
    return this.el;
  }

  /** Puts the element in the tree now, empty cells of a table included. */
  touch(): void {
    if (!this.state.inArtifact) this.element();
  }

  /** Draws content as this element's marked content (or untagged inside an artifact). */
  mark(draw: () => void): void {
    if (this.state.inArtifact) {
      draw();
      return;
    }
    const el = this.element();
    const content = this.doc.markStructureContent(this.type);
    draw();
    this.doc.endMarkedContent();
    el.add(content);
  }

  /** Closes the element so that pdfkit writes it out and frees it. */
  end(): void {
    this.el?.end();
  }
}

import type { Lang } from '../../model/localized.js';
import type { PageStyle } from '../../model/template.js';
import type { ChartSpec } from '../chart/spec.js';

/**
 * The document layout: what both exporters render, so that a feature exists in the DOCX and
 * the PDF or in neither. It is built from a report, its template and one language by
 * `buildLayout`; it holds final strings (labels already in the right language) and no
 * reference back to the report. Renderers decide only how things look on their medium.
 */

/** A run of text inside a paragraph, heading, list item or cell. */
export type LayoutInline =
  | {
      kind: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      /** An external link (https, http or mailto). */
      href?: string;
      /** An internal link to a heading's anchor. */
      anchor?: string;
    }
  | { kind: 'break' }
  /**
   * A footnote call. `n` numbers notes from 1 across the whole document. The PDF prints the
   * note's text at the end of the section it belongs to (see `notes` blocks); the DOCX makes a
   * real Word footnote from `content` and ignores `notes` blocks.
   */
  | { kind: 'note'; n: number; content: LayoutInline[] };

/** A heading. Every heading is in the outline and has an anchor; `toc` says whether the table of contents lists it. */
export interface LayoutHeading {
  kind: 'heading';
  /** 1: part (ambition, chapter); 2: card; 3: sub-heading inside a field or chapter. */
  level: 1 | 2 | 3;
  text: string;
  /** A stable id usable as a PDF named destination and a Word bookmark: letters, digits, `_`. */
  anchor: string;
  toc: boolean;
  /** Start a new page before this heading (every card, every part). */
  pageBreakBefore: boolean;
}

/** Paragraph styles the template's page style gives a look to. */
export type ParagraphStyle = 'body' | 'small' | 'headline' | 'placeholder' | 'caption';

/** A paragraph. */
export interface LayoutParagraph {
  kind: 'paragraph';
  style: ParagraphStyle;
  inlines: LayoutInline[];
  align?: 'left' | 'center';
}

/** One item of a list, with its own nested list. */
export interface LayoutListItem {
  inlines: LayoutInline[];
  sublist?: LayoutList;
}

/** A bulleted or numbered list; numbering restarts with every list (and every nested list). */
export interface LayoutList {
  kind: 'list';
  ordered: boolean;
  items: LayoutListItem[];
}

/** A cell of a table: blocks, usually one paragraph. */
export interface LayoutCell {
  blocks: LayoutBlock[];
  align?: 'left' | 'center';
  /** Shade the cell: a header cell, or the marked level of the summary table. */
  shade?: 'header' | 'mark';
}

/**
 * A table. When `headerRows` > 0 those first rows are the header: tagged as header cells and
 * repeated at the top of every page the table runs onto. `widths` are relative (they are
 * scaled to the text width); rows never lose text: a row taller than a page splits.
 */
export interface LayoutTable {
  kind: 'table';
  headerRows: number;
  widths: number[];
  rows: LayoutCell[][];
  /** A short description for screen readers (PDF /Summary, Word table description). */
  summary?: string;
  /** Its last row stays on the page of the block that follows (the summary table and its headline). */
  keepWithNext?: boolean;
}

/** An image scaled to `scale` (0.1–1) of the text width, never taller than the page body. */
export interface LayoutImage {
  kind: 'image';
  data: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
  alt: string;
  scale: number;
}

/** Key figures shown large: "15 000" above its caption, side by side. */
export interface LayoutFigures {
  kind: 'figures';
  items: { value: string; caption: string }[];
}

/**
 * A choice shown with all its options, the chosen one marked (the progress scale of a card).
 * Renderers show every option in order, the chosen one visibly and textually marked
 * (`markedLabel` is what a screen reader or a text extraction reads for it: the scale's wording of
 * a chosen option, "Substantiel (niveau atteint)", or the option itself, "Oui").
 */
export interface LayoutScale {
  kind: 'scale';
  options: string[];
  chosen: number | null;
  markedLabel: string;
}

/** Text set apart in a shaded box, with its own title (IRM recommendations). */
export interface LayoutAside {
  kind: 'aside';
  title: string;
  blocks: LayoutBlock[];
}

/** The notes called in the section above, printed at its end (PDF only; DOCX uses real footnotes). */
export interface LayoutNotes {
  kind: 'notes';
  title: string;
  notes: { n: number; content: LayoutInline[] }[];
}

/**
 * A card laid out as the 2018–2020 report does: a two-column table, the field's label on the
 * left (shaded), its content on the right. A row's content flows across page breaks; the label
 * is repeated on the next page as `continuedLabel` ("Résultats et impacts (suite)").
 */
export interface LayoutCardTable {
  kind: 'card';
  /** Relative widths of the label and content columns. */
  widths: [number, number];
  rows: { label: string; continuedLabel: string; blocks: LayoutBlock[] }[];
  /** Its last row stays on the page of the block that follows (a boxed aside, the card's notes). */
  keepWithNext?: boolean;
}

/**
 * A chart drawn as vectors (shapes and the template's fonts), never as a picture: the progress
 * summary by group, or a chart block of the rich text. `alt` gives its numbers in words, for
 * screen readers (a PDF Figure's /Alt, the Word drawing's description).
 */
export interface LayoutChart {
  kind: 'chart';
  chart: ChartSpec;
  alt: string;
}

/** Any block of the layout. */
export type LayoutBlock =
  | LayoutHeading
  | LayoutParagraph
  | LayoutList
  | LayoutTable
  | LayoutImage
  | LayoutFigures
  | LayoutScale
  | LayoutAside
  | LayoutNotes
  | LayoutCardTable
  | LayoutChart;

/** The cover page. */
export interface LayoutCover {
  title: string;
  /** "2018–2020" */
  period: string;
  issuer: string;
  /** The publication date, formatted in the language ("30 juin 2021", "30 June 2021"), or empty. */
  date: string;
  /** A line such as "Partenariat pour un gouvernement ouvert" / "Open Government Partnership". */
  series: string;
}

/** Words of the page furniture, in the document's language. */
export interface LayoutFurniture {
  /** The running header: the report's title, shortened if needed. */
  runningTitle: string;
  /** The footer with {page} and {pages}: "{page} sur {pages}" / "Page {page} of {pages}". */
  pageOf: string;
  /** The table of contents' title: "Sommaire" / "Contents". */
  tocTitle: string;
  /** A working copy's mark, on every page ("Document de travail — ne pas publier"); absent in a publication. */
  draft?: string;
}

/** A whole document to render. */
export interface DocLayout {
  lang: Lang;
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    /** The publication date (ISO), or null: the renderers then use the export time. */
    date: string | null;
  };
  style: PageStyle;
  cover: LayoutCover;
  furniture: LayoutFurniture;
  /** The body after the cover and the table of contents. */
  blocks: LayoutBlock[];
}

/** The font files a renderer embeds, by face, as bytes (read by the caller from the template). */
export interface LayoutFonts {
  body: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
  heading: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
}

/** Reports progress of a long export, from 0 to 1, with what is being done. */
export type ProgressListener = (done: number, stage: string) => void;

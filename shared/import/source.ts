import type { Footnote, Inline, Link, LineBreak, TextRun } from '../model/richtext.js';
import { isSafeUrl } from '../model/links.js';

/**
 * A Word document as the import reads it: the blocks mammoth found, in reading order, with
 * what the layout rules need (heading level, list level, indentation, emphasis) and nothing
 * else. Built from mammoth's document tree (`transformDocument`), without its HTML.
 */

/** A paragraph: its inlines, and how Word laid it out. */
export interface SourceParagraph {
  kind: 'paragraph';
  /** 1–6 for a heading style ("Heading 2", "Titre 2"), 0 for the document's title style, undefined for body text. */
  heading?: number | undefined;
  /** Set for a numbered or bulleted paragraph: its level (0 the outermost) and whether numbered. */
  list?: { level: number; ordered: boolean } | undefined;
  /** Indented from the left margin (a list's continuation paragraph is). */
  indented: boolean;
  inlines: Inline[];
  /** Every character of it is bold (a heading typed as bold body text). */
  allBold: boolean;
}

/** An image, by its index in the document's list of images (read separately, they are bytes). */
export interface SourceImage {
  kind: 'image';
  index: number;
  alt: string;
}

/** A table cell, with what it spans (vertically merged cells come once, with their row span). */
export interface SourceCell {
  blocks: SourceBlock[];
  colSpan: number;
  rowSpan: number;
}

export interface SourceTable {
  kind: 'table';
  rows: SourceCell[][];
  /** Its first row is marked as a header row, repeated on each page. */
  headerRow: boolean;
}

export type SourceBlock = SourceParagraph | SourceImage | SourceTable;

/** The parts of mammoth's document tree the import reads (see mammoth's lib/documents.js). */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  indent?: { start?: string | null; hanging?: string | null; firstLine?: string | null } | null;
  isBold?: boolean;
  isItalic?: boolean;
  verticalAlignment?: string;
  href?: string;
  anchor?: string;
  noteType?: string;
  noteId?: string;
  body?: MammothElement[];
  altText?: string | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
  isHeader?: boolean;
  checked?: boolean;
}

/** The notes of the document, as mammoth resolves them. */
export interface MammothNotes {
  resolve(reference: { noteType: string; noteId: string }): { body: MammothElement[] } | null;
}

/** Limits the reading keeps to whatever the document holds. */
const MAX_NESTING = 64;

/** The heading level a paragraph style names, in English or French Word ("Heading 2", "Titre 2", "Title"). */
export function headingLevel(styleName: string | null | undefined, styleId: string | null | undefined): number | undefined {
  for (const s of [styleName, styleId]) {
    if (!s) continue;
    const m = /^(?:heading|titre|berschrift|überschrift)\s*([1-6])$/i.exec(s.trim());
    if (m) return Number(m[1]);
    if (/^(title|titre)$/i.test(s.trim())) return 0;
  }
  return undefined;
}

interface Style {
  bold: boolean;
  italic: boolean;
}

/**
 * Turns mammoth's document tree into source blocks. `image` is called for each image element in
 * reading order and returns its index; `notes` resolves footnote and endnote references.
 */
export function sourceBlocks(children: readonly MammothElement[], notes: MammothNotes | undefined, image: (element: MammothElement) => number): SourceBlock[] {
  const out: SourceBlock[] = [];
  readBlocks(children, out, notes, image, 0);
  return out;
}

function readBlocks(children: readonly MammothElement[], out: SourceBlock[], notes: MammothNotes | undefined, image: (element: MammothElement) => number, depth: number): void {
  if (depth > MAX_NESTING) throw new RangeError('nesting');
  for (const el of children) {
    if (el.type === 'paragraph') readParagraph(el, out, notes, image);
    else if (el.type === 'table') out.push(readTable(el, notes, image, depth));
    else if (el.children) readBlocks(el.children, out, notes, image, depth + 1);
  }
}

function readTable(el: MammothElement, notes: MammothNotes | undefined, image: (element: MammothElement) => number, depth: number): SourceTable {
  const rows: SourceCell[][] = [];
  let headerRow = false;
  for (const [i, row] of (el.children ?? []).entries()) {
    if (row.type !== 'tableRow') continue;
    if (i === 0 && row.isHeader) headerRow = true;
    const cells: SourceCell[] = [];
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tableCell') continue;
      const blocks: SourceBlock[] = [];
      readBlocks(cell.children ?? [], blocks, notes, image, depth + 1);
      cells.push({ blocks, colSpan: Math.max(1, Math.min(64, cell.colSpan ?? 1)), rowSpan: Math.max(1, cell.rowSpan ?? 1) });
    }
    if (cells.length) rows.push(cells);
  }
  return { kind: 'table', rows, headerRow };
}

function readParagraph(el: MammothElement, out: SourceBlock[], notes: MammothNotes | undefined, image: (element: MammothElement) => number): void {
  const inlines: Inline[] = [];
  const images: SourceImage[] = [];
  let bold = true;
  let letters = false;
  const push = (into: Inline[], run: TextRun | LineBreak) => {
    const last = into[into.length - 1];
    if (run.type === 'text' && last?.type === 'text' && !!last.bold === !!run.bold && !!last.italic === !!run.italic) {
      into[into.length - 1] = { ...last, text: last.text + run.text };
    } else into.push(run);
  };
  const walk = (nodes: readonly MammothElement[], style: Style, into: Inline[], inNote: boolean, inLink: boolean) => {
    for (const n of nodes) {
      switch (n.type) {
        case 'run':
          walk(n.children ?? [], { bold: !!n.isBold, italic: !!n.isItalic }, into, inNote, inLink);
          break;
        case 'text':
        case 'tab':
        case 'checkbox': {
          const text = n.type === 'text' ? (n.value ?? '') : n.type === 'tab' ? '\t' : n.checked ? '☒' : '☐';
          if (!text) break;
          if (/\S/.test(text)) {
            letters = true;
            if (!style.bold) bold = false;
          }
          push(into, { type: 'text', text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
          break;
        }
        case 'break':
          if (n.breakType === 'line' || n.breakType === undefined) push(into, { type: 'break' });
          break;
        case 'hyperlink': {
          const url = n.href ?? '';
          if (!inLink && isSafeUrl(url)) {
            const children: Inline[] = [];
            walk(n.children ?? [], style, children, inNote, true);
            const runs = children.filter((c): c is TextRun | LineBreak => c.type === 'text' || c.type === 'break');
            if (runs.length) into.push({ type: 'link', url, children: runs } satisfies Link);
            // Whatever a link cannot hold (a note inside it) follows it.
            for (const c of children) if (c.type !== 'text' && c.type !== 'break') into.push(c);
          } else walk(n.children ?? [], style, into, inNote, inLink);
          break;
        }
        case 'noteReference': {
          if (inNote) break;
          const note = notes?.resolve({ noteType: n.noteType ?? 'footnote', noteId: n.noteId ?? '' });
          if (!note) break;
          const children: Inline[] = [];
          note.body.forEach((p, i) => {
            if (i > 0) children.push({ type: 'break' });
            walk(p.type === 'paragraph' ? (p.children ?? []) : [p], { bold: false, italic: false }, children, true, false);
          });
          // A note holds text, breaks and links; its own notes and images (rare) become text.
          const kept = children.filter((c): c is Footnote['children'][number] => c.type === 'text' || c.type === 'break' || c.type === 'link');
          while (kept[0]?.type === 'break') kept.shift();
          if (kept.length) into.push({ type: 'footnote', children: kept });
          break;
        }
        case 'image':
          images.push({ kind: 'image', index: image(n), alt: (n.altText ?? '').trim() });
          break;
        default:
          if (n.children) walk(n.children, style, into, inNote, inLink);
      }
    }
  };
  walk(el.children ?? [], { bold: false, italic: false }, inlines, false, false);
  // A tab inside a sentence is a space to a reader.
  for (const [i, x] of inlines.entries()) if (x.type === 'text' && x.text.includes('\t')) inlines[i] = { ...x, text: x.text.replace(/\t+/g, ' ') };
  const level = el.numbering ? Number(el.numbering.level) : NaN;
  const indentStart = Number(el.indent?.start ?? 0);
  if (inlines.length || !images.length) {
    out.push({
      kind: 'paragraph',
      heading: headingLevel(el.styleName, el.styleId),
      list: Number.isInteger(level) && level >= 0 ? { level: Math.min(level, 7), ordered: !!el.numbering!.isOrdered } : undefined,
      indented: indentStart > 0,
      inlines,
      allBold: letters && bold,
    });
  }
  out.push(...images);
}

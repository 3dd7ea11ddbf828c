import type { FieldDef, Template } from '../model/template.js';
import { ambitionHeadingMatcher, cardHeadingMatcher, fieldLabelMatcher, labelledLine, loose } from './labels.js';
import { inlineText, sourceText, trimInlines } from './rich.js';
import type { SourceBlock, SourceCell, SourceParagraph, SourceTable } from './source.js';

/**
 * The layout of a report in a Word document, read from its blocks: the title, the chapters
 * before the first card, the ambitions, the cards with the content found under each field's
 * label (in a label/content table or under a sub-heading), and what fits nowhere, in reading
 * order. Every block of the document ends up in exactly one of these places.
 */

/** Content that matched no field, with where it stood (the label or heading above it, or ''). */
export interface Loose {
  from: string;
  blocks: SourceBlock[];
}

export interface FoundCard {
  number: string;
  title: string;
  /** The number of the ambition heading above it, if any. */
  ambition: string | undefined;
  /** The content under each field's label, in reading order; a label met twice adds to it. */
  fields: Map<string, SourceBlock[]>;
  toSort: Loose[];
}

export interface FoundChapter {
  title: string;
  blocks: SourceBlock[];
  position: 'front' | 'back';
}

export interface FoundLayout {
  title: string;
  chapters: FoundChapter[];
  ambitions: { number: string; title: string }[];
  cards: FoundCard[];
  /** Content outside any card and chapter (before the first heading, under an ambition heading). */
  toSort: Loose[];
}

/** The one-line text of a paragraph. */
function lineOf(p: SourceParagraph): string {
  return inlineText(p.inlines).replace(/\s+/g, ' ').trim();
}

/** A paragraph that reads as a heading: a heading style, or a short line all in bold. */
function headingish(b: SourceBlock): boolean {
  if (b.kind !== 'paragraph' || b.list) return false;
  if (b.heading !== undefined) return true;
  return b.allBold && lineOf(b).length <= 200;
}

/** The text of a cell, on one line. */
function cellLine(cell: SourceCell | undefined): string {
  return cell ? sourceText(cell.blocks).replace(/\s+/g, ' ').trim() : '';
}

/** Reads the layout of a document's blocks for a template. */
export function readLayout(blocks: readonly SourceBlock[], template: Template): FoundLayout {
  const asCard = cardHeadingMatcher(template);
  const asAmbition = ambitionHeadingMatcher(template);
  const asField = fieldLabelMatcher(template);
  const layout: FoundLayout = { title: '', chapters: [], ambitions: [], cards: [], toSort: [] };

  let card: FoundCard | undefined;
  let cardLevel = 99;
  /** Where blocks go now: a field of the card, the card's to-sort list, a chapter, the report's list. */
  let field: FieldDef | undefined;
  let loose_: Loose | undefined;
  let chapter: FoundChapter | undefined;
  let ambition: string | undefined;
  /** The card heading was just read: a heading of the same look right after continues its title. */
  let titleOpen = false;
  /** The heading level of the last field label met as a sub-heading. */
  let fieldLevel = 0;

  const toCardSort = (from: string): Loose => {
    const l = { from, blocks: [] };
    card!.toSort.push(l);
    return l;
  };
  const toReportSort = (from: string): Loose => {
    const l = { from, blocks: [] };
    layout.toSort.push(l);
    return l;
  };
  const addToField = (f: FieldDef, blocks: SourceBlock[]) => {
    const list = card!.fields.get(f.id);
    if (list) list.push(...blocks);
    else card!.fields.set(f.id, [...blocks]);
  };
  const place = (b: SourceBlock) => {
    if (card) {
      if (field) addToField(field, [b]);
      else (loose_ ??= toCardSort('')).blocks.push(b);
    } else if (chapter) chapter.blocks.push(b);
    else (loose_ ??= toReportSort('')).blocks.push(b);
  };
  const openCard = (number: string, title: string, level: number) => {
    card = { number, title, ambition, fields: new Map(), toSort: [] };
    layout.cards.push(card);
    cardLevel = level;
    fieldLevel = 0;
    field = undefined;
    loose_ = undefined;
    chapter = undefined;
    titleOpen = true;
  };

  for (const b of blocks) {
    if (b.kind === 'paragraph' && b.heading === 0 && !card && !chapter && layout.chapters.length === 0) {
      // The document's title style, before anything else: the report's title.
      const text = lineOf(b);
      if (text) layout.title = layout.title ? `${layout.title} ${text}` : text;
      continue;
    }
    if (b.kind === 'paragraph' && headingish(b)) {
      const text = lineOf(b);
      const level = b.heading ?? 7;
      const asCardHeading = asCard(text);
      if (asCardHeading) {
        openCard(asCardHeading.number, asCardHeading.title, level);
        continue;
      }
      const asAmbitionHeading = asAmbition(text);
      if (asAmbitionHeading) {
        ambition = asAmbitionHeading.number;
        if (!layout.ambitions.some((a) => a.number === ambition)) layout.ambitions.push({ number: ambition, title: asAmbitionHeading.title });
        card = undefined;
        chapter = undefined;
        field = undefined;
        loose_ = undefined;
        titleOpen = false;
        // What stands under an ambition heading before its first card: the report's to sort, named after it.
        loose_ = toReportSort(text);
        continue;
      }
      if (card && titleOpen && level === cardLevel && text && !asField(text)) {
        // The second line of a long title, typed as a heading of its own.
        card.title = card.title ? `${card.title} ${text}` : text;
        continue;
      }
      titleOpen = false;
      if (card) {
        const f = asField(text);
        if (f) {
          field = f;
          fieldLevel = level;
          loose_ = undefined;
          continue;
        }
        if (b.heading !== undefined && b.heading <= cardLevel) {
          // A heading as high as the cards' that is no card: a chapter after them.
          card = undefined;
          field = undefined;
          loose_ = undefined;
          chapter = { title: text, blocks: [], position: 'back' };
          layout.chapters.push(chapter);
          continue;
        }
        if (!field || level <= fieldLevel) {
          // A sub-heading no field has, as high as the fields' own: what follows is to sort, under its name.
          field = undefined;
          loose_ = toCardSort(text);
          continue;
        }
        place(b);
        continue;
      }
      if (b.heading !== undefined && b.heading > 0 && text && (!chapter || b.heading <= chapterLevel(layout, chapter))) {
        chapter = { title: text, blocks: [], position: layout.cards.length ? 'back' : 'front' };
        chapterLevels.set(chapter, b.heading);
        layout.chapters.push(chapter);
        loose_ = undefined;
        continue;
      }
      place(b);
      continue;
    }
    titleOpen = false;
    if (b.kind === 'table') {
      const head = cardInTable(b, asCard);
      if (head) {
        openCard(head.number, head.title, cardLevel === 99 ? 1 : cardLevel);
        titleOpen = false;
        const rest: SourceTable = { ...b, rows: b.rows.slice(1), headerRow: false };
        if (rest.rows.length) readFieldTable(rest, asField, addToField, (from, blocks) => toCardSort(from).blocks.push(...blocks), b);
        continue;
      }
      const aside = card && b.rows.length === 1 && b.rows[0]!.filter((c) => cellLine(c) !== '').length === 1 ? labelledCell([b], asField) : undefined;
      if (aside) {
        addToField(aside.field, aside.blocks);
        continue;
      }
      if (card && isFieldTable(b, asField)) {
        readFieldTable(b, asField, addToField, (from, blocks) => toCardSort(from).blocks.push(...blocks), b);
        field = undefined;
        loose_ = undefined;
        continue;
      }
      place(b);
      continue;
    }
    if (card && b.kind === 'paragraph' && !b.list) {
      // "Avancement : Substantiel" in one paragraph.
      const text = inlineText(b.inlines);
      const labelled = labelledLine(text, asField);
      if (labelled) {
        const rest = cutInlines(b, labelled.rest);
        addToField(labelled.field, rest.inlines.length ? [rest] : []);
        field = labelled.field;
        loose_ = undefined;
        continue;
      }
    }
    place(b);
  }
  return layout;
}

const chapterLevels = new WeakMap<FoundChapter, number>();
function chapterLevel(_layout: FoundLayout, chapter: FoundChapter): number {
  return chapterLevels.get(chapter) ?? 1;
}

/** A card heading written as the first row of its table (one cell, or one merged across it). */
function cardInTable(table: SourceTable, asCard: (text: string) => { number: string; title: string } | undefined): { number: string; title: string } | undefined {
  const first = table.rows[0];
  if (!first) return undefined;
  const filled = first.filter((c) => cellLine(c) !== '');
  if (filled.length !== 1) return undefined;
  return asCard(cellLine(filled[0]));
}

/** A label/content table: two cells or more a row, and most rows' first cell a field's label. */
function isFieldTable(table: SourceTable, asField: (text: string) => FieldDef | undefined): boolean {
  const rows = table.rows.filter((r) => r.length >= 2);
  if (rows.length === 0) return false;
  const labelled = rows.filter((r) => asField(cellLine(r[0])) !== undefined).length;
  return labelled >= 1 && labelled * 2 >= rows.length;
}

/**
 * A label/content table's rows into fields: a row whose first cell is a label gives the rest of
 * the row to its field; a row under a `rows` field's label that holds as many cells as the field
 * has columns is one of its rows; any other row is to sort, under its first cell.
 */
function readFieldTable(
  table: SourceTable,
  asField: (text: string) => FieldDef | undefined,
  add: (f: FieldDef, blocks: SourceBlock[]) => void,
  sort: (from: string, blocks: SourceBlock[]) => void,
  _whole: SourceTable,
): void {
  let rowsField: FieldDef | undefined;
  /** The field whose label cell spans rows below, and how many more. */
  let spanning: { field: FieldDef; rows: number } | undefined;
  for (const row of table.rows) {
    if (spanning && spanning.rows > 0) {
      // The label's cell is merged down over this row: the row's cells are more of its content.
      spanning.rows--;
      add(spanning.field, row.flatMap((c) => c.blocks));
      continue;
    }
    const label = cellLine(row[0]);
    const f = row.length >= 2 ? asField(label) : undefined;
    if (f) {
      const content = row.slice(1);
      spanning = row[0]!.rowSpan > 1 ? { field: f, rows: row[0]!.rowSpan - 1 } : undefined;
      rowsField = f;
      // Several content cells (a row of the milestones' columns): kept as a one-row table.
      if (content.length === 1) add(f, content[0]!.blocks);
      else add(f, [{ kind: 'table', rows: [content], headerRow: false }]);
      continue;
    }
    if (rowsField && row.length >= 2 && !label) {
      // A row under a label whose first cell is empty: more of that field.
      const content = row.slice(1);
      add(rowsField, content.length === 1 ? content[0]!.blocks : [{ kind: 'table', rows: [content], headerRow: false }]);
      continue;
    }
    rowsField = undefined;
    const labelled = row.filter((c) => cellLine(c) !== '').length === 1 ? labelledCell(row.find((c) => cellLine(c) !== '')!.blocks, asField) : undefined;
    if (labelled) {
      // One cell across the row that starts with a label (an aside, such as the IRM's recommendations).
      add(labelled.field, labelled.blocks);
      continue;
    }
    const blocks: SourceBlock[] = row.length >= 2 ? row.slice(1).flatMap((c) => c.blocks) : row.flatMap((c) => c.blocks);
    sort(row.length >= 2 ? label : '', blocks);
  }
}

/** A cell's blocks that open with a field's label (in a paragraph, or in a table of one cell): that field and what follows. */
function labelledCell(blocks: readonly SourceBlock[], asField: (text: string) => FieldDef | undefined): { field: FieldDef; blocks: SourceBlock[] } | undefined {
  let inner = blocks;
  if (inner.length === 1 && inner[0]!.kind === 'table' && inner[0]!.rows.length === 1 && inner[0]!.rows[0]!.length === 1) inner = inner[0]!.rows[0]![0]!.blocks;
  const first = inner[0];
  if (first?.kind !== 'paragraph') return undefined;
  const field = asField(lineOf(first));
  if (field) return { field, blocks: inner.slice(1) };
  // The label on the paragraph's first line, the text after a line break.
  const cut = first.inlines.findIndex((x) => x.type === 'break');
  if (cut <= 0) return undefined;
  const lineField = asField(inlineText(first.inlines.slice(0, cut)).trim());
  if (!lineField) return undefined;
  return { field: lineField, blocks: [{ ...first, inlines: first.inlines.slice(cut + 1) }, ...inner.slice(1)] };
}

/** The paragraph from a character offset of its text on (what follows "Label :"). */
function cutInlines(p: SourceParagraph, from: number): SourceParagraph {
  let skip = from;
  const out: SourceParagraph['inlines'] = [];
  for (const x of p.inlines) {
    if (skip <= 0) {
      out.push(x);
      continue;
    }
    const len = x.type === 'text' ? x.text.length : x.type === 'break' ? 1 : x.type === 'link' ? inlineText(x.children).length : 0;
    if (len <= skip) {
      skip -= len;
      if (x.type === 'footnote') out.push(x);
      continue;
    }
    if (x.type === 'text') out.push({ ...x, text: x.text.slice(skip) });
    else out.push(x);
    skip = 0;
  }
  return { ...p, inlines: trimInlines(out) };
}

export { loose };

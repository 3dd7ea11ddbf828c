import { isSafeUrl } from '../../model/links.js';
import type { Lang } from '../../model/localized.js';
import type { Block, Inline, LineBreak, Link, List, ListItem, RichText, TableCell, TextRun } from '../../model/richtext.js';
import type { Card, FieldValue, Report, Row, ScalarValue } from '../../model/report.js';
import type { Template } from '../../model/template.js';
import { plainText } from '../../report/text.js';
import { t } from '../../i18n/i18n.js';
import { canonRich, canonText, markersOf, parseScalar, shownValue, bookmarkIndex, tagOf, type Marker } from './fields.js';
import { attr, child, elements, local, parseXml, textOf, type XmlElement, type XmlLimits } from './xml.js';

/** The parts of a Word package the reader needs, as XML text. */
export interface WordParts {
  document: string;
  rels?: string | undefined;
  styles?: string | undefined;
  numbering?: string | undefined;
  footnotes?: string | undefined;
}

/**
 * Something in the returned document that is not a field's value and is not ours: text typed
 * outside the fields, a field whose markers were deleted, a copy of a field, a value that is not
 * one of the field's choices. None is dropped: the coordinator places or discards each.
 */
export interface Leftover {
  kind: 'stray' | 'missing' | 'duplicate' | 'unreadable' | 'image';
  /** The field it concerns (missing, duplicate, unreadable), or the field it came after (stray, image). */
  marker: Pick<Marker, 'card' | 'field' | 'row' | 'column' | 'lang'> | null;
  /** Its text as plain text (paragraphs on their own lines); for a missing field, the value it had. */
  text: string;
  /** The same as rich text, to place it in a rich-text field as it was written. */
  blocks: RichText;
  /** For a picture the document added: its part (`media/…`) and alternative text. */
  picture?: { target: string; alt: string } | undefined;
}

/** What a returned Word package says: the institution's cards, and what is left to place. */
export interface WordReading {
  cards: Card[];
  leftovers: Leftover[];
  /** The markers found, by how: content control, or only the bookmark (the control was lost). */
  found: { controls: number; bookmarks: number; places: number; total: number };
  /** How many rows the contributor added to lists, read as new rows. */
  addedRows: number;
}

export const XML_LIMITS: XmlLimits = { depth: 256, elements: 5_000_000 };

const on = (el: XmlElement | undefined) => !!el && !['0', 'false', 'off', 'none'].includes(attr(el, 'val') ?? 'true');

/** What the reader knows of the document's styles and numbering, and where links lead. */
class Context {
  readonly styleNames = new Map<string, string>();
  readonly styleNum = new Map<string, { num: string; level: number }>();
  readonly numFormats = new Map<string, string[]>();
  readonly links = new Map<string, string>();
  readonly images = new Map<string, string>();
  readonly notes = new Map<string, XmlElement>();

  constructor(parts: WordParts) {
    if (parts.styles) {
      for (const style of elements(parseXml(parts.styles, XML_LIMITS))) {
        if (local(style.name) !== 'style') continue;
        const id = attr(style, 'styleId');
        if (!id) continue;
        this.styleNames.set(id, attr(child(style, 'name'), 'val') ?? id);
        const numPr = child(child(style, 'pPr'), 'numPr');
        const num = attr(child(numPr, 'numId'), 'val');
        if (num) this.styleNum.set(id, { num, level: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) || 0 });
      }
    }
    if (parts.numbering) {
      const abstract = new Map<string, string[]>();
      const root = parseXml(parts.numbering, XML_LIMITS);
      for (const el of elements(root)) {
        if (local(el.name) !== 'abstractNum') continue;
        const formats: string[] = [];
        for (const lvl of elements(el)) if (local(lvl.name) === 'lvl') formats[Number(attr(lvl, 'ilvl') ?? 0) || 0] = attr(child(lvl, 'numFmt'), 'val') ?? 'decimal';
        abstract.set(attr(el, 'abstractNumId') ?? '', formats);
      }
      for (const el of elements(root)) if (local(el.name) === 'num') this.numFormats.set(attr(el, 'numId') ?? '', abstract.get(attr(child(el, 'abstractNumId'), 'val') ?? '') ?? []);
    }
    if (parts.rels) {
      for (const rel of elements(parseXml(parts.rels, XML_LIMITS))) {
        const type = rel.attrs['Type'] ?? '';
        const id = rel.attrs['Id'] ?? '';
        const target = rel.attrs['Target'] ?? '';
        if (type.endsWith('/hyperlink')) this.links.set(id, target);
        else if (type.endsWith('/image')) this.images.set(id, target.replace(/^\.?\//, '').replace(/^word\//, ''));
      }
    }
    if (parts.footnotes) for (const note of elements(parseXml(parts.footnotes, XML_LIMITS))) if (local(note.name) === 'footnote') this.notes.set(attr(note, 'id') ?? '', note);
  }

  /** The list a paragraph belongs to (its numbering instance and level), from itself or its style. */
  listOf(p: XmlElement): { num: string; level: number; ordered: boolean } | undefined {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    let num = attr(child(numPr, 'numId'), 'val');
    let level = Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) || 0;
    if (num === undefined) {
      const fromStyle = this.styleNum.get(attr(child(pPr, 'pStyle'), 'val') ?? '');
      if (fromStyle) ({ num, level } = fromStyle);
    }
    if (num === undefined || num === '0') return undefined;
    level = Math.min(Math.max(level, 0), 7);
    const format = this.numFormats.get(num)?.[level] ?? 'bullet';
    return { num, level, ordered: format !== 'bullet' && format !== 'none' };
  }

  /** A paragraph's heading level inside a field (our sub-headings, or Word's own headings), if any. */
  headingOf(p: XmlElement): 1 | 2 | 3 | undefined {
    const id = attr(child(child(p, 'pPr'), 'pStyle'), 'val');
    if (!id) return undefined;
    const name = this.styleNames.get(id) ?? id;
    const m = /^(?:Bilan ?Subheading|heading|titre) ?([1-9])$/i.exec(name.trim()) ?? /^(?:BilanSubheading|Heading|Titre)([1-9])$/.exec(id);
    return m ? (Math.min(Number(m[1]), 3) as 1 | 2 | 3) : undefined;
  }
}

type Mark = { bold: boolean; italic: boolean };

/** A paragraph's inlines and the images it holds. */
function inlinesOf(ctx: Context, p: XmlElement, images: { file: string; alt: string }[]): Inline[] {
  const out: Inline[] = [];
  let inFieldCode = 0;
  const push = (text: string, mark: Mark, into: Inline[]) => {
    if (!text) return;
    const last = into[into.length - 1];
    if (last?.type === 'text' && !!last.bold === mark.bold && !!last.italic === mark.italic) into[into.length - 1] = { ...last, text: last.text + text };
    else into.push({ type: 'text', text, ...(mark.bold ? { bold: true } : {}), ...(mark.italic ? { italic: true } : {}) });
  };
  const run = (r: XmlElement, into: Inline[]) => {
    const rPr = child(r, 'rPr');
    const styleName = ctx.styleNames.get(attr(child(rPr, 'rStyle'), 'val') ?? '') ?? '';
    const mark: Mark = { bold: child(rPr, 'b') ? on(child(rPr, 'b')) : /strong/i.test(styleName), italic: child(rPr, 'i') ? on(child(rPr, 'i')) : /emphasis/i.test(styleName) };
    for (const c of elements(r)) {
      const name = local(c.name);
      if (name === 'fldChar') {
        const type = attr(c, 'fldCharType');
        if (type === 'begin') inFieldCode++;
        else if (type === 'separate' || type === 'end') inFieldCode = Math.max(0, inFieldCode - (type === 'separate' ? 1 : 0));
        continue;
      }
      if (inFieldCode > 0) continue;
      if (name === 't') push(textOf(c), mark, into);
      else if (name === 'tab') push('\t', mark, into);
      else if (name === 'noBreakHyphen') push('\u2011', mark, into);
      else if (name === 'sym') push(String.fromCodePoint(parseInt(attr(c, 'char') ?? '20', 16) || 0x20), mark, into);
      else if ((name === 'br' && (attr(c, 'type') ?? 'textWrapping') === 'textWrapping') || name === 'cr') into.push({ type: 'break' });
      else if (name === 'footnoteReference') {
        const note = ctx.notes.get(attr(c, 'id') ?? '');
        if (note) into.push({ type: 'footnote', children: noteInlines(ctx, note) });
      } else if (name === 'drawing' || name === 'pict' || name === 'object') {
        const blip = findDeep(c, 'blip');
        const docPr = findDeep(c, 'docPr');
        const embed = blip ? (attr(blip, 'embed') ?? '') : '';
        images.push({ file: ctx.images.get(embed) ?? '', alt: (docPr && (attr(docPr, 'descr') ?? attr(docPr, 'title'))) ?? '' });
      }
    }
  };
  const walk = (el: XmlElement, into: Inline[]) => {
    for (const c of elements(el)) {
      const name = local(c.name);
      if (name === 'r') run(c, into);
      else if (name === 'hyperlink') {
        const url = ctx.links.get(attr(c, 'id') ?? '');
        if (url && isSafeUrl(url)) {
          const children: Inline[] = [];
          walk(c, children);
          const kept = children.filter((x): x is TextRun | LineBreak => x.type === 'text' || x.type === 'break').map((x) => (x.type === 'text' ? { ...x } : x));
          if (kept.length) into.push({ type: 'link', url, children: kept } satisfies Link);
          // A note inside a link stands after it.
          for (const x of children) if (x.type === 'footnote') into.push(x);
        } else walk(c, into);
      } else if (['ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'sdtContent', 'sdt', 'dir', 'bdo'].includes(name)) walk(c, into);
    }
  };
  walk(p, out);
  return out;
}

function noteInlines(ctx: Context, note: XmlElement): Footnote['children'] {
  const out: Inline[] = [];
  for (const p of elements(note).filter((e) => local(e.name) === 'p')) {
    const own = inlinesOf(ctx, p, []).filter((x) => x.type !== 'footnote');
    if (out.length && own.length) out.push({ type: 'break' });
    out.push(...own);
  }
  // The space written after the note's number.
  const first = out[0];
  if (first?.type === 'text') {
    const text = first.text.replace(/^\s+/, '');
    if (text) out[0] = { ...first, text };
    else out.shift();
  }
  return out as Footnote['children'];
}
type Footnote = Extract<Inline, { type: 'footnote' }>;

function findDeep(el: XmlElement, name: string): XmlElement | undefined {
  const stack = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (local(e.name) === name) return e;
    for (const c of elements(e)) stack.push(c);
  }
  return undefined;
}

/** A table's cells as our table: each cell's paragraphs joined by line breaks; a ragged table padded. */
function tableOf(ctx: Context, tbl: XmlElement, images: { file: string; alt: string }[]): Block | undefined {
  const rows: TableCell[][] = [];
  let header = false;
  for (const tr of elements(tbl).filter((e) => local(e.name) === 'tr')) {
    if (rows.length === 0) header = !!child(child(tr, 'trPr'), 'tblHeader') && on(child(child(tr, 'trPr'), 'tblHeader'));
    const cells: TableCell[] = [];
    for (const tc of elements(tr).filter((e) => local(e.name) === 'tc' || local(e.name) === 'sdt')) {
      const cell = local(tc.name) === 'sdt' ? child(child(tc, 'sdtContent'), 'tc') : tc;
      if (!cell) continue;
      const children: Inline[] = [];
      for (const p of paragraphsIn(cell)) {
        const own = inlinesOf(ctx, p, images);
        if (children.length) children.push({ type: 'break' });
        children.push(...own);
      }
      cells.push({ children });
      const span = Number(attr(child(child(cell, 'tcPr'), 'gridSpan'), 'val') ?? 1);
      for (let i = 1; i < Math.min(span, 64); i++) cells.push({ children: [] });
    }
    if (cells.length) rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  // A header row is marked as repeated on each page, or by the table's look (LibreOffice keeps
  // only that one for a table inside a table).
  const look = child(child(tbl, 'tblPr'), 'tblLook');
  if (!header && look) header = attr(look, 'firstRow') !== undefined ? on({ name: 'v', attrs: { val: attr(look, 'firstRow')! }, children: [] }) : (parseInt(attr(look, 'val') ?? '0', 16) & 0x20) !== 0;
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push({ children: [] });
  return { type: 'table', headerRow: header, rows };
}

/** Every paragraph under an element, tables included, in reading order. */
function paragraphsIn(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (local(e.name) === 'p') {
      out.push(e);
      continue;
    }
    if (local(e.name) === 'del' || local(e.name) === 'moveFrom') continue;
    const kids = elements(e);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Block elements (paragraphs and tables) as rich text: lists gathered, headings recognised, images set apart. */
export function blocksOf(ctx: Context, els: readonly XmlElement[]): { blocks: RichText; images: { file: string; alt: string }[] } {
  const blocks: Block[] = [];
  const images: { file: string; alt: string }[] = [];
  // The open lists, one per level, and the numbering instance of the outermost.
  let stack: List[] = [];
  for (const el of els) {
    if (local(el.name) === 'tbl') {
      stack = [];
      const table = tableOf(ctx, el, images);
      if (table) blocks.push(table);
      continue;
    }
    const found: { file: string; alt: string }[] = [];
    const inlines = inlinesOf(ctx, el, found);
    const list = ctx.listOf(el);
    const heading = list ? undefined : ctx.headingOf(el);
    if (list) {
      // Consecutive list paragraphs are one list: editors may give each its own numbering
      // instance. A top-level item of the other kind (bullets, numbers) starts another list.
      if (stack.length === 0 || (list.level === 0 && stack[0]!.ordered !== list.ordered)) {
        const top: List = { type: 'list', ordered: list.ordered, items: [] };
        blocks.push(top);
        stack = [top];
      }
      const level = Math.min(list.level, stack.length);
      stack.length = Math.max(1, Math.min(stack.length, level + 1));
      if (level === stack.length) {
        const parent = stack[stack.length - 1]!;
        const last = parent.items[parent.items.length - 1] ?? (parent.items.push({ children: [] }), parent.items[parent.items.length - 1]!);
        const sub: List = last.sublist ?? { type: 'list', ordered: list.ordered, items: [] };
        last.sublist = sub;
        stack.push(sub);
      }
      stack[stack.length - 1]!.items.push({ children: inlines } satisfies ListItem);
    } else {
      stack = [];
      if (heading) blocks.push({ type: 'heading', level: heading, children: inlines });
      else if (inlines.length || found.length === 0) blocks.push({ type: 'paragraph', children: inlines });
    }
    images.push(...found);
    for (const image of found) blocks.push({ type: 'image', media: `\u0000${image.file}`, alt: image.alt });
  }
  return { blocks, images };
}

/** A field's blocks as plain text: paragraphs on their own lines, table cells by tabs. */
export function plainOf(blocks: RichText): string {
  const inline = (xs: readonly Inline[]): string => xs.map((x) => (x.type === 'text' ? x.text : x.type === 'break' ? '\n' : x.type === 'link' ? inline(x.children) : `[${inline(x.children)}]`)).join('');
  const lines: string[] = [];
  const list = (l: List) => {
    for (const item of l.items) {
      lines.push(inline(item.children));
      if (item.sublist) list(item.sublist);
    }
  };
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') lines.push(inline(b.children));
    else if (b.type === 'list') list(b);
    else if (b.type === 'table') for (const r of b.rows) lines.push(r.map((c) => inline(c.children)).join('\t'));
    else if (b.type === 'image') lines.push(`[${b.alt}]`);
    else lines.push(plainText([b]));
  }
  return lines.join('\n');
}

const squashed = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Instructions earlier versions of the writer printed (lists could not take rows added in Word then). */
const FORMER_TEXTS = ['wordPackage.rowsHint'] as const;

/** Where each block of the document went: to a field (by marker index, and how it was found), or outside. */
interface Walk {
  bySdt: Map<number, XmlElement[]>;
  byBookmark: Map<number, XmlElement[]>;
  /** Blocks of a second copy of a field's control. */
  duplicates: { index: number; els: XmlElement[] }[];
  /** Paragraphs outside any field, with the field they came after. */
  outside: { el: XmlElement; after: number | undefined }[];
  /** Where each field's row stood: the table (top-level, in order), the row, and its label's text. */
  rows: Map<number, { at: string; label: string }>;
  /** Fields found only by their row's place and label (their markers were lost). */
  byPlace: number;
  /** Each row of the cards' tables, in order: to read the rows a contributor added to a list. */
  rowEvents: RowEvent[];
}

/** A row of a card's table as the walk met it. */
interface RowEvent {
  table: number;
  cells: XmlElement[];
  /** The field claimed before it. */
  after: number | undefined;
  /** A field's own row: never read as an added one. */
  field: boolean;
  /** A copy of a field's row (its label's control copied): the field, and its place among the duplicates. */
  copy?: { index: number; duplicate: number } | undefined;
  /** The paragraphs it gave to the text outside the fields: [from, to). */
  outside: [number, number];
}

/** Our bookmark numbers under an element, through paragraphs and content controls but not into nested tables. */
function cellBookmarks(el: XmlElement, count: number, out: number[] = []): number[] {
  for (const c of elements(el)) {
    const name = local(c.name);
    if (name === 'bookmarkStart') {
      const index = bookmarkIndex(attr(c, 'name') ?? '');
      if (index !== undefined && index < count) out.push(index);
    } else if (name !== 'tbl' && name !== 'del' && name !== 'moveFrom') cellBookmarks(c, count, out);
  }
  return out;
}

/** The block children of an element, content controls and custom markup unwrapped. */
function blockChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    const name = local(c.name);
    if (name === 'p' || name === 'tbl') out.push(c);
    else if (['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo'].includes(name)) out.push(...blockChildren(c));
  }
  return out;
}

/** Our tag on a content control in a cell (not in nested tables): the field whose label it is. */
function taggedIn(el: XmlElement, tags: ReadonlyMap<string, number>): number | undefined {
  for (const c of elements(el)) {
    const name = local(c.name);
    if (name === 'sdtPr') {
      const tag = attr(child(c, 'tag'), 'val');
      const index = tag === undefined ? undefined : tags.get(tag);
      if (index !== undefined) return index;
    } else if (name !== 'tbl') {
      const index = taggedIn(c, tags);
      if (index !== undefined) return index;
    }
  }
  return undefined;
}

/**
 * Walks the body, giving each paragraph and table to the field it stands in. Every field is a
 * table row: its label (in a content control tagged with the field, which Word keeps) and its
 * cell (with a bookmark, which LibreOffice keeps). A row is a field's when either is found; the
 * cell after the label is then the field's value, whatever was typed in it.
 */
function walkBody(body: XmlElement, tags: ReadonlyMap<string, number>, count: number, places?: ReadonlyMap<string, { index: number; label: string }>): Walk {
  const w: Walk = { bySdt: new Map(), byBookmark: new Map(), duplicates: [], outside: [], rows: new Map(), byPlace: 0, rowEvents: [] };
  const claimed = (index: number) => w.bySdt.has(index) || w.byBookmark.has(index);
  let last: number | undefined;
  let tables = 0;
  const cellText = (tc: XmlElement | undefined) => (tc ? squashed(textOf(tc)) : '');
  const claim = (index: number, els: XmlElement[], map: Map<number, XmlElement[]>) => {
    if (w.bySdt.has(index) || w.byBookmark.has(index)) w.duplicates.push({ index, els });
    else map.set(index, els);
    last = index;
  };
  const walk = (nodes: readonly XmlElement[], top = false) => {
    for (const el of nodes) {
      const name = local(el.name);
      if (name === 'p') w.outside.push({ el, after: last });
      else if (name === 'tbl') {
        const table = top ? tables++ : -1;
        let rowNo = -1;
        for (const tr of elements(el)) {
          if (local(tr.name) === 'tr') rowNo++;
          const at = `${table}:${rowNo}`;
          if (local(tr.name) !== 'tr') {
            if (['sdt', 'sdtContent', 'customXml', 'ins'].includes(local(tr.name))) walk([{ ...el, children: elements(tr) }]);
            continue;
          }
          const cells = elements(tr)
            .map((tc) => (local(tc.name) === 'sdt' ? child(child(tc, 'sdtContent'), 'tc') : tc))
            .filter((tc): tc is XmlElement => !!tc && local(tc.name) === 'tc');
          const label = cells.findIndex((tc) => taggedIn(tc, tags) !== undefined);
          const from = w.outside.length;
          const after = last;
          const event = (field: boolean, copy?: RowEvent['copy']) => {
            if (table >= 0) w.rowEvents.push({ table, cells, after, field, copy, outside: [from, w.outside.length] });
          };
          if (label >= 0 && label + 1 < cells.length) {
            const index = taggedIn(cells[label]!, tags)!;
            const copy = claimed(index) ? { index, duplicate: w.duplicates.length } : undefined;
            if (table >= 0 && !copy) w.rows.set(index, { at, label: cellText(cells[label]) });
            cells.forEach((tc, i) => {
              if (i === label + 1) claim(index, blockChildren(tc), w.bySdt);
              else walk(blockChildren(tc));
            });
            event(!copy, copy);
            continue;
          }
          const marked = cells.findIndex((tc) => cellBookmarks(tc, count).length > 0);
          // Both markers lost (an editor dropped the control, the bookmark went with the text it
          // stood before): the row is still known by its place in the package's table and its label.
          const place = marked < 0 && table >= 0 ? places?.get(at) : undefined;
          if (place && cells.length === 2 && cellText(cells[0]) === place.label && !w.bySdt.has(place.index) && !w.byBookmark.has(place.index)) {
            walk(blockChildren(cells[0]!));
            claim(place.index, blockChildren(cells[1]!), w.byBookmark);
            w.byPlace++;
            event(true);
            continue;
          }
          const index = marked >= 0 ? cellBookmarks(cells[marked]!, count)[0]! : undefined;
          const copy = index !== undefined && claimed(index) ? { index, duplicate: w.duplicates.length } : undefined;
          cells.forEach((tc, i) => {
            if (i === marked) claim(index!, blockChildren(tc), w.byBookmark);
            else walk(blockChildren(tc));
          });
          event(index !== undefined && !copy, copy);
        }
      } else if (['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo'].includes(name)) walk(elements(el), top);
    }
  };
  walk(elements(body), true);
  return w;
}

/**
 * Reads a returned Word package: each field's value from its content control (or, where an
 * editor dropped the control, from its bookmark), compared with what the package showed from
 * its base; a field reads as changed only if its text or formatting differs. Text outside the
 * fields that the package did not print itself, fields whose markers are gone, copies of a
 * field and values that are not one of a field's choices come back as leftovers.
 *
 * `pkg` is the package as cut (from the document's sealed base), `staticTexts` the paragraphs
 * the package printed outside its fields (titles, labels, instructions), to tell them from the
 * contributor's, and `imageId` the package's image a picture of the document is (by the
 * picture's part name, `media/…`), if it is one.
 */
export function readWordFields(parts: WordParts, pkg: Report, template: Template, langs: readonly Lang[], docLang: Lang, digests: ReadonlyMap<string, string>, original: OriginalLayout, imageId: (target: string) => string | undefined): WordReading {
  const staticTexts = original.texts;
  const ctx = new Context(parts);
  const root = parseXml(parts.document, XML_LIMITS);
  const body = child(root, 'body');
  if (!body) throw new Error('word/document.xml has no body');
  const bases = pkg.package!.bases;
  const markers = markersOf(bases, template, langs, digests);
  const tags = new Map(markers.map((m, i) => [tagOf(m), i]));
  const walk = walkBody(body, tags, markers.length, original.places);
  const leftovers: Leftover[] = [];
  const where = (i: number | undefined) => (i === undefined ? null : { card: markers[i]!.card, field: markers[i]!.field, row: markers[i]!.row, column: markers[i]!.column, lang: markers[i]!.lang });
  /** Blocks with their images resolved to the package's own; an image Word added is a leftover. */
  const resolveImages = (blocks: RichText, after: number | undefined): RichText =>
    blocks.filter((b) => {
      if (b.type !== 'image' || !b.media.startsWith('\u0000')) return true;
      // An editor renames the pictures it saves: they are known by their content.
      const id = imageId(b.media.slice(1));
      if (id) {
        (b as { media: string }).media = id;
        return true;
      }
      leftovers.push({ kind: 'image', marker: where(after), text: b.alt ? `[${b.alt}]` : '[image]', blocks: [], picture: { target: b.media.slice(1), alt: b.alt } });
      return false;
    });

  const cards = structuredClone(pkg.cards);
  let bookmarks = 0;
  markers.forEach((m, i) => {
    const els = walk.bySdt.get(i) ?? walk.byBookmark.get(i);
    const card = cards.find((c) => c.id === m.card)!;
    const baseCard = bases.find((c) => c.id === m.card)!;
    if (!walk.bySdt.has(i) && walk.byBookmark.has(i)) bookmarks++;
    const shown = shownValue(baseCard, m, template, docLang);
    if (!els) {
      leftovers.push({ kind: 'missing', marker: where(i), text: typeof shown === 'string' ? shown : plainOf(shown), blocks: typeof shown === 'string' ? [] : shown });
      return;
    }
    const blocks = resolveImages(blocksOf(ctx, els).blocks, i);
    if (m.kind === 'richText') {
      const read = canonRich(blocks);
      if (JSON.stringify(read) !== JSON.stringify(canonRich(shown as RichText))) setLocalized(card, m, read.length ? read : undefined);
      return;
    }
    const text = canonText(plainOf(blocks));
    if (m.kind === 'text') {
      if (text !== canonText(shown as string)) setLocalized(card, m, text || undefined);
      return;
    }
    if (text === canonText(shown as string)) return;
    const value = parseScalar(text, m, template);
    if (!value) leftovers.push({ kind: 'unreadable', marker: where(i), text, blocks: [] });
    else setScalar(card, m, value);
  });
  // Rows a contributor added to a list (copied from a row, or typed with its columns' labels).
  const added = addedRows(ctx, walk, markers, cards, pkg, template, langs, docLang);
  walk.duplicates.forEach((d, at) => {
    if (added.duplicates.has(at)) return;
    const blocks = resolveImages(blocksOf(ctx, d.els).blocks, d.index);
    const text = plainOf(blocks);
    if (text.trim()) leftovers.push({ kind: 'duplicate', marker: where(d.index), text, blocks });
  });
  // Text outside the fields: the package's own (labels, titles, instructions) is left alone;
  // each run of the contributor's paragraphs becomes one leftover.
  const known = new Map<string, number>();
  // What earlier versions printed, in a document cut before they changed, is the package's own too.
  for (const s of [...staticTexts, ...FORMER_TEXTS.map((key) => t(docLang, key))]) known.set(squashed(s), (known.get(squashed(s)) ?? 0) + 1);
  let run: { els: XmlElement[]; after: number | undefined } | undefined;
  const flush = () => {
    if (!run) return;
    const blocks = resolveImages(blocksOf(ctx, run.els).blocks, run.after);
    const text = plainOf(blocks);
    if (text.trim()) leftovers.push({ kind: 'stray', marker: where(run.after), text, blocks });
    run = undefined;
  };
  for (const [at, { el, after }] of walk.outside.entries()) {
    if (added.outside.has(at)) continue;
    const found: { file: string; alt: string }[] = [];
    const text = squashed(plainOf([{ type: 'paragraph', children: inlinesOf(ctx, el, found) }]));
    const count = known.get(text) ?? 0;
    if (found.length === 0 && (text === '' || count > 0)) {
      if (text) known.set(text, count - 1);
      if (text) flush();
      continue;
    }
    if (run && run.after !== after) flush();
    run ??= { els: [], after };
    run.els.push(el);
  }
  flush();
  return { cards, leftovers, found: { controls: walk.bySdt.size, bookmarks: bookmarks - walk.byPlace, places: walk.byPlace, total: markers.length }, addedRows: added.count };
}

/** What the package printed, to compare the returned document with. */
export interface OriginalLayout {
  /** Every paragraph outside the fields, as text (titles, labels, instructions). */
  texts: string[];
  /** Each field's row, by its place (`table:row`), with its label's text. */
  places: Map<string, { index: number; label: string }>;
}

/** The layout of the document a package wrote: its static paragraphs and its fields' rows. */
export function originalLayout(parts: WordParts, pkg: Report, template: Template, langs: readonly Lang[], digests: ReadonlyMap<string, string>): OriginalLayout {
  const ctx = new Context(parts);
  const body = child(parseXml(parts.document, XML_LIMITS), 'body')!;
  const markers = markersOf(pkg.package!.bases, template, langs, digests);
  const walk = walkBody(body, new Map(markers.map((m, i) => [tagOf(m), i])), markers.length);
  const texts = walk.outside.map(({ el }) => squashed(plainOf([{ type: 'paragraph', children: inlinesOf(ctx, el, []) }]))).filter(Boolean);
  return { texts, places: new Map([...walk.rows].map(([index, row]) => [row.at, { index, label: row.label }])) };
}

/** Sets one language of a localized value (a field or a cell); a new French text gets a new revision. */
function setLocalized(card: Card, m: Marker, content: string | RichText | undefined): void {
  const kind = m.kind as 'text' | 'richText';
  const current = (m.row === undefined ? card.fields[m.field] : cellOf(card, m)) as Extract<FieldValue, { kind: 'text' | 'richText' }> | undefined;
  const value = { ...(current ?? { kind }) } as { kind: string; fr?: { rev: number; content: unknown }; en?: { content: unknown; source: { rev: number; fr?: unknown } } };
  if (m.lang === 'fr') {
    if (content === undefined) delete value.fr;
    else value.fr = { rev: (current?.fr?.rev ?? 0) + 1, content };
  } else if (content === undefined) delete value.en;
  // Written in Word against the French the document showed: it translates that French.
  else value.en = { content, source: { rev: value.fr?.rev ?? 0 } };
  if (m.row === undefined) card.fields[m.field] = value as FieldValue;
  else setCell(card, m, value as ScalarValue);
}

function setScalar(card: Card, m: Marker, value: ScalarValue): void {
  if (m.row === undefined) card.fields[m.field] = value;
  else setCell(card, m, value);
}

function cellOf(card: Card, m: Marker): ScalarValue | undefined {
  const rows = card.fields[m.field];
  return rows?.kind === 'rows' ? rows.rows.find((r) => r.id === m.row)?.cells[m.column!] : undefined;
}

function setCell(card: Card, m: Marker, value: ScalarValue): void {
  const rows = card.fields[m.field];
  if (rows?.kind !== 'rows') return;
  const row: Row | undefined = rows.rows.find((r) => r.id === m.row);
  if (row) row.cells[m.column!] = value;
}

/** Whether a cell was merged with another (spanning columns or rows): its row cannot be read by column. */
function merged(tc: XmlElement): boolean {
  const tcPr = child(tc, 'tcPr');
  return Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) > 1 || child(tcPr, 'vMerge') !== undefined || child(tcPr, 'hMerge') !== undefined;
}

const squashLabel = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type RowsDef = Extract<Template['card']['fields'][number], { kind: 'rows' }>;
type ColumnDef = RowsDef['columns'][number];

/** A row of a card's table read as part of an added list row: a list's row heading, or one of its columns. */
type RowRole = { role: 'heading'; card: string; field: string } | { role: 'cell'; card: string; field: string; column: ColumnDef; lang: Lang | undefined; bad: boolean } | { role: 'other' };

/**
 * The rows a contributor added to a list field in Word, read as new rows of the package's cards
 * (so that the three-way merge adds them): a run of the card table's rows, optionally headed by a
 * list's row heading ("Jalons – ligne 3"), each a column's label and its value — a copy of an
 * existing row's (its label's control copied with it) or a row whose label the contributor typed
 * as the document names the column. A run that cannot be read by column (a row of the wrong
 * number of cells, merged cells, a value that is not one of a choice's options, a picture) is
 * left as it is: its text comes back as leftovers, to place. Returns what it took (places in the
 * walk's text outside the fields and duplicates), and how many rows it added.
 */
function addedRows(ctx: Context, walk: Walk, markers: readonly Marker[], cards: Card[], pkg: Report, template: Template, langs: readonly Lang[], docLang: Lang): { outside: Set<number>; duplicates: Set<number>; count: number } {
  const taken = { outside: new Set<number>(), duplicates: new Set<number>(), count: 0 };
  const lists = template.card.fields.filter((f): f is RowsDef => f.kind === 'rows');
  if (lists.length === 0 || walk.rowEvents.length === 0) return taken;
  const langName = (l: Lang) => t(docLang, `lang.${l}`);
  // Each list's row heading as a pattern (any number), and each column's label as the document writes it.
  const headings = lists.map((f) => ({ field: f.id, re: new RegExp(`^${escapeRe(squashLabel(t(docLang, 'wordPackage.rowHeading', { field: f.label[docLang], n: '\u0000' }))).replace('\u0000', '\\d{1,4}')}$`) }));
  const labels = new Map<string, { field: string; column: ColumnDef; lang: Lang | undefined }[]>();
  const addLabel = (text: string, entry: { field: string; column: ColumnDef; lang: Lang | undefined }) => labels.set(squashLabel(text), [...(labels.get(squashLabel(text)) ?? []), entry]);
  for (const f of lists) {
    for (const col of f.columns) {
      if (col.kind === 'institutions' || col.id === template.card.leadField) continue;
      if (col.kind === 'text') {
        for (const l of langs) addLabel(langs.length > 1 ? `${col.label[docLang]} (${langName(l)})` : col.label[docLang], { field: f.id, column: col, lang: l });
        if (langs.length > 1) addLabel(col.label[docLang], { field: f.id, column: col, lang: langs[0] });
      } else addLabel(col.label[docLang], { field: f.id, column: col, lang: undefined });
    }
  }
  const inPackage = new Set(pkg.cards.map((c) => c.id));
  const firstLine = (tc: XmlElement) => {
    const p = paragraphsIn(tc)[0];
    return p ? squashLabel(textOf(p)) : '';
  };
  const roleOf = (ev: RowEvent): RowRole => {
    if (ev.field) return { role: 'other' };
    const card = ev.copy ? markers[ev.copy.index]!.card : ev.after !== undefined ? markers[ev.after]!.card : undefined;
    if (!card || !inPackage.has(card)) return { role: 'other' };
    if (ev.copy) {
      const m = markers[ev.copy.index]!;
      const list = lists.find((f) => f.id === m.field);
      const column = list?.columns.find((c) => c.id === m.column);
      if (!list || !column || m.row === undefined) return { role: 'other' };
      return { role: 'cell', card, field: list.id, column, lang: m.lang, bad: ev.cells.length !== 2 || ev.cells.some(merged) };
    }
    const first = ev.cells[0] ? firstLine(ev.cells[0]) : '';
    if (ev.cells.length === 1) {
      const heading = headings.filter((h) => h.re.test(squashLabel(textOf(ev.cells[0]!))));
      return heading.length === 1 ? { role: 'heading', card, field: heading[0]!.field } : { role: 'other' };
    }
    const found = labels.get(first) ?? [];
    // A label two lists share is not enough to tell which list the row is for.
    if (found.length !== 1 || new Set(found.map((x) => x.field)).size !== 1) return { role: 'other' };
    return { role: 'cell', card, field: found[0]!.field, column: found[0]!.column, lang: found[0]!.lang, bad: ev.cells.length !== 2 || ev.cells.some(merged) };
  };

  type Group = { card: string; field: string; table: number; events: RowEvent[]; cells: Map<string, { column: ColumnDef; lang: Lang | undefined; value: XmlElement }>; bad: boolean };
  let group: Group | undefined;
  const close = () => {
    const g = group;
    group = undefined;
    if (!g || g.bad || g.cells.size === 0) return;
    const row = readRow(ctx, g, template);
    if (row === undefined) return;
    for (const ev of g.events) {
      for (let i = ev.outside[0]; i < ev.outside[1]; i++) taken.outside.add(i);
      if (ev.copy) taken.duplicates.add(ev.copy.duplicate);
    }
    // A row whose every cell was left empty adds nothing, and loses nothing.
    if (row === null) return;
    const card = cards.find((c) => c.id === g.card)!;
    const value = card.fields[g.field];
    const rows = value?.kind === 'rows' ? value.rows : [];
    const id = `word-${pkg.package!.id.slice(0, 8)}-${++taken.count}`;
    card.fields[g.field] = { kind: 'rows', rows: [...rows, { id, cells: row }] };
  };
  for (const ev of walk.rowEvents) {
    if (group && ev.table !== group.table) close();
    const role = roleOf(ev);
    if (role.role === 'other') {
      close();
      continue;
    }
    if (role.role === 'heading') {
      close();
      group = { card: role.card, field: role.field, table: ev.table, events: [ev], cells: new Map(), bad: false };
      continue;
    }
    const key = `${role.column.id}:${role.lang ?? ''}`;
    if (!group || group.card !== role.card || group.field !== role.field || group.cells.has(key)) {
      close();
      group = { card: role.card, field: role.field, table: ev.table, events: [], cells: new Map(), bad: false };
    }
    group.events.push(ev);
    group.bad ||= role.bad;
    if (!role.bad) group.cells.set(key, { column: role.column, lang: role.lang, value: ev.cells[1]! });
  }
  close();
  return taken;
}

/**
 * An added row's cells, each value read as its column's kind; null when every cell is empty,
 * undefined when one cannot be read (a choice that is not one of its options, a picture).
 */
function readRow(ctx: Context, g: { cells: Map<string, { column: ColumnDef; lang: Lang | undefined; value: XmlElement }> }, template: Template): Row['cells'] | null | undefined {
  const cells: Row['cells'] = {};
  let filled = false;
  // French first, so that an English text records the French it translates.
  const entries = [...g.cells.values()].sort((a, b) => (a.lang === 'en' ? 1 : 0) - (b.lang === 'en' ? 1 : 0));
  for (const { column, lang, value } of entries) {
    const read = blocksOf(ctx, blockChildren(value));
    if (read.images.length) return undefined;
    const text = canonText(plainOf(read.blocks));
    if (!text.trim()) continue;
    filled = true;
    if (column.kind === 'text') {
      const current = (cells[column.id] ?? { kind: 'text' }) as Extract<ScalarValue, { kind: 'text' }>;
      cells[column.id] = lang === 'en' ? { ...current, en: { content: text, source: { rev: current.fr?.rev ?? 0 } } } : { ...current, fr: { rev: 1, content: text } };
      continue;
    }
    const parsed = parseScalar(text, { card: '', field: '', kind: column.kind as Marker['kind'], def: column, base: '' }, template);
    if (!parsed) return undefined;
    cells[column.id] = parsed;
  }
  return filled ? cells : null;
}

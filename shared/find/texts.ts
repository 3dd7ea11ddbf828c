import type { Lang } from '../model/langs.js';
import type { Localized } from '../model/localized.js';
import type { Inline, RichText } from '../model/richtext.js';
import type { Card, Report, ScalarValue } from '../model/report.js';
import type { Template } from '../model/template.js';

/**
 * Where a text stands in a report, in the shape the editor's store addresses values with: a card
 * field (or one cell of a row of it), a chapter's title or body, the report's title or issuer, an
 * institution's name, an ambition's title.
 */
export type TextPlace =
  | { kind: 'card'; cardId: string; fieldId: string; rowId?: string | undefined; columnId?: string | undefined }
  | { kind: 'chapter'; chapterId: string; part: 'title' | 'body' }
  | { kind: 'report'; part: 'title' | 'issuer' }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'ambition'; ambitionId: string };

/**
 * One stretch of text a match cannot leave: a plain value whole, or, in rich text, a paragraph,
 * a heading, a list item or a table cell, cut at its line breaks and around its footnotes.
 * `leaves` says which text run each part of `text` comes from (its path among the blocks).
 */
export interface Piece {
  text: string;
  /** For rich text: the runs the piece is made of, in order, with where each starts in `text`. */
  leaves: Leaf[];
}

/** A text run of rich text, addressed by its path: block, then child indexes down to the run. */
export interface Leaf {
  path: number[];
  start: number;
  length: number;
}

/** One text of the report in one language (or none, for a plain value written once for both). */
export interface SearchText {
  place: TextPlace;
  /** null for a plain value (a name, an address), which is the same in both languages. */
  lang: Lang | null;
  kind: 'text' | 'richText' | 'plain';
  /** The card the text belongs to, if any. */
  cardId: string | null;
  pieces: Piece[];
}

/** Which texts a search covers. */
export interface TextScope {
  /** The languages searched; plain values (no language) are searched whenever any is. */
  langs: readonly Lang[];
  /** Cards only (a contribution package: its report's own texts are the coordinator's). */
  cardsOnly?: boolean;
}

/** The piece being gathered while walking a run of inlines, and the pieces closed so far. */
interface PieceWalk {
  out: Piece[];
  text: string;
  leaves: Leaf[];
}

function closePiece(walk: PieceWalk): void {
  if (walk.leaves.length) walk.out.push({ text: walk.text, leaves: walk.leaves });
  walk.text = '';
  walk.leaves = [];
}

function walkInlines(items: readonly Inline[], path: number[], walk: PieceWalk): void {
  for (let i = 0; i < items.length; i++) {
    const inline = items[i]!;
    if (inline.type === 'text') {
      walk.leaves.push({ path: [...path, i], start: walk.text.length, length: inline.text.length });
      walk.text += inline.text;
    } else if (inline.type === 'break') closePiece(walk);
    else if (inline.type === 'link') walkInlines(inline.children, [...path, i], walk);
    else {
      closePiece(walk);
      walkInlines(inline.children, [...path, i], walk);
      closePiece(walk);
    }
  }
}

/** Splits a run of inlines into pieces at line breaks and around footnotes (which are text of their own). */
function inlinePieces(inlines: readonly Inline[], base: number[], out: Piece[]): void {
  const walk: PieceWalk = { out, text: '', leaves: [] };
  walkInlines(inlines, base, walk);
  closePiece(walk);
}

type ListBlock = Extract<RichText[number], { type: 'list' }>;

function listPieces(list: ListBlock, chain: number[], out: Piece[]): void {
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i]!;
    inlinePieces(item.children, [...chain, i, -1], out);
    if (item.sublist) listPieces(item.sublist, [...chain, i], out);
  }
}

/**
 * The pieces of a rich text in reading order: each paragraph, heading, list item (then its
 * sublist) and table cell. Child paths: block index, then `items` index chain for lists
 * (encoded as [block, item, sub-item…]), or [block, row, cell] for tables, then the inline path.
 * Images hold no text to find (their alternative text is not part of the page's words).
 */
export function richPieces(blocks: RichText): Piece[] {
  const out: Piece[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.type === 'paragraph' || block.type === 'heading') inlinePieces(block.children, [b, -1], out);
    else if (block.type === 'table') {
      for (let r = 0; r < block.rows.length; r++) {
        const row = block.rows[r]!;
        for (let c = 0; c < row.length; c++) inlinePieces(row[c]!.children, [b, r, c, -1], out);
      }
    } else if (block.type === 'list') listPieces(block, [b], out);
  }
  return out;
}

/** A plain string as one piece, or nothing when empty. */
const plainPieces = (text: string): Piece[] => (text === '' ? [] : [{ text, leaves: [] }]);

function localizedTexts(value: Localized<string | RichText> | undefined, kind: 'text' | 'richText', place: TextPlace, cardId: string | null, langs: readonly Lang[], out: SearchText[]): void {
  for (const lang of langs) {
    const content = value?.[lang]?.content;
    if (content === undefined) continue;
    const pieces = typeof content === 'string' ? plainPieces(content) : richPieces(content);
    if (pieces.length) out.push({ place, lang, kind, cardId, pieces });
  }
}

function scalarTexts(value: ScalarValue | undefined, place: TextPlace, cardId: string, langs: readonly Lang[], out: SearchText[]): void {
  if (value?.kind === 'text') localizedTexts(value, 'text', place, cardId, langs, out);
  else if (value?.kind === 'plain' && value.value !== '') out.push({ place, lang: null, kind: 'plain', cardId, pieces: plainPieces(value.value) });
}

/** The texts of each card as last gathered, for the template and languages of `key`. */
const cardTexts = new WeakMap<Card, { key: string; texts: SearchText[] }>();

/** What the texts of a card depend on besides the card itself: the template and the languages. */
const gatherKey = (template: Template, langs: readonly Lang[]) => `${template.id}@${template.version} ${langs.join(',')}`;

/** The texts of one card, field by field in the template's order (a table's cells column by column); kept with the card. */
function textsOfCard(card: Card, template: Template, langs: readonly Lang[], key: string): SearchText[] {
  const kept = cardTexts.get(card);
  if (kept?.key === key) return kept.texts;
  const out: SearchText[] = [];
  const cardId = card.id;
  const known = new Set<string>();
  const fields: string[] = [];
  for (const field of template.card.fields) {
    known.add(field.id);
    if (field.id in card.fields) fields.push(field.id);
  }
  for (const fieldId of Object.keys(card.fields)) if (!known.has(fieldId)) fields.push(fieldId);
  for (const fieldId of fields) {
    const value = card.fields[fieldId]!;
    const place = { kind: 'card' as const, cardId, fieldId };
    if (value.kind === 'richText') localizedTexts(value, 'richText', place, cardId, langs, out);
    else if (value.kind === 'rows') {
      const field = template.card.fields.find((f) => f.id === fieldId);
      const columns = field?.kind === 'rows' ? field.columns.map((c) => c.id) : [];
      for (const row of value.rows) {
        const ids = columns.filter((c) => c in row.cells);
        for (const c of Object.keys(row.cells)) if (!columns.includes(c)) ids.push(c);
        for (const columnId of ids) scalarTexts(row.cells[columnId], { ...place, rowId: row.id, columnId }, cardId, langs, out);
      }
    } else scalarTexts(value, place, cardId, langs, out);
  }
  cardTexts.set(card, { key, texts: out });
  return out;
}

/**
 * Every text of the report a search covers, in the order a reader meets them: the cover (title,
 * issuer), the institutions' names, the ambitions' titles, the chapters before the cards, each
 * card in `cardOrder` field by field (and a table's cells column by column) in the template's
 * order, then the chapters after.
 */
export function searchTexts(report: Report, template: Template, scope: TextScope, cardOrder: readonly string[]): SearchText[] {
  const out: SearchText[] = [];
  const { langs } = scope;
  const own = !scope.cardsOnly;
  if (own) {
    localizedTexts(report.title, 'text', { kind: 'report', part: 'title' }, null, langs, out);
    localizedTexts(report.issuer, 'text', { kind: 'report', part: 'issuer' }, null, langs, out);
    for (const inst of report.institutions) localizedTexts(inst.name, 'text', { kind: 'institution', institutionId: inst.id }, null, langs, out);
    for (const amb of report.ambitions) localizedTexts(amb.title, 'text', { kind: 'ambition', ambitionId: amb.id }, null, langs, out);
  }
  const chapters = (position: 'front' | 'back') => {
    if (!own) return;
    for (const ch of report.chapters) {
      if (ch.position !== position) continue;
      localizedTexts(ch.title, 'text', { kind: 'chapter', chapterId: ch.id, part: 'title' }, null, langs, out);
      localizedTexts(ch.body, 'richText', { kind: 'chapter', chapterId: ch.id, part: 'body' }, null, langs, out);
    }
  };
  chapters('front');
  const byId = new Map(report.cards.map((c) => [c.id, c]));
  const key = gatherKey(template, langs);
  for (const cardId of cardOrder) {
    const card = byId.get(cardId);
    // A card an edit left alone is the same object in the new report: its texts are kept.
    if (card) for (const text of textsOfCard(card, template, langs, key)) out.push(text);
  }
  chapters('back');
  return out;
}

/** The texts of one card a search covers, in reading order (kept with the card: gathered once while it is unchanged). */
export function searchTextsOfCard(card: Card, template: Template, langs: readonly Lang[]): SearchText[] {
  return textsOfCard(card, template, langs, gatherKey(template, langs));
}

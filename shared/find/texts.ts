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

/** Splits a run of inlines into pieces at line breaks and around footnotes (which are text of their own). */
function inlinePieces(inlines: readonly Inline[], base: number[], out: Piece[]): void {
  let current: Piece = { text: '', leaves: [] };
  const close = () => {
    if (current.leaves.length) out.push(current);
    current = { text: '', leaves: [] };
  };
  const walk = (items: readonly Inline[], path: number[]) => {
    items.forEach((inline, i) => {
      const here = [...path, i];
      if (inline.type === 'text') {
        current.leaves.push({ path: here, start: current.text.length, length: inline.text.length });
        current.text += inline.text;
      } else if (inline.type === 'break') close();
      else if (inline.type === 'link') walk(inline.children, here);
      else {
        close();
        walk(inline.children, here);
        close();
      }
    });
  };
  walk(inlines, base);
  close();
}

/**
 * The pieces of a rich text in reading order: each paragraph, heading, list item (then its
 * sublist) and table cell. Child paths: block index, then `items` index chain for lists
 * (encoded as [block, item, sub-item…]), or [block, row, cell] for tables, then the inline path.
 * Images hold no text to find (their alternative text is not part of the page's words).
 */
export function richPieces(blocks: RichText): Piece[] {
  const out: Piece[] = [];
  blocks.forEach((block, b) => {
    if (block.type === 'paragraph' || block.type === 'heading') inlinePieces(block.children, [b, -1], out);
    else if (block.type === 'table') block.rows.forEach((row, r) => row.forEach((cell, c) => inlinePieces(cell.children, [b, r, c, -1], out)));
    else if (block.type === 'list') {
      const items = (list: typeof block, chain: number[]) =>
        list.items.forEach((item, i) => {
          inlinePieces(item.children, [b, ...chain, i, -1], out);
          if (item.sublist) items(item.sublist, [...chain, i]);
        });
      items(block, []);
    }
  });
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

/**
 * Every text of the report a search covers, in the order a reader meets them: the cover (title,
 * issuer), the institutions' names, the ambitions' titles, the chapters before the cards, each
 * card in `cardOrder` field by field (and a table's cells column by column) in the template's
 * order, then the chapters after.
 */
export function searchTexts(report: Report, template: Template, scope: TextScope, cardOrder: readonly string[]): SearchText[] {
  const fieldOrder = template.card.fields.map((f) => f.id);
  const columnOrder = new Map(template.card.fields.map((f) => [f.id, f.kind === 'rows' ? f.columns.map((c) => c.id) : []]));
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
    for (const ch of report.chapters.filter((c) => c.position === position)) {
      localizedTexts(ch.title, 'text', { kind: 'chapter', chapterId: ch.id, part: 'title' }, null, langs, out);
      localizedTexts(ch.body, 'richText', { kind: 'chapter', chapterId: ch.id, part: 'body' }, null, langs, out);
    }
  };
  chapters('front');
  const byId = new Map(report.cards.map((c) => [c.id, c]));
  const key = `${template.id}@${template.version} ${langs.join(',')}`;
  for (const cardId of cardOrder) {
    const card = byId.get(cardId);
    if (!card) continue;
    // A card an edit left alone is the same object in the new report: its texts are kept.
    const kept = cardTexts.get(card);
    if (kept?.key === key) {
      out.push(...kept.texts);
      continue;
    }
    const first = out.length;
    const fields = [...fieldOrder.filter((f) => f in card.fields), ...Object.keys(card.fields).filter((f) => !fieldOrder.includes(f))];
    for (const fieldId of fields) {
      const value = card.fields[fieldId]!;
      const place = { kind: 'card' as const, cardId, fieldId };
      if (value.kind === 'richText') localizedTexts(value, 'richText', place, cardId, langs, out);
      else if (value.kind === 'rows') {
        const columns = columnOrder.get(fieldId) ?? [];
        for (const row of value.rows) {
          const ids = [...columns.filter((c) => c in row.cells), ...Object.keys(row.cells).filter((c) => !columns.includes(c))];
          for (const columnId of ids) scalarTexts(row.cells[columnId], { ...place, rowId: row.id, columnId }, cardId, langs, out);
        }
      } else scalarTexts(value, place, cardId, langs, out);
    }
    cardTexts.set(card, { key, texts: out.slice(first) });
  }
  chapters('back');
  return out;
}

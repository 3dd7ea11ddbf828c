import { moveToSortIntoField } from '../../import/sort.js';
import { LIMITS } from '../../model/limits.js';
import type { Lang } from '../../model/localized.js';
import type { Card, Report, Row, ScalarValue, ToSortItem } from '../../model/report.js';
import type { Block, RichText } from '../../model/richtext.js';
import type { FieldDef, RowsFieldDef, ScalarFieldDef, Template } from '../../model/template.js';
import { withEnglish, withFrench } from '../../report/localized.js';
import { plainText } from '../../report/text.js';
import { isEmail, isWebUrl } from '../../validate/fields.js';
import { readNumber, readQuarter } from './fields.js';

/**
 * Placing what a Word package left outside its fields: into a field of one of the package's
 * cards (appended to what the field holds, in one language or both), or into the "to sort" list
 * of a card or of the report, to sort later. Text and rich-text fields take it through the same
 * move a "to sort" item makes (`moveToSortIntoField`), so the two never differ. Pure: each returns
 * a new report, or throws a {@link PlaceError} saying why the placement cannot be made.
 *
 * A list field (milestones, resources) takes a leftover in one cell: of a row it has, or of a
 * new row added at its end. The cell takes it as its column's kind: a text is appended (in a
 * language or both), a plain value too (replaced when it is an address, which two cannot share),
 * a choice takes one of its options, a date or a number the value the coordinator gives (the
 * leftover's text by default), read as a quarter ("T3 2020", "Q3 2020") or a number.
 */

/** Where a leftover goes: a field of a card, in a language or both; a choice takes one of its options. */
export interface Placement {
  card: string;
  field: string;
  lang: Lang | 'both';
  /** For a choice field or column: the option chosen (its id). */
  option?: string | undefined;
  /** For a list field: the row whose cell takes it (its id), unless `newRow`. */
  row?: string | undefined;
  /** For a list field: a new row, added at the end, holds it. */
  newRow?: boolean | undefined;
  /** For a list field: the column of the cell. */
  column?: string | undefined;
  /** For a date or number column: the value as written (the leftover's text when absent). */
  value?: string | undefined;
}

/** What is placed: the leftover's rich text (its pictures already the report's) and its plain text. */
export interface PlacedContent {
  blocks: RichText;
  text: string;
}

/**
 * Why a placement cannot be made: the card is not the package's, the field or column cannot take
 * it, the row is not the field's, the option is not one, the value is not a date, a number, an
 * e-mail address or a web address, or it is too long. The detail is the value (or the limit).
 */
export class PlaceError extends Error {
  constructor(
    readonly reason: 'card' | 'field' | 'column' | 'row' | 'option' | 'date' | 'number' | 'email' | 'url' | 'tooLong',
    detail: string,
  ) {
    super(detail);
  }
}

/** The kinds of field a leftover can be placed in. */
export type PlaceKind = 'text' | 'richText' | 'plain' | 'choice' | 'rows';

/** The kinds of a list's column whose cells can take a leftover: not institutions. */
export type PlaceColumnKind = 'text' | 'plain' | 'choice' | 'quarter' | 'number';

/** The columns of a list field whose cells can take a leftover, in the template's order. */
export function placeColumns(def: RowsFieldDef): (ScalarFieldDef & { kind: PlaceColumnKind })[] {
  return def.columns.filter((c): c is ScalarFieldDef & { kind: PlaceColumnKind } => c.kind !== 'institutions');
}

/** The fields of a card a leftover can be placed in, in the template's order: not the lead institutions, institutions or numbers, nor a list without a column that can take it. */
export function placeTargets(template: Template): (FieldDef & { kind: PlaceKind })[] {
  return template.card.fields.filter(
    (f): f is FieldDef & { kind: PlaceKind } => f.id !== template.card.leadField && (f.kind === 'text' || f.kind === 'richText' || f.kind === 'plain' || f.kind === 'choice' || (f.kind === 'rows' && placeColumns(f).length > 0)),
  );
}

const withCard = (report: Report, id: string, change: (card: Card) => Card): Report => ({ ...report, cards: report.cards.map((c) => (c.id === id ? change(c) : c)) });

/**
 * A date (a quarter) or a number written for a cell, read as its column's kind; undefined when
 * it is empty, not one, or longer than any is written. The review checks with it as it is typed.
 */
export function readCellValue(kind: 'quarter' | 'number', written: string): Extract<ScalarValue, { kind: 'quarter' | 'number' }> | undefined {
  const clean = written.trim();
  if (!clean || clean.length > 100) return undefined;
  return kind === 'quarter' ? readQuarter(clean) : readNumber(clean);
}

/** Plain text on one line: what a cell or a plain field takes. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A cell's value once a leftover is placed in it (`before`: what it held). Throws a
 * {@link PlaceError} when the value cannot be the column's.
 */
function cellValue(before: ScalarValue | undefined, column: ScalarFieldDef & { kind: PlaceColumnKind }, template: Template, placement: Placement, content: PlacedContent): ScalarValue {
  const added = oneLine(content.text);
  switch (column.kind) {
    case 'text': {
      let value: Extract<ScalarValue, { kind: 'text' }> = before?.kind === 'text' ? before : { kind: 'text' };
      for (const lang of placement.lang === 'both' ? (['fr', 'en'] as const) : [placement.lang]) {
        const had = value[lang]?.content ?? '';
        const text = had.trim() ? `${had.trimEnd()} ${added}` : added;
        if (text.length > LIMITS.textLength) throw new PlaceError('tooLong', String(LIMITS.textLength));
        value = { ...(lang === 'fr' ? withFrench(value, text) : withEnglish(value, text)), kind: 'text' };
      }
      return value;
    }
    case 'plain': {
      const had = before?.kind === 'plain' ? before.value : '';
      // An address is replaced: two side by side are neither an e-mail nor a link.
      const value = column.format || !had.trim() ? added : `${had.trimEnd()} ${added}`;
      if (value.length > LIMITS.plainLength) throw new PlaceError('tooLong', String(LIMITS.plainLength));
      if (column.format === 'email' && !isEmail(value)) throw new PlaceError('email', value);
      if (column.format === 'url' && !isWebUrl(value)) throw new PlaceError('url', value);
      return { kind: 'plain', value };
    }
    case 'choice': {
      const option = template.scales[column.scale ?? '']?.options.find((o) => o.id === placement.option);
      if (!option) throw new PlaceError('option', placement.option ?? '');
      return { kind: 'choice', value: option.id };
    }
    case 'quarter':
    case 'number': {
      const written = oneLine(placement.value ?? content.text);
      const read = readCellValue(column.kind, written);
      if (!read) throw new PlaceError(column.kind === 'quarter' ? 'date' : 'number', written.slice(0, 100));
      return read;
    }
  }
}

/** Places a leftover in a cell of a list field: of one of its rows, or of a new row at its end. */
function placeInRow(report: Report, template: Template, card: Card, def: RowsFieldDef, placement: Placement, content: PlacedContent, newId: () => string): Report {
  const column = placeColumns(def).find((c) => c.id === placement.column);
  if (!column) throw new PlaceError('column', placement.column ?? '');
  const value = card.fields[def.id];
  const rows = value?.kind === 'rows' ? value.rows : [];
  const row: Row | undefined = placement.newRow ? { id: newId(), cells: {} } : rows.find((r) => r.id === placement.row);
  if (!row) throw new PlaceError('row', placement.row ?? '');
  const placed: Row = { ...row, cells: { ...row.cells, [column.id]: cellValue(row.cells[column.id], column, template, placement, content) } };
  const next = placement.newRow ? [...rows, placed] : rows.map((r) => (r.id === row.id ? placed : r));
  return withCard(report, card.id, (c) => ({ ...c, fields: { ...c.fields, [def.id]: { kind: 'rows', rows: next } } }));
}

/** A leftover's content as blocks: its rich text, or its plain text a paragraph per line. */
export function contentBlocks(content: PlacedContent): RichText {
  if (content.blocks.length) return content.blocks;
  return content.text
    .split('\n')
    .filter((line) => line.trim())
    .map((line): Block => ({ type: 'paragraph', children: [{ type: 'text', text: line }] }));
}

/**
 * Places a leftover in a field of a card. `cards` are the ids the placement may touch (the
 * package's cards: a leftover never reaches a card its institution was not sent). `newId` makes
 * the id of the transient "to sort" item the move goes through.
 */
export function placeLeftover(report: Report, template: Template, cards: ReadonlySet<string>, placement: Placement, content: PlacedContent, newId: () => string): Report {
  const card = report.cards.find((c) => c.id === placement.card);
  if (!card || !cards.has(card.id)) throw new PlaceError('card', placement.card);
  const def = placeTargets(template).find((f) => f.id === placement.field);
  if (!def) throw new PlaceError('field', placement.field);
  const langs: Lang[] = placement.lang === 'both' ? ['fr', 'en'] : [placement.lang];
  switch (def.kind) {
    case 'choice': {
      const option = template.scales[def.scale ?? '']?.options.find((o) => o.id === placement.option);
      if (!option) throw new PlaceError('option', placement.option ?? '');
      return withCard(report, card.id, (c) => ({ ...c, fields: { ...c.fields, [def.id]: { kind: 'choice', value: option.id } } }));
    }
    case 'rows':
      return placeInRow(report, template, card, def as RowsFieldDef, placement, content, newId);
    case 'plain': {
      const before = card.fields[def.id]?.kind === 'plain' ? (card.fields[def.id] as { value: string }).value : '';
      const added = content.text.replace(/\s+/g, ' ').trim();
      const value = before.trim() ? `${before.trimEnd()} ${added}` : added;
      if (value.length > LIMITS.plainLength) throw new PlaceError('tooLong', String(LIMITS.plainLength));
      return withCard(report, card.id, (c) => ({ ...c, fields: { ...c.fields, [def.id]: { kind: 'plain', value } } }));
    }
    default: {
      const blocks = contentBlocks(content);
      let next = report;
      for (const lang of langs) {
        // The same move as a "to sort" item's: the item joins the card's list, then the field.
        const item: ToSortItem = { id: newId(), lang, from: '', content: blocks };
        next = withCard(next, card.id, (c) => ({ ...c, toSort: [...(c.toSort ?? []), item] }));
        next = moveToSortIntoField(next, template, card.id, item.id, def.id);
        const value = next.cards.find((c) => c.id === card.id)!.fields[def.id];
        const text = value?.kind === 'text' ? (value[lang]?.content ?? '') : value?.kind === 'richText' ? plainText(value[lang]?.content ?? []) : '';
        if (text.length > LIMITS.textLength) throw new PlaceError('tooLong', String(LIMITS.textLength));
      }
      return next;
    }
  }
}

/**
 * Keeps a leftover for later: an item of the "to sort" list of its card (when it came from one
 * of the package's cards) or of the report, in its language, with where it stood (`from`).
 */
export function keepLeftover(report: Report, card: string | null, item: ToSortItem): Report {
  if (card !== null && report.cards.some((c) => c.id === card)) return withCard(report, card, (c) => ({ ...c, toSort: [...(c.toSort ?? []), item] }));
  return { ...report, toSort: [...(report.toSort ?? []), item] };
}

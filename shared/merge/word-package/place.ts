import { moveToSortIntoField } from '../../import/sort.js';
import { LIMITS } from '../../model/limits.js';
import type { Lang } from '../../model/localized.js';
import type { Card, Report, ToSortItem } from '../../model/report.js';
import type { Block, RichText } from '../../model/richtext.js';
import type { FieldDef, Template } from '../../model/template.js';
import { plainText } from '../../report/text.js';

/**
 * Placing what a Word package left outside its fields: into a field of one of the package's
 * cards (appended to what the field holds, in one language or both), or into the "to sort" list
 * of a card or of the report, to sort later. Text and rich-text fields take it through the same
 * move a "to sort" item makes (`moveToSortIntoField`), so the two never differ. Pure: each returns
 * a new report, or throws a {@link PlaceError} saying why the placement cannot be made.
 */

/** Where a leftover goes: a field of a card, in a language or both; a choice takes one of its options. */
export interface Placement {
  card: string;
  field: string;
  lang: Lang | 'both';
  /** For a choice field: the option chosen (its id). */
  option?: string | undefined;
}

/** What is placed: the leftover's rich text (its pictures already the report's) and its plain text. */
export interface PlacedContent {
  blocks: RichText;
  text: string;
}

/** Why a placement cannot be made: the card is not the package's, the field cannot take it, the option is not one, or it is too long. */
export class PlaceError extends Error {
  constructor(
    readonly reason: 'card' | 'field' | 'option' | 'tooLong',
    detail: string,
  ) {
    super(detail);
  }
}

/** The kinds of field a leftover can be placed in. */
export type PlaceKind = 'text' | 'richText' | 'plain' | 'choice';

/** The fields of a card a leftover can be placed in, in the template's order: not the lead institutions, lists or numbers. */
export function placeTargets(template: Template): (FieldDef & { kind: PlaceKind })[] {
  return template.card.fields.filter((f): f is FieldDef & { kind: PlaceKind } => f.id !== template.card.leadField && (f.kind === 'text' || f.kind === 'richText' || f.kind === 'plain' || f.kind === 'choice'));
}

/** A leftover's content as blocks: its rich text, or its plain text a paragraph per line. */
export function contentBlocks(content: PlacedContent): RichText {
  if (content.blocks.length) return content.blocks;
  return content.text
    .split('\n')
    .filter((line) => line.trim())
    .map((line): Block => ({ type: 'paragraph', children: [{ type: 'text', text: line }] }));
}

const withCard = (report: Report, id: string, change: (card: Card) => Card): Report => ({ ...report, cards: report.cards.map((c) => (c.id === id ? change(c) : c)) });

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

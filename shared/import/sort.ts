import type { Lang } from '../model/localized.js';
import type { Card, Report, ToSortItem } from '../model/report.js';
import type { Block } from '../model/richtext.js';
import type { Template } from '../model/template.js';
import { withEnglish, withFrench } from '../report/localized.js';
import { plainText } from '../report/text.js';

/**
 * Sorting what an import left aside: an item's content moved to the end of a card's text or
 * rich-text field (in the item's language), or deleted. Pure: each returns the new report, for
 * one undoable step. The list disappears from the file once empty.
 */

/** The fields an item of a card can be moved into: text and rich text, whose content it can join. */
export function sortTargets(template: Template): { id: string; kind: 'text' | 'richText' }[] {
  return template.card.fields.flatMap((f) => (f.kind === 'text' || f.kind === 'richText' ? [{ id: f.id, kind: f.kind }] : []));
}

function withoutItem(items: readonly ToSortItem[] | undefined, itemId: string): ToSortItem[] | undefined {
  const rest = (items ?? []).filter((i) => i.id !== itemId);
  return rest.length ? rest : undefined;
}

function withCard(report: Report, cardId: string, change: (card: Card) => Card): Report {
  return { ...report, cards: report.cards.map((c) => (c.id === cardId ? change(c) : c)) };
}

function setToSort(card: Card, items: ToSortItem[] | undefined): Card {
  const { toSort: _old, ...rest } = card;
  return items ? { ...rest, toSort: items } : rest;
}

/** Deletes an item from a card's list (cardId) or from the report's own (null). */
export function deleteToSort(report: Report, cardId: string | null, itemId: string): Report {
  if (cardId === null) {
    const { toSort: _old, ...rest } = report;
    const items = withoutItem(report.toSort, itemId);
    return items ? { ...rest, toSort: items } : rest;
  }
  return withCard(report, cardId, (card) => setToSort(card, withoutItem(card.toSort, itemId)));
}

/** Moves a card's item into one of its text or rich-text fields, after what the field holds in the item's language. */
export function moveToSortIntoField(report: Report, template: Template, cardId: string, itemId: string, fieldId: string): Report {
  const def = template.card.fields.find((f) => f.id === fieldId);
  const card = report.cards.find((c) => c.id === cardId);
  const item = card?.toSort?.find((i) => i.id === itemId);
  if (!def || !card || !item || (def.kind !== 'text' && def.kind !== 'richText')) return report;
  const lang: Lang = item.lang;
  const value = card.fields[fieldId];
  let next: Card['fields'][string];
  if (def.kind === 'richText') {
    const base = value?.kind === 'richText' ? value : { kind: 'richText' as const };
    const content: Block[] = [...(base[lang]?.content ?? []), ...item.content];
    next = { ...(lang === 'fr' ? withFrench(base, content) : withEnglish(base, content)), kind: 'richText' };
  } else {
    const base = value?.kind === 'text' ? value : { kind: 'text' as const };
    const before = base[lang]?.content ?? '';
    const added = plainText(item.content).replace(/\s+/g, ' ').trim();
    const content = before ? `${before} ${added}` : added;
    next = { ...(lang === 'fr' ? withFrench(base, content) : withEnglish(base, content)), kind: 'text' };
  }
  return withCard(report, cardId, (c) => setToSort({ ...c, fields: { ...c.fields, [fieldId]: next } }, withoutItem(c.toSort, itemId)));
}

/**
 * Makes a chapter of an item of the report's own list (text the import found outside any card):
 * a new chapter before the cards, titled with the heading it stood under, holding the item's
 * content in its language; the item leaves the list.
 */
export function moveToSortIntoChapter(report: Report, itemId: string, chapterId: string, untitled: string): Report {
  const item = report.toSort?.find((i) => i.id === itemId);
  if (!item) return report;
  const title = item.from.trim() || untitled;
  const chapter = {
    id: chapterId,
    title: item.lang === 'fr' ? withFrench({}, title) : withEnglish({}, title),
    body: item.lang === 'fr' ? withFrench({}, item.content) : withEnglish({}, item.content),
    position: 'front' as const,
  };
  const { toSort: _old, ...rest } = report;
  const items = withoutItem(report.toSort, itemId);
  const front = report.chapters.filter((c) => c.position === 'front');
  const back = report.chapters.filter((c) => c.position !== 'front');
  return { ...rest, ...(items ? { toSort: items } : {}), chapters: [...front, chapter, ...back] };
}

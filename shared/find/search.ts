import type { Lang } from '../model/langs.js';
import type { Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { fold, foldQuery, insideWord, originalOffset, type Folded, type FoldOptions } from './fold.js';
import { searchTexts, searchTextsOfCard, type Piece, type SearchText, type TextPlace, type TextScope } from './texts.js';

/** The options of a search, as the panel offers them. */
export interface FindOptions extends FoldOptions {
  /** Only where the query is a word of its own, not part of a longer one ("État" not in "États"). */
  wholeWord: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, ignoreAccents: false };

/** The longest query searched; longer ones are cut (no text of a report is searched for a page at a time). */
export const MAX_QUERY_LENGTH = 1000;

/** Why a match is not replaced. */
export type SkipReason = 'approved';

/** One place where the query was found. */
export interface FindMatch {
  /** Which of the searched texts (its index in {@link FindResult.texts}). */
  text: number;
  /** Which piece of that text, and where in it (original offsets, end excluded). */
  piece: number;
  start: number;
  end: number;
  /** Its rank among the matches of the same text, in reading order: the page finds it by it. */
  ordinal: number;
  /** Why it cannot be replaced, or null. */
  skip: SkipReason | null;
}

/** A search over a report: the texts searched and what was found in them, in reading order. */
export interface FindResult {
  texts: SearchText[];
  matches: FindMatch[];
}

/** The query as searched: new lines (no piece holds one) become spaces, cut to its longest length. */
export function cleanQuery(query: string): string {
  return query.replace(/[\r\n\t]+/g, ' ').slice(0, MAX_QUERY_LENGTH);
}

/** Tells whether a card is approved, and so kept from a replacement (as shared/review/states.ts's `isApproved`). */
export function isApprovedCard(report: Report, cardId: string | null): boolean {
  return cardId !== null && report.review?.[cardId]?.state === 'approved';
}

/** Whether a folded query holds an apostrophe or a space, which texts must then fold too. */
const SPACED = /[' ]/;

/** Whether `at` (a folded offset) falls inside one original character: a match may not start or end there ("e" is not in "œ"). */
function splitsChar(from: number[] | null, at: number): boolean {
  return from !== null && at > 0 && at < from.length - 1 && from[at] === from[at - 1];
}

/** The matches of a folded query in one folded piece, as original offsets: start, end, start, end… added to `found`. */
function piecePositions(original: string, folded: Folded, needle: string, wholeWord: boolean, found: number[]): void {
  const { text, from } = folded;
  let at = text.indexOf(needle);
  if (from === null && !wholeWord) {
    // The common case: places unmoved, no word to check.
    while (at !== -1) {
      found.push(at, at + needle.length);
      at = text.indexOf(needle, at + needle.length);
    }
    return;
  }
  while (at !== -1) {
    const start = originalOffset(folded, at);
    const end = originalOffset(folded, at + needle.length);
    if (end > start && !splitsChar(from, at) && !splitsChar(from, at + needle.length) && !(wholeWord && insideWord(original, start, end))) {
      found.push(start, end);
      at = text.indexOf(needle, at + needle.length);
    } else at = text.indexOf(needle, at + 1);
  }
}

/** The matches of a folded query in one piece as [start, end) pairs. */
function pairs(original: string, folded: Folded, needle: string, wholeWord: boolean): [number, number][] {
  const found: number[] = [];
  piecePositions(original, folded, needle, wholeWord, found);
  const out: [number, number][] = [];
  for (let i = 0; i < found.length; i += 2) out.push([found[i]!, found[i + 1]!]);
  return out;
}

/**
 * The pieces folded, kept with each piece for each way of folding (a piece is never changed in
 * place, and a card an edit left alone keeps its pieces): a search typed letter by letter, or
 * the first after an edit, folds only what is new. Apostrophes and spaces are always folded
 * here: a query that holds neither matches at the same places either way.
 */
const foldedPieces = new Map<string, WeakMap<Piece, Folded>>();
function foldedPiece(piece: Piece, options: FoldOptions): Folded {
  const way = `${options.matchCase ? 'C' : 'c'}${options.ignoreAccents ? 'A' : 'a'}`;
  let kept = foldedPieces.get(way);
  if (!kept) foldedPieces.set(way, (kept = new WeakMap()));
  let folded = kept.get(piece);
  if (!folded) kept.set(piece, (folded = fold(piece.text, options, true)));
  return folded;
}

/**
 * Where `query` stands in one text (a piece), as [start, end) pairs: what the page looks for in
 * the words it shows, to mark the matches found in the report at their place.
 */
export function matchesInText(text: string, query: string, options: FindOptions): [number, number][] {
  const needle = foldQuery(cleanQuery(query), options);
  return needle.length === 0 ? [] : pairs(text, fold(text, options, SPACED.test(needle)), needle, options.wholeWord);
}

/** The matches of `query` in the given texts, in their order. */
export function findIn(texts: SearchText[], report: Report, query: string, options: FindOptions): FindMatch[] {
  const needle = foldQuery(cleanQuery(query), options);
  const matches: FindMatch[] = [];
  if (needle.length === 0) return matches;
  const found: number[] = [];
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]!;
    let ordinal = 0;
    let skip: SkipReason | null | undefined;
    for (let p = 0; p < text.pieces.length; p++) {
      const piece = text.pieces[p]!;
      found.length = 0;
      piecePositions(piece.text, foldedPiece(piece, options), needle, options.wholeWord, found);
      if (found.length === 0) continue;
      skip ??= isApprovedCard(report, text.cardId) ? 'approved' : null;
      for (let i = 0; i < found.length; i += 2) matches.push({ text: t, piece: p, start: found[i]!, end: found[i + 1]!, ordinal: ordinal++, skip });
    }
  }
  return matches;
}

/**
 * The texts of a report, gathered once per report and scope: a report is never changed in place
 * (every edit makes a new one), so a search typed letter by letter gathers them once.
 */
const gathered = new WeakMap<Report, Map<string, SearchText[]>>();
function textsOf(report: Report, template: Template, scope: FindScope): SearchText[] {
  const key = `${template.id}@${template.version} ${scope.langs.join(',')} ${scope.cardsOnly ? 'cards' : 'all'} ${scope.cardOrder.join(',')}`;
  let forReport = gathered.get(report);
  if (!forReport) gathered.set(report, (forReport = new Map()));
  let texts = forReport.get(key);
  if (!texts) {
    texts = searchTexts(report, template, scope, scope.cardOrder);
    forReport.clear();
    forReport.set(key, texts);
  }
  return texts;
}

/** Which texts to search, and in which order the cards come. */
export interface FindScope extends TextScope {
  /** The cards' ids in reading order (the outline's). */
  cardOrder: readonly string[];
}

/** Finds `query` across the report (cards, chapters and the report's own texts), in reading order. */
export function findInReport(report: Report, template: Template, query: string, options: FindOptions, scope: FindScope): FindResult {
  const texts = textsOf(report, template, scope);
  return { texts, matches: findIn(texts, report, query, options) };
}

/** The words around a match, for the list of results: up to `room` characters each side, cut between words. */
export function matchContext(result: FindResult, match: FindMatch, room = 40): { before: string; match: string; after: string } {
  const text = result.texts[match.text]!.pieces[match.piece]!.text;
  let from = Math.max(0, match.start - room);
  let to = Math.min(text.length, match.end + room);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < match.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > match.end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, match.start),
    match: text.slice(match.start, match.end),
    after: text.slice(match.end, to) + (to < text.length ? '…' : ''),
  };
}

/** A stable text key for a place and language (the same as the editor's for its fields). */
export function placeKey(place: TextPlace, lang: Lang | null): string {
  const tail = lang ? `-${lang}` : '';
  if (place.kind === 'chapter') return `chapter-${place.chapterId}-${place.part}${tail}`;
  if (place.kind === 'report') return `report-${place.part}${tail}`;
  if (place.kind === 'institution') return `institution-${place.institutionId}-name${tail}`;
  if (place.kind === 'ambition') return `ambition-${place.ambitionId}-title${tail}`;
  const cell = place.rowId ? `-${place.rowId}-${place.columnId ?? ''}` : '';
  return `field-${place.cardId}-${place.fieldId}${cell}${tail}`;
}

/**
 * Prepares, a card at a time, what the first search of a report needs: each card's texts
 * gathered and folded as `options` fold them. The window runs it in idle time once a report is
 * open (and after each change, when only the changed cards are new), a step per card, so that
 * the first search typed finds the work done; a search that comes first does the rest itself.
 */
export function* prepareFind(report: Report, template: Template, scope: FindScope, options: FoldOptions): Generator<void, void, void> {
  const byId = new Map(report.cards.map((c) => [c.id, c]));
  for (const cardId of scope.cardOrder) {
    const card = byId.get(cardId);
    if (!card) continue;
    for (const text of searchTextsOfCard(card, template, scope.langs)) for (const piece of text.pieces) foldedPiece(piece, options);
    yield;
  }
}

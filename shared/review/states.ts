import { BilanError } from '../i18n/errors.js';
import { t } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import type { Author, Report, ReviewEntry, ReviewState } from '../model/report.js';
import { recordPoints } from '../history/versions.js';
import { addComment } from './comments.js';
import { withReviewVersion } from './version.js';

/**
 * Each card's review state: to write, received, needs changes, approved. A card without an
 * entry is still to write. The coordinator moves a card along by hand; an import moves the
 * cards of a returned package to "received" ({@link markReceived}).
 */

/**
 * The states a card may move to by hand from each state: any other state, except "to write",
 * which is where a card starts and never where it goes back to (a card reopened after approval
 * is "received" again). A card still "to write" may be sent back: reports written before review
 * states existed have all their cards there, however complete.
 */
export const TRANSITIONS: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  toWrite: ['received', 'needsChanges', 'approved'],
  received: ['needsChanges', 'approved'],
  needsChanges: ['received', 'approved'],
  approved: ['received', 'needsChanges'],
};

/** A card's review entry; a card without one is "to write" (then `by` and `at` are absent). */
export function reviewOf(report: Report, cardId: string): ReviewEntry | { state: 'toWrite'; by?: undefined; at?: undefined } {
  return report.review?.[cardId] ?? { state: 'toWrite' };
}

/** Tells whether a card is approved, and so protected from a package's edits. */
export function isApproved(report: Report, cardId: string): boolean {
  return report.review?.[cardId]?.state === 'approved';
}

/** How many cards of the report stand in each state. */
export function reviewCounts(report: Report): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { toWrite: 0, received: 0, needsChanges: 0, approved: 0 };
  for (const card of report.cards) counts[reviewOf(report, card.id).state]++;
  return counts;
}

/** The comment that says why a card needs changes: its id and words. */
export interface Reason {
  id: string;
  text: string;
}

/**
 * Moves a card to a review state, recording who and when. Refuses an unknown card
 * (`review.unknownCard`), a move {@link TRANSITIONS} does not allow, the same state included
 * (`review.invalidTransition`), and "needs changes" without a comment saying why
 * (`review.reasonRequired`); that comment is added on the card, and the entry names it.
 */
export function setReviewState(report: Report, cardId: string, state: ReviewState, by: Author, at: Date | string, comment?: Reason): Report {
  const card = report.cards.find((c) => c.id === cardId);
  if (!card) throw new BilanError('review.unknownCard', { id: cardId });
  const from = reviewOf(report, cardId).state;
  if (!TRANSITIONS[from].includes(state)) throw new BilanError('review.invalidTransition', { card: card.number, from: (l) => stateName(from, l), to: (l) => stateName(state, l) });
  if (state === 'needsChanges' && (!comment || comment.text.trim() === '')) throw new BilanError('review.reasonRequired', { card: card.number });
  const when = typeof at === 'string' ? at : at.toISOString();
  let next = report;
  if (comment && comment.text.trim() !== '') next = addComment(next, { card: cardId }, { id: comment.id, author: by, at: when, text: comment.text });
  const entry: ReviewEntry = { state, by, at: when, ...(comment && comment.text.trim() !== '' ? { comment: comment.id } : {}) };
  const moved = withReviewVersion({ ...next, review: { ...next.review, [cardId]: entry } });
  // The move is a point of the card's history, with who made it.
  return recordPoints(moved, [{ card: cardId }], { kind: 'review', at: when, by, state });
}

/**
 * The cards of a returned package moved to "received", set by its institution (named by its
 * sender when known) and naming the package. An approved card stays approved unless `changed`
 * lists it (the coordinator took some of the package's edits into it: it is to review again).
 */
export function markReceived(report: Report, cardIds: readonly string[], changed: ReadonlySet<string>, pkg: { id: string; institution: string; sender: string | null }, at: Date | string): Report {
  const review = { ...report.review };
  const when = typeof at === 'string' ? at : at.toISOString();
  for (const id of cardIds) {
    if (review[id]?.state === 'approved' && !changed.has(id)) continue;
    review[id] = { state: 'received', by: { name: pkg.sender ?? '', institution: pkg.institution }, at: when, package: pkg.id };
  }
  return cardIds.length ? withReviewVersion({ ...report, review }) : report;
}

/** A state's name for messages (`review.state.*`). */
export function stateName(state: ReviewState, lang: Lang): string {
  return t(lang, `review.state.${state}`);
}

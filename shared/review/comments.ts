import { BilanError } from '../i18n/errors.js';
import type { Lang } from '../model/localized.js';
import type { Author, Card, Comment, CommentAnchor, Report } from '../model/report.js';
import { plainText } from '../report/text.js';
import { withReviewVersion } from './version.js';

/**
 * The comments of a report as pure functions: writing, replying, resolving, reopening, and
 * keeping each comment's place while the text it points at is edited. Ids and dates are given
 * by the caller, so that every function here is pure.
 */

/** A new comment or reply: its id (a UUID when Bilan makes it), author, date and words. */
export interface NewNote {
  id: string;
  author: Author;
  at: Date | string;
  text: string;
}

const iso = (at: Date | string): string => (typeof at === 'string' ? at : at.toISOString());

/** Tells whether a comment is open: never resolved, or reopened after its latest resolution. */
export function isOpen(comment: Comment): boolean {
  if (!comment.resolved) return true;
  return comment.reopened !== undefined && comment.reopened.at > comment.resolved.at;
}

/** The open comments of a report, of one card when `cardId` is given. */
export function openComments(report: Report, cardId?: string): Comment[] {
  return (report.comments ?? []).filter((c) => isOpen(c) && (cardId === undefined || c.anchor.card === cardId));
}

function checkText(text: string): void {
  if (text.trim() === '') throw new BilanError('review.emptyText');
}

function withComments(report: Report, comments: Comment[]): Report {
  return withReviewVersion({ ...report, comments });
}

function changeComment(report: Report, commentId: string, change: (c: Comment) => Comment): Report {
  const comments = report.comments ?? [];
  const at = comments.findIndex((c) => c.id === commentId);
  if (at < 0) throw new BilanError('review.unknownComment', { id: commentId });
  return withComments(report, comments.map((c, i) => (i === at ? change(c) : c)));
}

/**
 * Adds a comment on a card, a field of it or a range of a field's text (anchored where it
 * stands now). Refuses an unknown card, a field the card does not have, an empty text and an id
 * already used.
 */
export function addComment(report: Report, anchor: CommentAnchor, note: NewNote): Report {
  const card = report.cards.find((c) => c.id === anchor.card);
  if (!card) throw new BilanError('review.unknownCard', { id: anchor.card });
  if (anchor.field !== undefined && !(anchor.field in card.fields)) throw new BilanError('review.unknownField', { id: anchor.field });
  checkText(note.text);
  if ((report.comments ?? []).some((c) => c.id === note.id)) throw new BilanError('review.duplicateId', { id: note.id });
  const comment: Comment = { id: note.id, anchor: reanchor(anchor, card), author: note.author, at: iso(note.at), text: note.text, replies: [], resolved: null };
  return withComments(report, [...(report.comments ?? []), comment]);
}

/** Adds a reply at the end of a comment's thread. */
export function replyTo(report: Report, commentId: string, note: NewNote): Report {
  checkText(note.text);
  return changeComment(report, commentId, (c) => {
    if (c.replies.some((r) => r.id === note.id)) throw new BilanError('review.duplicateId', { id: note.id });
    return { ...c, replies: [...c.replies, { id: note.id, author: note.author, at: iso(note.at), text: note.text }] };
  });
}

/** Resolves an open comment, saying who and when. */
export function resolveComment(report: Report, commentId: string, by: Author, at: Date | string): Report {
  return changeComment(report, commentId, (c) => {
    if (!isOpen(c)) throw new BilanError('review.alreadyResolved', { id: commentId });
    return { ...c, resolved: { by, at: iso(at) } };
  });
}

/** Reopens a resolved comment; its resolution is kept (a merge keeps both and compares dates). */
export function reopenComment(report: Report, commentId: string, by: Author, at: Date | string): Report {
  return changeComment(report, commentId, (c) => {
    if (isOpen(c)) throw new BilanError('review.notResolved', { id: commentId });
    if (iso(at) <= c.resolved!.at) throw new BilanError('review.reopenBeforeResolved', { id: commentId });
    return { ...c, reopened: { by, at: iso(at) } };
  });
}

/** The plain text a field shows in a language (its rich text flattened as `plainText` does), or undefined. */
export function anchorText(card: Card, field: string, lang: Lang | undefined): string | undefined {
  const value = card.fields[field];
  if (!value || (value.kind !== 'text' && value.kind !== 'richText')) return undefined;
  const side = value[lang ?? 'fr'];
  if (!side) return undefined;
  return typeof side.content === 'string' ? side.content : plainText(side.content);
}

/** The occurrence of `quote` in `text` nearest to `start`, or -1. */
function nearest(text: string, quote: string, start: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
    if (at > start) break;
  }
  return best;
}

/**
 * A comment's anchor found again in the card as it is now. A range whose words are still there
 * moves to their occurrence nearest its old place; one whose words are gone falls back to its
 * field, and a field the card no longer has to the whole card (a language the field no longer
 * has is dropped with its range). A comment is never lost, only less precisely placed.
 */
export function reanchor(anchor: CommentAnchor, card: Card | undefined): CommentAnchor {
  if (!card || anchor.field === undefined) return { card: anchor.card };
  if (!(anchor.field in card.fields)) return { card: anchor.card };
  const { range, ...place } = anchor;
  const text = anchorText(card, anchor.field, anchor.lang);
  if (anchor.lang !== undefined && text === undefined) return { card: anchor.card, field: anchor.field };
  if (!range) return anchor;
  const at = text === undefined ? -1 : nearest(text, range.quote, range.start);
  return at < 0 ? place : { ...place, range: { quote: range.quote, start: at } };
}

/** Every comment of the report re-anchored in its card as the card is now (after an edit or an import). */
export function reanchorAll(report: Report): Report {
  if (!report.comments?.length) return report;
  const cards = new Map(report.cards.map((c) => [c.id, c]));
  return { ...report, comments: report.comments.map((c) => ({ ...c, anchor: reanchor(c.anchor, cards.get(c.anchor.card)) })) };
}

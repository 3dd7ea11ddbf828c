import type { Comment, CommentEvent, CommentReply } from '../model/report.js';
import { canonicalJson } from './register.js';

/**
 * Merging two copies of a report's comments (the coordinator's and a returned package's) as a
 * union: every comment and every reply of either side is kept, each once by its id. It is a
 * join in the lattice sense, so importing the same package twice adds nothing, and which side
 * is "ours" does not matter: the result is normalised (oldest first, then by id).
 */

/** Orders by date, then id: the order comments and replies are kept in. */
function byDateThenId(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Of two copies that should be the same (same id), the one kept: they only differ when a tool
 * (or a re-anchoring) changed one of them, so any fixed choice will do; the greater canonical
 * JSON is taken so that the choice does not depend on the side.
 */
function greater<T>(a: T, b: T): T {
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** The later of two events (a resolution, a reopening); with the same date, a fixed choice. */
function later(a: CommentEvent | null | undefined, b: CommentEvent | null | undefined): CommentEvent | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return greater(a, b);
}

/** Replies of both sides, each once by id, oldest first. */
function mergeReplies(a: readonly CommentReply[], b: readonly CommentReply[]): CommentReply[] {
  const byId = new Map<string, CommentReply>();
  for (const reply of [...a, ...b]) {
    const seen = byId.get(reply.id);
    byId.set(reply.id, seen ? greater(seen, reply) : reply);
  }
  return [...byId.values()].sort(byDateThenId);
}

/**
 * Two copies of one comment as one: the replies of both, the latest resolution of either, the
 * latest reopening of either (the comment is open again when that is the later event). The
 * comment's own words and anchor, which only a re-anchoring changes, come from a fixed choice.
 */
function mergeComment(a: Comment, b: Comment): Comment {
  const { replies: _ra, resolved: _sa, reopened: _oa, ...coreA } = a;
  const { replies: _rb, resolved: _sb, reopened: _ob, ...coreB } = b;
  const core = greater(coreA, coreB);
  const resolved = later(a.resolved, b.resolved) ?? null;
  const reopened = later(a.reopened, b.reopened);
  return { ...core, replies: mergeReplies(a.replies, b.replies), resolved, ...(reopened ? { reopened } : {}) };
}

/** One side's comments on their own, each once, normalised: what a merge of it with nothing gives. */
export function normalizeComments(comments: readonly Comment[]): Comment[] {
  return mergeComments(comments, []);
}

/**
 * The union of two sides' comments: each comment and reply once (by id), the latest resolution
 * and reopening of either side, oldest first. `mergeComments(a, a)` is `a` normalised, and the
 * result is the same whichever side comes first. Linear in the number of comments and replies,
 * plus sorting.
 */
export function mergeComments(ours: readonly Comment[], theirs: readonly Comment[]): Comment[] {
  const byId = new Map<string, Comment>();
  for (const comment of [...ours, ...theirs]) {
    const seen = byId.get(comment.id);
    byId.set(comment.id, seen ? mergeComment(seen, comment) : mergeComment(comment, comment));
  }
  return [...byId.values()].sort(byDateThenId);
}

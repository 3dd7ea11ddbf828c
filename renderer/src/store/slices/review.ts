import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import { isBilanError } from '../../../../shared/i18n/errors.js';
import type { Lang } from '../../../../shared/model/localized.js';
import type { Author, Comment, CommentAnchor, Report, ReviewState } from '../../../../shared/model/report.js';
import { addComment, reanchor, reopenComment, replyTo, resolveComment } from '../../../../shared/review/comments.js';
import { setReviewState } from '../../../../shared/review/states.js';
import { withReviewVersion } from '../../../../shared/review/version.js';
import { withRegisterOf } from '../register.js';
import type { BilanState } from '../state.js';
import { anchorId } from './editor-view.js';

/** What a review action answers: done, or why nothing changed (in both languages). */
export type ReviewReply = { ok: true } | { ok: false; message: Record<Lang, string> };

/** Where a comment is being written: the anchor it will get, and a nonce so a second request acts again. */
export interface CommentDraft {
  anchor: CommentAnchor;
  nonce: number;
}

/** A package sent back for changes, as the window shows it once written. */
export interface SentBack {
  institution: string;
  folder: string;
  fileName: string;
  cards: number;
}

/**
 * The review conversation in the window: comments at a card, a field or a few words of it,
 * their threads (reply, resolve, reopen), each card's review state, and sending the cards that
 * need changes back to their institution. Every change goes through `apply`: one undo step,
 * saved like any edit. The pure functions of `shared/review` do the work.
 */
export interface ReviewSlice {
  /** The comment form open in the editor, if any. */
  commentDraft: CommentDraft | null;
  sendingBack: boolean;
  sendBackError: ApiError | null;
  lastSentBack: SentBack | null;
  /** Who the user is, as a comment's author: their remembered name, and their institution in a package. */
  author(): Author | null;
  /** Opens the comment form for a card, a field or a range of its text. */
  startComment(anchor: CommentAnchor): void;
  cancelComment(): void;
  writeComment(anchor: CommentAnchor, text: string): ReviewReply;
  replyToComment(id: string, text: string): ReviewReply;
  resolveComment(id: string): ReviewReply;
  reopenComment(id: string): ReviewReply;
  /** Moves a card to a review state; "needs changes" takes the words saying why. */
  setCardState(cardId: string, state: ReviewState, reason?: string): ReviewReply;
  /** Shows the card a comment is on and leads to its place (the field, or the card's comments). */
  goToComment(comment: Comment): void;
  /**
   * Writes a package for one institution holding its cards that need changes (with their
   * comments) and a message, into a folder the user chooses; the register records it.
   */
  sendBack(institution: string, message: string, deadline: string | null): Promise<boolean>;
  dismissSentBack(): void;
  /** The export dialog makes the working document for internal review (PDF, with the comments) instead of the publication. */
  exportReview: boolean;
  setExportReview(on: boolean): void;
  /** The report's setting: the final export waits until every card is approved. */
  setRequireApproval(on: boolean): void;
}

/** A new id for a comment or a reply. */
const newId = () => crypto.randomUUID();

/**
 * The report with the comments of one card placed again after its text changed: each range
 * moves with its words, or falls back to its field (never lost). The same report when nothing moved.
 */
export function reanchorCard(report: Report, cardId: string): Report {
  const comments = report.comments;
  if (!comments?.length) return report;
  const card = report.cards.find((c) => c.id === cardId);
  let changed = false;
  const next = comments.map((c) => {
    if (c.anchor.card !== cardId || c.anchor.field === undefined) return c;
    const anchor = reanchor(c.anchor, card);
    if (JSON.stringify(anchor) === JSON.stringify(c.anchor)) return c;
    changed = true;
    return { ...c, anchor };
  });
  return changed ? { ...report, comments: next } : report;
}

export const createReviewSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], ReviewSlice> =>
  (set, get) => {
    /** Applies a pure change of the report; a refusal is told in both languages, nothing changed. */
    const change = (make: (report: Report, author: Author, at: string) => Report): ReviewReply => {
      const { report } = get();
      const author = get().author();
      if (!report || !author) return { ok: false, message: { fr: '', en: '' } };
      try {
        get().apply(make(report, author, new Date().toISOString()), null);
        return { ok: true };
      } catch (error) {
        if (isBilanError(error)) return { ok: false, message: { fr: error.describe('fr'), en: error.describe('en') } };
        throw error;
      }
    };
    return {
      commentDraft: null,
      sendingBack: false,
      sendBackError: null,
      lastSentBack: null,
      author() {
        const { identity, report } = get();
        if (!identity || identity.name.trim() === '') return null;
        return { name: identity.name.trim(), institution: report?.package?.institution ?? null };
      },
      startComment(anchor) {
        set({ commentDraft: { anchor, nonce: (get().commentDraft?.nonce ?? 0) + 1 } });
        if (!get().identityLoaded) void get().loadIdentity();
      },
      cancelComment: () => set({ commentDraft: null }),
      writeComment(anchor, text) {
        const reply = change((r, author, at) => addComment(r, anchor, { id: newId(), author, at, text }));
        if (reply.ok) set({ commentDraft: null });
        return reply;
      },
      replyToComment: (id, text) => change((r, author, at) => replyTo(r, id, { id: newId(), author, at, text })),
      resolveComment: (id) => change((r, author, at) => resolveComment(r, id, author, at)),
      reopenComment: (id) => change((r, author, at) => reopenComment(r, id, author, at)),
      setCardState: (cardId, state, reason) => change((r, author, at) => setReviewState(r, cardId, state, author, at, reason === undefined ? undefined : { id: newId(), text: reason })),
      goToComment(comment) {
        const { card, field, lang } = comment.anchor;
        const nonce = (get().focus?.nonce ?? 0) + 1;
        const fieldAnchor = field === undefined ? `comments-card-${card}` : anchorId({ kind: 'card', cardId: card, fieldId: field });
        // The field's language shown, when the comment is about one language and only the other is on screen.
        const mode = get().langMode;
        const langMode = lang && mode !== 'both' && mode !== lang ? lang : mode;
        set({ view: { kind: 'card', id: card }, langMode, focus: { anchor: `comment-${comment.id}`, fallback: fieldAnchor, nonce } });
      },
      async sendBack(institution, message, deadline) {
        const { doc, report } = get();
        if (!doc || !report || get().sendingBack) return false;
        const cards = report.cards.filter((c) => report.review?.[c.id]?.state === 'needsChanges').map((c) => c.id);
        set({ sendBackError: null, lastSentBack: null });
        const choice = await get().choose('packagesFolder');
        if (!choice) return false;
        set({ sendingBack: true });
        const options = { deadline, message, only: { institution, cards } };
        const reply = choice.native ? await api.cutPackages(doc.docId, report, options) : await api.cutPackages(doc.docId, report, options, choice.paths[0]);
        set({ sendingBack: false });
        if (!reply.ok) {
          set({ sendBackError: reply.error });
          return false;
        }
        const cut = reply.value;
        const written = cut?.packages[0];
        if (!cut || !written) return false;
        set({ lastSentBack: { institution, folder: cut.folder, fileName: written.fileName, cards: written.cards }, cutTimes: { ...get().cutTimes, [institution]: cut.cutAt } });
        const { report: current, history } = get();
        if (current) set(withRegisterOf(cut.report, current, history));
        return true;
      },
      dismissSentBack: () => set({ lastSentBack: null, sendBackError: null }),
      setRequireApproval(on) {
        const report = get().report;
        if (!report || (report.settings?.requireApproval ?? false) === on) return;
        const { requireApproval: _old, ...others } = report.settings ?? {};
        const settings = on ? { ...others, requireApproval: true } : others;
        const { settings: _settings, ...rest } = report;
        get().apply(withReviewVersion(Object.keys(settings).length ? { ...rest, settings } : rest), null);
      },
      exportReview: false,
      setExportReview(on) {
        // A review copy is a PDF; the check made for the other kind of document no longer holds.
        const form = get().exportForm;
        set({ exportReview: on, exportCheck: null, exportError: null, ...(on ? { exportForm: { ...form, formats: ['pdf'] } } : {}) });
      },
    };
  };

import { useState } from 'react';
import type { Comment } from '../../../../shared/model/report.js';
import { isOpen } from '../../../../shared/review/comments.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { CommentForm } from './CommentForm.js';
import { CommentThread } from './CommentThread.js';
import { quoted } from './words.js';

const none: Comment[] = [];

/** The comments of one field (or, without `fieldId`, of the card as a whole), oldest first. */
export function useCommentsAt(cardId: string, fieldId: string | undefined): Comment[] {
  const all = useBilan((s) => s.report?.comments ?? none);
  return all.filter((c) => c.anchor.card === cardId && c.anchor.field === fieldId);
}

/**
 * Under a field: its open comments with their threads, the resolved ones behind a toggle, and
 * the form when a comment is being written here.
 */
export function FieldComments({ cardId, fieldId, label }: { cardId: string; fieldId?: string; label: string }) {
  const t = useT();
  const comments = useCommentsAt(cardId, fieldId);
  const draft = useBilan((s) => (s.commentDraft && s.commentDraft.anchor.card === cardId && s.commentDraft.anchor.field === fieldId ? s.commentDraft : null));
  const cancelComment = useBilan((s) => s.cancelComment);
  const lang = useBilan((s) => s.lang);
  const [showResolved, setShowResolved] = useState(false);
  const open = comments.filter(isOpen);
  const resolved = comments.filter((c) => !isOpen(c));
  if (!draft && comments.length === 0) return null;
  return (
    <div className="bilan-comments" role="group" aria-label={t('comments.at', { label })}>
      {open.map((c) => (
        <CommentThread key={c.id} comment={c} />
      ))}
      {resolved.length > 0 && (
        <button type="button" className="fr-link fr-link--sm bilan-comments__toggle" aria-expanded={showResolved} onClick={() => setShowResolved(!showResolved)}>
          {t(showResolved ? 'comments.hideResolved' : 'comments.showResolved', { n: resolved.length })}
        </button>
      )}
      {showResolved && resolved.map((c) => <CommentThread key={c.id} comment={c} />)}
      {draft && (
        <div className="bilan-comment bilan-comment--draft">
          {draft.anchor.range && (
            <blockquote className="bilan-comment__quote" lang={draft.anchor.lang}>
              {quoted(draft.anchor.range.quote, lang)}
            </blockquote>
          )}
          <CommentForm key={draft.nonce} anchor={draft.anchor} label={draft.anchor.range ? t('comments.newOnWords') : t('comments.new')} onDone={cancelComment} />
        </div>
      )}
    </div>
  );
}

import { useRef } from 'react';
import type { CommentAnchor } from '../../../../shared/model/report.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { anchorFromSelection } from './selection.js';
import './review.css';

/**
 * The small "Commenter" button of a field: a comment on the words selected in it (in one
 * language), or on the field. The selection is read as the pointer goes down, before the click
 * moves the focus away from the text.
 */
export function CommentButton({ cardId, fieldId, label }: { cardId: string; fieldId: string; label: string }) {
  const t = useT();
  const startComment = useBilan((s) => s.startComment);
  const pending = useRef<CommentAnchor | null>(null);
  const read = (button: HTMLElement) => {
    const block = button.closest('section.bilan-field');
    const report = useBilan.getState().report;
    return block && report ? anchorFromSelection(report, cardId, fieldId, block) : { card: cardId, field: fieldId };
  };
  return (
    <button
      type="button"
      className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-chat-3-line fr-btn--icon-left bilan-comment-button"
      aria-label={t('comments.onField', { label })}
      title={t('comments.buttonHelp')}
      onPointerDown={(e) => (pending.current = read(e.currentTarget))}
      onClick={(e) => {
        const anchor = pending.current ?? read(e.currentTarget);
        pending.current = null;
        startComment(anchor);
      }}
    >
      {t('comments.button')}
    </button>
  );
}

import { useEffect } from 'react';
import { useBilan } from '../../store/index.js';
import { anchorFromSelection } from './selection.js';

/**
 * Ctrl+Alt+M: a comment on the words selected, or on the field the focus is in, or on the card
 * shown when the focus is in none of its fields.
 */
export function useCommentKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== 'KeyM') return;
      const store = useBilan.getState();
      const { report, view } = store;
      if (!report || view.kind !== 'card') return;
      event.preventDefault();
      const active = document.activeElement;
      const block = active?.closest<HTMLElement>('section.bilan-field[data-comment-card]');
      const selected = window.getSelection()?.anchorNode;
      const fromSelection = (selected instanceof Element ? selected : selected?.parentElement)?.closest<HTMLElement>('section.bilan-field[data-comment-card]');
      const target = block ?? fromSelection;
      const cardId = target?.dataset.commentCard;
      const fieldId = target?.dataset.commentField;
      if (target && cardId === view.id && fieldId) store.startComment(anchorFromSelection(report, cardId, fieldId, target));
      else store.startComment({ card: view.id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

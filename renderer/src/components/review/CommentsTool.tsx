import type { Report } from '../../../../shared/model/report.js';
import { isOpen } from '../../../../shared/review/comments.js';
import { useT } from '../../i18n/useT.js';
import './review.css';

/** How many open comments each card has (cards without any are absent). */
export function openCommentCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of report.comments ?? []) if (isOpen(c)) counts.set(c.anchor.card, (counts.get(c.anchor.card) ?? 0) + 1);
  return counts;
}

/** The outline's entry to the comments panel, with the number of open comments. */
export function CommentsTool({ count, current, onClick }: { count: number; current: 'page' | undefined; onClick(): void }) {
  const t = useT();
  return (
    <button type="button" className="bilan-outline__tool" aria-current={current} onClick={onClick} data-testid="outline-comments">
      <span className="fr-icon-chat-3-line fr-icon--sm" aria-hidden="true" /> {t('comments.title')}
      <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${count ? 'fr-badge--new' : ''}`} title={t('comments.openCount', { n: count })}>
        <span aria-hidden="true">{count}</span>
        <span className="fr-sr-only">{t('comments.openCount', { n: count })}</span>
      </span>
    </button>
  );
}

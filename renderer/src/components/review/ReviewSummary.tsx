import { leadsOf } from '../../../../shared/merge/package.js';
import type { ReviewState } from '../../../../shared/model/report.js';
import { reviewCounts, reviewOf } from '../../../../shared/review/states.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { openCommentCounts } from './CommentsTool.js';
import { ReviewBadge } from './ReviewBadge.js';
import { institutionShort } from './words.js';
import './review.css';

const STATES: ReviewState[] = ['toWrite', 'received', 'needsChanges', 'approved'];

/**
 * The dashboard's review figures: how many cards stand in each review state, how many comments
 * are open, and per institution the open comments on the cards it leads, leading to the panel.
 */
export function ReviewSummary() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const showView = useBilan((s) => s.showView);
  const counts = reviewCounts(report);
  const open = openCommentCounts(report);
  const total = [...open.values()].reduce((a, b) => a + b, 0);
  const perInstitution = report.institutions
    .map((i) => {
      const cards = report.cards.filter((c) => leadsOf(c, template).includes(i.id));
      return { id: i.id, comments: cards.reduce((n, c) => n + (open.get(c.id) ?? 0), 0), needsChanges: cards.filter((c) => reviewOf(report, c.id).state === 'needsChanges').length };
    })
    .filter((r) => r.comments > 0 || r.needsChanges > 0);
  return (
    <section className="bilan-review-summary" aria-labelledby="review-summary-heading" data-testid="review-summary">
      <h2 id="review-summary-heading" className="fr-h5 fr-mb-1w">
        {t('reviewState.summary')}
      </h2>
      <ul className="bilan-review-summary__counts">
        {STATES.map((s) => (
          <li key={s} data-state={s}>
            <ReviewBadge state={s} lang={lang} /> {counts[s]}
          </li>
        ))}
        <li data-state="comments">
          <button type="button" className="fr-link" onClick={() => showView({ kind: 'comments' })}>
            {t('comments.openCount', { n: total })}
          </button>
        </li>
      </ul>
      {perInstitution.length > 0 && (
        <p className="fr-text--sm fr-mb-0">
          {perInstitution.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ' · '}
              {t('reviewState.perInstitution', { name: institutionShort(report, r.id, lang), comments: r.comments, cards: r.needsChanges })}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

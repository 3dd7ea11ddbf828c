import type { ReviewState } from '../../../../shared/model/report.js';
import type { Lang } from '../../../../shared/model/localized.js';
import { translate } from '../../i18n/translate.js';

/** The design system's badge tone of each review state. */
export const STATE_TONE: Record<ReviewState, string> = { toWrite: '', received: 'fr-badge--info', needsChanges: 'fr-badge--warning', approved: 'fr-badge--success' };

/** A card's review state as a small badge ("À modifier"), named in full for screen readers. */
export function ReviewBadge({ state, lang, small = true }: { state: ReviewState; lang: Lang; small?: boolean }) {
  return (
    <span className={`fr-badge fr-badge--no-icon ${small ? 'fr-badge--sm ' : ''}${STATE_TONE[state]} bilan-review-badge`} data-review-state={state}>
      <span className="fr-sr-only">{translate(lang, 'reviewState.label')} </span>
      {translate(lang, `reviewState.${state}`)}
    </span>
  );
}

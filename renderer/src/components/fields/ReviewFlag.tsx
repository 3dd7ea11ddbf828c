import { Button } from '@codegouvfr/react-dsfr/Button';
import { useT } from '../../i18n/useT.js';
import { wordDiff } from './word-diff.js';

/**
 * The flag on an English text whose French source changed since it was translated: the French
 * text it translates and the current one, changes marked word by word, and a way to clear it.
 */
export function ReviewFlag({ before, after, onReviewed }: { before: string | undefined; after: string; onReviewed(): void }) {
  const t = useT();
  const parts = before === undefined ? [] : wordDiff(before, after);
  return (
    <div className="bilan-review" role="group" aria-label={t('review.title')}>
      <p className="bilan-review__head">
        <span className="fr-badge fr-badge--sm fr-badge--warning">{t('review.badge')}</span>
        <span>{t('review.explain')}</span>
      </p>
      <div className="bilan-review__texts">
        {before !== undefined && (
          <div className="bilan-review__text">
            <p className="bilan-review__label">{t('review.before')}</p>
            <p lang="fr" className="bilan-review__words">
              {parts.map((p, i) => (p.kind === 'removed' ? <del key={i}>{p.text}</del> : p.kind === 'same' ? <span key={i}>{p.text}</span> : null))}
            </p>
          </div>
        )}
        <div className="bilan-review__text">
          <p className="bilan-review__label">{t('review.after')}</p>
          <p lang="fr" className="bilan-review__words">
            {before === undefined ? after : parts.map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'same' ? <span key={i}>{p.text}</span> : null))}
          </p>
        </div>
      </div>
      <Button size="small" priority="secondary" iconId="fr-icon-check-line" onClick={onReviewed}>
        {t('review.mark')}
      </Button>
    </div>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { useContext, useMemo, useState } from 'react';
import { MediaUrlContext } from '../../editor/media.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { ImporterIdentity } from './ImporterIdentity.js';
import { PackageReview } from './PackageReview.js';
import './merge.css';

/**
 * The review of an import: one section per package, conflicts side by side, and nothing
 * applied until the coordinator has settled every conflict and confirmed.
 */
export function ImportReviewPanel() {
  const t = useT();
  const review = useBilan((s) => s.review);
  const decisions = useBilan((s) => s.decisions);
  const busy = useBilan((s) => s.mergeBusy);
  const error = useBilan((s) => s.mergeError);
  const { confirmImport, cancelImport } = useBilan.getState();
  const [confirming, setConfirming] = useState(false);
  const plans = review?.packages.filter((p) => p.ok && !p.alreadyImported) ?? [];
  const pending = plans.flatMap((p) => (p.ok ? p.conflicts : [])).filter((c) => !decisions[c.key]).length;
  // Every leftover of a Word package is placed, kept or discarded before the import applies.
  const leftoverDecisions = useBilan((s) => s.leftoverDecisions);
  const unplaced = plans.flatMap((p) => (p.ok ? (p.leftovers ?? []) : [])).filter((l) => !leftoverDecisions[l.key]).length;
  // The images the packages add are not the report's yet: the versions and the editor show them too.
  const reportMedia = useContext(MediaUrlContext);
  const media = useMemo(() => (review ? (id: string) => review.media[id] ?? reportMedia(id) : reportMedia), [review, reportMedia]);
  return (
    <MediaUrlContext.Provider value={media}>
      <section aria-labelledby="import-heading" className="bilan-merge">
        <h1 id="import-heading" className="fr-h3">
          {t('merge.import.title')}
        </h1>
        <p className="fr-mb-2w">{t('merge.import.intro')}</p>
        {error && <ErrorNotice title={t('merge.import.title')} error={error} />}
        {busy && !review && <p role="status">{t('merge.import.planning')}</p>}
        {review?.packages.map((plan) => <PackageReview key={plan.file} plan={plan} />)}
        {review && plans.length > 0 && <ImporterIdentity />}
        {review && (
          <div className="bilan-merge__actions" role="group" aria-label={t('merge.import.apply')}>
            {plans.length === 0 && <p>{t('merge.import.nothing')}</p>}
            {pending > 0 && <p className="fr-text--bold">{t('merge.import.pending', { n: pending })}</p>}
            {unplaced > 0 && <p className="fr-text--bold">{t('merge.leftover.pending', { n: unplaced })}</p>}
            {confirming ? (
              <div className="fr-alert fr-alert--warning fr-alert--sm" role="alertdialog" aria-label={t('merge.import.confirm', { n: plans.length })}>
                <p>{t('merge.import.confirm', { n: plans.length })}</p>
                <div className="bilan-merge__buttons">
                  <Button size="small" priority="secondary" onClick={() => setConfirming(false)}>
                    {t('merge.import.back')}
                  </Button>
                  <Button size="small" priority="primary" disabled={busy} onClick={() => void confirmImport()}>
                    {t('merge.import.confirmYes')}
                  </Button>
                </div>
              </div>
            ) : (
              <div className="bilan-merge__buttons">
                <Button priority="secondary" onClick={() => void cancelImport()}>
                  {t('merge.import.cancel')}
                </Button>
                <Button priority="primary" iconId="fr-icon-check-line" disabled={plans.length === 0 || pending > 0 || unplaced > 0} onClick={() => setConfirming(true)}>
                  {t('merge.import.apply')}
                </Button>
              </div>
            )}
          </div>
        )}
      </section>
    </MediaUrlContext.Provider>
  );
}

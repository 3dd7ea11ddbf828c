import { useT } from '../../i18n/useT.js';
import { MissingList } from './MissingList.js';
import { PreviewBox } from './PreviewBox.js';
import { usePackageIssues } from './usePackageIssues.js';

/**
 * The contributor's "before sending" panel: what the package's validation finds, per card and
 * language (French to complete, English as warnings), each entry leading to its field; and the
 * preview of the cards as they will print.
 */
export function ContributionPanel() {
  const t = useT();
  const { issues, errors, warnings } = usePackageIssues();
  return (
    <section aria-labelledby="contribution-heading" className="bilan-validation bilan-contribution">
      <h1 id="contribution-heading" className="fr-h3">
        {t('contributor.panel')}
      </h1>
      <p className="fr-text--lead fr-mb-1w" data-testid="missing-counts">
        {issues.length === 0 ? t('contributor.none') : t('contributor.counts', { errors, warnings })}
      </p>
      <p className="fr-text--sm">{t('contributor.panelIntro')}</p>
      <div className="bilan-contribution__grid">
        <section aria-labelledby="missing-heading">
          <h2 id="missing-heading" className="fr-h5 fr-mb-0">
            {t('contributor.missingTitle')}
          </h2>
          {issues.length === 0 ? <p className="fr-mt-2w">{t('contributor.none')}</p> : <MissingList issues={issues} level={3} />}
        </section>
        <PreviewBox />
      </div>
    </section>
  );
}

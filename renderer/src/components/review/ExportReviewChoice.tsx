import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import './review.css';

/**
 * Which document the export makes: the publication, or the working document for internal
 * review (a PDF with every card's review state and comments, marked "not for publication" on
 * every page).
 */
export function ExportReviewChoice() {
  const t = useT();
  const review = useBilan((s) => s.exportReview);
  const setExportReview = useBilan((s) => s.setExportReview);
  const option = (value: boolean, label: string, hint: string) => {
    const id = `export-kind-${value ? 'review' : 'publication'}`;
    return (
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <div className="fr-radio-group fr-radio-group--sm">
          <input type="radio" id={id} name="export-kind" checked={review === value} onChange={() => setExportReview(value)} />
          <label className="fr-label" htmlFor={id}>
            {label}
            <span className="fr-hint-text">{hint}</span>
          </label>
        </div>
      </div>
    );
  };
  return (
    <fieldset className="fr-fieldset bilan-export-review" aria-labelledby="export-kind-legend">
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="export-kind-legend">
        {t('exportReview.legend')}
      </legend>
      {option(false, t('exportReview.publication'), t('exportReview.publicationHint'))}
      {option(true, t('exportReview.working'), t('exportReview.workingHint'))}
    </fieldset>
  );
}

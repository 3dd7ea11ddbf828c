import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { RadioChoices } from '../choices/RadioChoices.js';
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
  return (
    <RadioChoices
      id="export-kind"
      className="bilan-export-review"
      legend={t('exportReview.legend')}
      inline
      value={review ? 'review' : 'publication'}
      onChange={(value) => setExportReview(value === 'review')}
      choices={[
        { value: 'publication', label: t('exportReview.publication'), hint: t('exportReview.publicationHint') },
        { value: 'review', label: t('exportReview.working'), hint: t('exportReview.workingHint') },
      ]}
    />
  );
}

import { useT } from '../../i18n/useT.js';
import { AmbitionsSection } from './AmbitionsSection.js';
import { CoverFields } from './CoverFields.js';
import { InstitutionsSection } from './InstitutionsSection.js';
import { TemplateSection } from './TemplateSection.js';
import { ApprovalSetting } from '../review/ApprovalSetting.js';
import { ToSortList } from '../workspace/ToSortList.js';
import './details.css';

/**
 * The report's own details, which no card holds: what a Word import found outside any card (to
 * sort), the cover (title, period, issuer, date), the institutions the cards name, and the
 * ambitions with the cards they group.
 */
export function ReportDetails() {
  const t = useT();
  return (
    <article className="bilan-details" aria-labelledby="details-heading">
      <header className="bilan-card-editor__head">
        <h1 id="details-heading" className="fr-h3 fr-mb-1w">
          {t('details.title')}
        </h1>
        <p className="fr-mb-0">{t('details.intro')}</p>
      </header>
      <ToSortList card={null} />
      <CoverFields />
      <InstitutionsSection />
      <AmbitionsSection />
      <TemplateSection />
      <ApprovalSetting />
    </article>
  );
}

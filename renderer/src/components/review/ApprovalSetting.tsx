import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/**
 * The report's review setting, in its details: the final export waits until every card is
 * approved (off by default). The export dialog and `bilan export` enforce it.
 */
export function ApprovalSetting() {
  const t = useT();
  const on = useBilan((s) => s.report?.settings?.requireApproval ?? false);
  const setRequireApproval = useBilan((s) => s.setRequireApproval);
  return (
    <section aria-labelledby="details-review" className="bilan-details__section">
      <h2 id="details-review" className="fr-h5">
        {t('approval.settingLegend')}
      </h2>
      <div className="fr-checkbox-group">
        <input type="checkbox" id="details-require-approval" checked={on} onChange={(e) => setRequireApproval(e.target.checked)} aria-describedby="details-require-approval-hint" />
        <label className="fr-label" htmlFor="details-require-approval">
          {t('approval.setting')}
          <span className="fr-hint-text" id="details-require-approval-hint">
            {t('approval.settingHint')}
          </span>
        </label>
      </div>
    </section>
  );
}

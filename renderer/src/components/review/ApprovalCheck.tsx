import type { ExportCheck } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/**
 * In the export dialog, when the report waits for every card to be approved: the cards not
 * approved yet, each leading to its card. The final export is refused until then; the working
 * document for internal review is not.
 */
export function ApprovalCheck({ check }: { check: ExportCheck }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const review = useBilan((s) => s.exportReview);
  const goToMissing = useBilan((s) => s.goToMissing);
  const waiting = check.notApproved ?? [];
  if (waiting.length === 0) return null;
  if (review) return <p className="fr-text--sm">{t('approval.reviewOk', { n: waiting.length })}</p>;
  return (
    <section className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" aria-labelledby="export-approval" data-testid="export-approval">
      <h2 id="export-approval" className="fr-alert__title">
        {t('approval.blocked', { n: waiting.length })}
      </h2>
      <p className="fr-text--sm fr-mb-1w">{t('approval.what')}</p>
      <ul className="bilan-validation__list">
        {waiting.map((w, i) => (
          <li key={i}>
            <button type="button" className="bilan-validation__entry" onClick={() => goToMissing(w.issue)}>
              {w.card?.[lang] ?? w.message[lang]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

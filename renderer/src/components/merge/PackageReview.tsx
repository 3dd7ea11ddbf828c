import type { PackagePlanView, RefusedPackageView } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ConflictReview } from './ConflictReview.js';
import { LeftoverReview } from './LeftoverReview.js';

/** A date-time as the reader's language writes it. */
export const formatDateTime = (iso: string, lang: 'fr' | 'en') => new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** A package that cannot be imported, with the reason. */
function Refused({ plan }: { plan: RefusedPackageView }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  return (
    <section className="bilan-package bilan-package--refused" aria-label={plan.fileName}>
      <h3 className="fr-h6 fr-mb-1w">{plan.fileName}</h3>
      <div className="fr-alert fr-alert--error fr-alert--sm">
        <p className="fr-text--bold">{t('merge.import.refused')}</p>
        <p>{plan.error.message[lang]}</p>
      </div>
    </section>
  );
}

/** One returned package: who sent it, what it will change, and its conflicts to settle. */
export function PackageReview({ plan }: { plan: PackagePlanView | RefusedPackageView }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  if (!plan.ok) return <Refused plan={plan} />;
  const name = plan.institutionName[lang] || plan.institutionName.fr;
  return (
    <section className="bilan-package" aria-label={name} data-institution={plan.institution}>
      <h3 className="fr-h5 fr-mb-1v">{name}</h3>
      <p className="bilan-muted fr-text--sm fr-mb-2w">
        {plan.fileName} · {plan.sentBy ? t('merge.import.sentBy', { name: plan.sentBy.name, email: plan.sentBy.email, date: plan.sentAt ? formatDateTime(plan.sentAt, lang) : '' }) : t('merge.import.notSent')}
      </p>
      {plan.alreadyImported ? (
        <p className="fr-badge fr-badge--info">{t('merge.import.already')}</p>
      ) : (
        <>
          <h4 className="fr-h6 fr-mb-1v">{t('merge.import.changes')}</h4>
          {plan.changes.length === 0 ? (
            <p>{t('merge.import.noChange')}</p>
          ) : (
            <ul className="bilan-package__changes">
              {plan.changes.map((c) => (
                <li key={c.cardId}>
                  <span className="fr-text--bold">{c.card[lang]}</span> — {c.fields.map((f) => f[lang]).join(', ')}
                </li>
              ))}
            </ul>
          )}
          {plan.warnings.length > 0 && (
            <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
              {plan.warnings.map((w, i) => <p key={i}>{w[lang]}</p>)}
            </div>
          )}
          {plan.ignored.length > 0 && (
            <>
              <h4 className="fr-h6 fr-mb-1v">{t('merge.import.ignored')}</h4>
              <ul>{plan.ignored.map((item, i) => <li key={i}>{item[lang]}</li>)}</ul>
            </>
          )}
          <LeftoverReview plan={plan} />
          {plan.conflicts.length > 0 && (
            <>
              <h4 className="fr-h6 fr-mb-1v">{t('merge.import.conflicts', { n: plan.conflicts.length })}</h4>
              {plan.conflicts.map((c) => (
                <ConflictReview key={c.key} conflict={c} />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}

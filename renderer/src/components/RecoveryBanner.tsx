import { Button } from '@codegouvfr/react-dsfr/Button';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';

/** Offers to restore the work a crash left unsaved, one recovery copy at a time. */
export function RecoveryBanner() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const recoveries = useBilan((s) => s.recoveries);
  const restore = useBilan((s) => s.restoreRecovery);
  const discard = useBilan((s) => s.discardRecovery);
  if (recoveries.length === 0) return null;
  return (
    <section className="bilan-recovery fr-mb-4w" aria-labelledby="recovery-title">
      <h2 id="recovery-title" className="fr-h5">
        {t('recovery.title')}
      </h2>
      <ul className="bilan-recovery__list">
        {recoveries.map((r) => {
          const when = new Date(r.savedAt).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
          const title = r.title[lang] || r.title.fr || t('doc.untitled');
          return (
            <li key={r.id} className="fr-alert fr-alert--info bilan-recovery__item" data-recovery={r.id}>
              <h3 className="fr-alert__title">{title}</h3>
              <p>{t('recovery.text', { when, file: r.fileName ?? t('doc.noFile') })}</p>
              <div className="bilan-recovery__actions">
                <Button size="small" iconId="fr-icon-refresh-line" onClick={() => void restore(r.id)} title={t('recovery.restoreLabel', { title })}>
                  {t('recovery.restore')}
                </Button>
                <Button size="small" priority="secondary" onClick={() => void discard(r.id)} title={t('recovery.discardLabel', { title })}>
                  {t('recovery.discard')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

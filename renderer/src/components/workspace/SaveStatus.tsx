import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { isDirty } from '../../store/slices/document.js';

const time = (iso: string, lang: string) => new Date(iso).toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });

/** Whether everything is saved, announced politely to screen readers when it changes. */
export function SaveStatus() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const dirty = useBilan(isDirty);
  const saving = useBilan((s) => s.saving);
  const autosavedAt = useBilan((s) => s.autosavedAt);
  const text = saving ? t('save.saving') : dirty ? t('save.unsaved') : t('save.saved');
  return (
    <p className={`bilan-save-status${dirty ? ' bilan-save-status--dirty' : ''}`} role="status" data-state={saving ? 'saving' : dirty ? 'dirty' : 'saved'}>
      <span className={dirty ? 'fr-icon-edit-line fr-icon--sm' : 'fr-icon-check-line fr-icon--sm'} aria-hidden="true" /> {text}
      {dirty && autosavedAt && <span className="bilan-save-status__recovery">{t('save.recovery', { time: time(autosavedAt, lang) })}</span>}
    </p>
  );
}

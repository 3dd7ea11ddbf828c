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
  // A new report, or a sample (a folder), has no file yet: it is not "saved", whatever it holds.
  const noFile = useBilan((s) => s.doc?.needsSaveAs === true);
  const pending = dirty || noFile;
  const text = saving ? t('save.saving') : dirty ? t('save.unsaved') : noFile ? t('save.never') : t('save.saved');
  return (
    <p className={`bilan-save-status${pending ? ' bilan-save-status--dirty' : ''}`} role="status" data-state={saving ? 'saving' : dirty ? 'dirty' : noFile ? 'never' : 'saved'}>
      <span className={pending ? 'fr-icon-edit-line fr-icon--sm' : 'fr-icon-check-line fr-icon--sm'} aria-hidden="true" /> {text}
      {dirty && autosavedAt && <span className="bilan-save-status__recovery">{t('save.recovery', { time: time(autosavedAt, lang) })}</span>}
    </p>
  );
}

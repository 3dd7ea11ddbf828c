import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { reminders, reminderText } from '../../../../shared/merge/dashboard.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** The institutions that have not returned their package, with their contacts, as text to paste into an email. */
export function Reminders() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const [copied, setCopied] = useState(false);
  const list = reminders(report, template);
  // Before any package was prepared, nobody "has returned" anything.
  const cut = report.issued !== undefined;
  const text = reminderText(list, lang, { heading: t('reminders.heading'), cards: t('reminders.cards'), noContact: t('reminders.noContact') });
  const copy = () => void navigator.clipboard.writeText(text).then(() => setCopied(true));
  return (
    <section aria-labelledby="reminders-heading" className="bilan-reminders">
      <h2 id="reminders-heading" className="fr-h5">
        {t('reminders.title')} ({list.length})
      </h2>
      {!cut ? (
        <p>{t('reminders.notCut')}</p>
      ) : list.length === 0 ? (
        <p>{t('reminders.none')}</p>
      ) : (
        <>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="reminders-text">
              {t('reminders.label')}
            </label>
            <textarea id="reminders-text" className="fr-input bilan-reminders__text" readOnly rows={Math.min(16, text.split('\n').length)} value={text} />
          </div>
          <Button priority="secondary" iconId={copied ? 'fr-icon-check-line' : 'fr-icon-clipboard-line'} onClick={copy}>
            {copied ? t('reminders.copied') : t('reminders.copy')}
          </Button>
        </>
      )}
    </section>
  );
}

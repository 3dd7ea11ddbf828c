import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../../shared/model/report.js';
import { isValidIdentity } from '../../../../shared/validate/identity.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { ModalShell } from '../modal/ModalShell.js';
import { IdentityFields, type IdentityFieldsHandle } from './IdentityFields.js';
import { MissingList } from './MissingList.js';
import './contributor.css';
import { usePackageIssues } from './usePackageIssues.js';

/**
 * What the package still lacks, shown before the sender signs: how many points to complete and
 * how many English warnings, then (`list`) each of them, leading to its field.
 */
function BeforeSending({ list, onGo }: { list: boolean; onGo: () => void }) {
  const t = useT();
  const { issues, errors, warnings } = usePackageIssues();
  if (list) {
    if (issues.length === 0) return null;
    return (
      <div className="bilan-send__issues fr-mt-2w" role="region" aria-label={t('contributor.missingTitle')} tabIndex={0}>
        <MissingList issues={issues} level={2} compact onGo={onGo} />
      </div>
    );
  }
  if (issues.length === 0) {
    return (
      <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
        <p>{t('contributor.sendClean')}</p>
      </div>
    );
  }
  return (
    <div className="fr-mb-2w">
      {errors > 0 && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
          <p>{t('contributor.sendErrors', { n: errors })}</p>
        </div>
      )}
      {warnings > 0 && (
        <div className="fr-alert fr-alert--info fr-alert--sm">
          <p>{t('contributor.sendWarnings', { n: warnings })}</p>
        </div>
      )}
    </div>
  );
}

/**
 * "Prepare for sending" ("Préparer l'envoi…"): what the package still lacks first, then who signs it (name and
 * email, remembered from last time), then the package is stamped and written to its file.
 * A modal `<dialog>`; a failed send says why and leaves the file as it was.
 */
export function SendDialog() {
  const t = useT();
  const identity = useBilan((s) => s.identity);
  const sending = useBilan((s) => s.sending);
  const error = useBilan((s) => s.sendError);
  const { errors } = usePackageIssues();
  const { closeSend, sendPackage } = useBilan.getState();
  const [person, setPerson] = useState<Person>(identity ?? { name: '', email: '' });
  const [tried, setTried] = useState(false);
  const fields = useRef<IdentityFieldsHandle>(null);
  // The remembered identity may arrive after the dialog opened: fill it in unless typing began.
  useEffect(() => {
    if (identity) setPerson((typed) => (typed.name === '' && typed.email === '' ? identity : typed));
  }, [identity]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!isValidIdentity(person)) return fields.current?.focusFirstError();
    void sendPackage(person);
  };
  return (
    <ModalShell
      className="bilan-send"
      titleId="send-title"
      title={t('contributor.sendTitle')}
      closeLabel={t('contributor.close')}
      onClose={closeSend}
      onSubmit={submit}
      actions={
        <>
          <Button type="button" priority="secondary" onClick={closeSend}>
            {t('contributor.cancel')}
          </Button>
          <Button type="submit" iconId="fr-icon-send-plane-line" disabled={sending}>
            {sending ? t('contributor.sending') : errors > 0 ? t('contributor.sendAnyway') : t('contributor.sendGo')}
          </Button>
        </>
      }
    >
      <p>{t('contributor.sendIntro')}</p>
      <BeforeSending list={false} onGo={closeSend} />
      <fieldset className="fr-fieldset bilan-send__who fr-mb-0">
        <legend className="fr-fieldset__legend">{t('contributor.sendWho')}</legend>
        <div className="fr-fieldset__element">
          <div className="bilan-identity">
            <IdentityFields ref={fields} id="send" value={person} onChange={setPerson} showErrors={tried} />
          </div>
          <p className="fr-hint-text">{t('identity.remembered')}</p>
        </div>
      </fieldset>
      {error && <ErrorNotice title={t('contributor.sendFailed')} error={error} />}
      <BeforeSending list onGo={closeSend} />
    </ModalShell>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { Person } from '../../../../shared/model/report.js';
import { isValidIdentity } from '../../../../shared/validate/identity.js';
import { useT } from '../../i18n/useT.js';
import { RadioChoices } from '../choices/RadioChoices.js';
import { DateFields } from '../fields/DateFields.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { IdentityFields, type IdentityFieldsHandle } from '../contributor/IdentityFields.js';
import { CutResult, type CutRequest } from './CutResult.js';
import '../contributor/contributor.css';
import './merge.css';

/** Cutting one contribution package per lead institution: a deadline, a message, a folder. */
export function CutPackagesPanel() {
  const t = useT();
  const busy = useBilan((s) => s.mergeBusy);
  const error = useBilan((s) => s.mergeError);
  const cut = useBilan((s) => s.lastCut);
  const cutPackages = useBilan((s) => s.cutPackages);
  const [deadline, setDeadline] = useState('');
  const [message, setMessage] = useState('');
  const [format, setFormat] = useState<'bilan' | 'docx'>('bilan');
  // A Word form's languages: both (the interface's first), or French or English only.
  const [wordLangs, setWordLangs] = useState<'both' | 'fr' | 'en'>('both');
  // A Word form says whom to send it back to: the remembered identity, or the one typed here.
  const identity = useBilan((s) => s.identity);
  const identityLoaded = useBilan((s) => s.identityLoaded);
  const [person, setPerson] = useState<Person>(identity ?? { name: '', email: '' });
  const [tried, setTried] = useState(false);
  const [identityError, setIdentityError] = useState<ApiError | null>(null);
  const fields = useRef<IdentityFieldsHandle>(null);
  useEffect(() => {
    if (format === 'docx' && !identityLoaded) void useBilan.getState().loadIdentity();
  }, [format, identityLoaded]);
  useEffect(() => {
    if (identity) setPerson((typed) => (typed.name === '' && typed.email === '' ? identity : typed));
  }, [identity]);
  // The deadline and message the packages were cut with: the e-mails repeat these, not later edits.
  const [sent, setSent] = useState<CutRequest | null>(null);
  return (
    <section aria-labelledby="cut-heading" className="bilan-merge">
      <h1 id="cut-heading" className="fr-h3">
        {t('merge.cut.title')}
      </h1>
      <p className="fr-text--lead">{t('merge.cut.intro')}</p>
      {error && <ErrorNotice title={t('merge.cut.title')} error={error} />}
      <form
        noValidate
        className="bilan-merge__form"
        onSubmit={(e) => {
          e.preventDefault();
          const request = { deadline: deadline || null, message };
          if (format === 'docx') {
            setTried(true);
            if (!isValidIdentity(person)) return fields.current?.focusFirstError();
          }
          setSent(request);
          void (async () => {
            if (format === 'docx' && (person.name !== identity?.name || person.email !== identity.email)) {
              const refusal = await useBilan.getState().saveIdentity(person);
              setIdentityError(refusal);
              if (refusal) return;
            }
            await cutPackages({ ...request, format, ...(format === 'docx' && wordLangs !== 'both' ? { langs: [wordLangs] as ['fr' | 'en'] } : {}) });
          })();
        }}
      >
        <div className="fr-input-group">
          <p className="fr-label" id="cut-deadline-label">
            {t('merge.cut.deadline')}
          </p>
          {/* An unfinished date counts as none until it is whole. */}
          <DateFields id="cut-deadline" value={deadline} onChange={(date) => setDeadline(date ?? '')} labelledBy="cut-deadline-label" />
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="cut-message">
            {t('merge.cut.message')}
          </label>
          <textarea id="cut-message" className="fr-input" rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
        </div>
        <RadioChoices
          id="cut-format"
          legend={t('merge.cut.format')}
          value={format}
          onChange={setFormat}
          choices={[
            { value: 'bilan', label: t('merge.cut.formatBilan'), hint: t('merge.cut.formatBilanHint') },
            { value: 'docx', label: t('merge.cut.formatDocx'), hint: t('merge.cut.formatDocxHint') },
          ]}
        />
        {format === 'docx' && (
          <RadioChoices
            id="cut-langs"
            legend={t('merge.cut.wordLangs')}
            legendHint={t('merge.cut.wordLangsHint')}
            inline
            value={wordLangs}
            onChange={setWordLangs}
            choices={[
              { value: 'both', label: t('merge.cut.wordLangsBoth') },
              { value: 'fr', label: 'Français', lang: 'fr' },
              { value: 'en', label: 'English', lang: 'en' },
            ]}
          />
        )}
        {format === 'docx' && (
          <fieldset className="fr-fieldset" aria-labelledby="cut-contact-legend">
            <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="cut-contact-legend">
              {t('merge.cut.contact')}
            </legend>
            <div className="fr-fieldset__element">
              <div className="bilan-identity">
                <IdentityFields ref={fields} id="cut-contact" value={person} onChange={setPerson} showErrors={tried} role="coordinator" />
              </div>
              <p className="fr-hint-text">{t('identity.remembered')}</p>
              {identityError && <ErrorNotice title={t('merge.cut.contact')} error={identityError} />}
            </div>
          </fieldset>
        )}
        <Button type="submit" iconId="fr-icon-folder-2-line" disabled={busy}>
          {t('merge.cut.submit')}
        </Button>
      </form>
      {cut && <CutResult cut={cut} request={sent ?? { deadline: deadline || null, message }} />}
    </section>
  );
}

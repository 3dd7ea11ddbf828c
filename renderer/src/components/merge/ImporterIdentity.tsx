import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../../shared/model/report.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import { isValidIdentity } from '../../../../shared/validate/identity.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { IdentityFields, type IdentityFieldsHandle } from '../contributor/IdentityFields.js';
import { ErrorNotice } from '../ErrorNotice.js';
import '../contributor/contributor.css';

/**
 * Who the import is recorded under, in each changed card's history: the identity remembered
 * on this computer, asked for once when there is none. Left blank, the history says
 * "imported by unknown", as the help text warns.
 */
export function ImporterIdentity() {
  const t = useT();
  const identity = useBilan((s) => s.identity);
  const loaded = useBilan((s) => s.identityLoaded);
  const { loadIdentity, saveIdentity } = useBilan.getState();
  const [editing, setEditing] = useState(false);
  const [person, setPerson] = useState<Person>({ name: '', email: '' });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = useRef<IdentityFieldsHandle>(null);
  useEffect(() => {
    if (!loaded) void loadIdentity();
  }, [loaded, loadIdentity]);
  if (!loaded) return null;
  if (identity && !editing) {
    return (
      <p className="bilan-importer" data-testid="importer">
        {t('identity.importAs', { name: identity.name, email: identity.email })}{' '}
        <Button
          size="small"
          priority="tertiary no outline"
          onClick={() => {
            setPerson(identity);
            setEditing(true);
          }}
        >
          {t('identity.change')}
        </Button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!isValidIdentity(person)) return fields.current?.focusFirstError();
    const refused = await saveIdentity(person);
    setError(refused);
    if (!refused) setEditing(false);
  };
  return (
    <form className="bilan-importer bilan-importer--ask" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="importer-title">
      <p id="importer-title" className="fr-text--bold fr-mb-1v">
        {t('identity.importTitle')}
      </p>
      <p className="fr-text--sm">{t('identity.importHelp')}</p>
      <IdentityFields ref={fields} id="importer" role="coordinator" value={person} onChange={setPerson} showErrors={tried} />
      {error && <ErrorNotice title={t('identity.importTitle')} error={error} />}
      <Button size="small" type="submit" priority="secondary">
        {t('identity.save')}
      </Button>
    </form>
  );
}

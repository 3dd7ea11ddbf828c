import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ApiError } from '../../../../shared/ipc/result.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** The key of the refusal of a save whose file another window or tab changed since it was opened. */
const CHANGED_ON_DISK = 'save.changedOnDisk';

/**
 * Why the report could not be opened or saved. When its file changed on disk since it was
 * opened, the edits are still all here: the notice offers to save them under another name.
 */
export function SaveErrorNotice({ error }: { error: ApiError }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const save = useBilan((s) => s.save);
  if (error.key !== CHANGED_ON_DISK) return <Alert severity="error" title={t('error.save')} description={error.message[lang]} className="fr-mb-4w" />;
  return (
    <Alert
      severity="warning"
      title={t('save.changedTitle')}
      className="fr-mb-4w"
      description={
        <>
          <p>{error.message[lang]}</p>
          <Button size="small" iconId="fr-icon-save-line" className="fr-mt-1w" onClick={() => void save(true)}>
            {t('save.changedAction')}
          </Button>
        </>
      }
    />
  );
}

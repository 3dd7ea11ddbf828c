import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ApiError } from '../../../shared/ipc/result.js';
import { useBilan } from '../store/index.js';

/** An error from the main process, in the chosen language. */
export function ErrorNotice({ title, error }: { title: string; error: ApiError }) {
  const lang = useBilan((s) => s.lang);
  return <Alert severity="error" title={title} description={error.message[lang]} className="fr-mb-4w" />;
}

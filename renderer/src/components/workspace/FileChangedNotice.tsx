import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { isDirty } from '../../store/slices/document.js';

/**
 * The open report's file was changed on disk by someone else: reload it (after asking, when
 * that loses unsaved changes) or keep this version under another name. In the editor's bar,
 * so that it shows wherever the page is scrolled.
 */
export function FileChangedNotice() {
  const file = useBilan((s) => (s.changedOnDisk !== null && s.changedOnDisk === s.doc?.path ? (s.doc.fileName ?? s.changedOnDisk) : null));
  // Drawn anew each time, without the last one's question.
  return file === null ? null : <Notice file={file} />;
}

function Notice({ file }: { file: string }) {
  const t = useT();
  const dirty = useBilan(isDirty);
  const reloadFromDisk = useBilan((s) => s.reloadFromDisk);
  const keepMyVersion = useBilan((s) => s.keepMyVersion);
  const [confirming, setConfirming] = useState(false);
  const reload = () => (dirty && !confirming ? setConfirming(true) : void reloadFromDisk());
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm bilan-toolbar__confirm" role="alert">
      <p className="fr-text--bold">{t('disk.title')}</p>
      <p>{t('disk.explain', { file })}</p>
      {confirming && <p className="fr-text--bold">{t('disk.confirm')}</p>}
      <div className="bilan-toolbar__confirm-actions">
        <Button size="small" priority={confirming ? 'primary' : 'secondary'} iconId="fr-icon-refresh-line" onClick={reload}>
          {confirming ? t('disk.reloadAnyway') : t('disk.reload')}
        </Button>
        {confirming ? (
          <Button size="small" priority="tertiary" onClick={() => setConfirming(false)}>
            {t('disk.cancel')}
          </Button>
        ) : (
          <Button size="small" priority="secondary" iconId="fr-icon-save-line" onClick={() => void keepMyVersion()}>
            {t('disk.keep')}
          </Button>
        )}
      </div>
    </div>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { ExportCheckList } from './ExportCheckList.js';
import { ExportChoices } from './ExportChoices.js';
import { ApprovalCheck } from '../review/ApprovalCheck.js';
import { ExportDone, ExportRunning } from './ExportProgress.js';
import { ModalShell } from '../modal/ModalShell.js';
import './export.css';

/** The footer's buttons: check, then export (anyway, when texts are missing). */
function Actions() {
  const t = useT();
  const state = useBilan((s) => s.exportJob?.status.state);
  const form = useBilan((s) => s.exportForm);
  const check = useBilan((s) => s.exportCheck);
  const checking = useBilan((s) => s.exportChecking);
  const { checkExport, startExport, minimiseExport, closeExport, openExport, cancelExport } = useBilan.getState();
  const review = useBilan((s) => s.exportReview);
  if (state === 'running') {
    return (
      <>
        <Button priority="tertiary" iconId="fr-icon-close-circle-line" onClick={() => void cancelExport()}>
          {t('export.cancel')}
        </Button>
        <Button priority="secondary" onClick={minimiseExport}>
          {t('export.minimise')}
        </Button>
      </>
    );
  }
  if (state === 'done') {
    return (
      <>
        <Button priority="secondary" onClick={openExport}>{t('export.again')}</Button>
        <Button onClick={closeExport}>{t('export.close')}</Button>
      </>
    );
  }
  const chosen = form.formats.length > 0 && form.langs.length > 0;
  const missing = check?.missing.some((m) => m.texts.length > 0) ?? false;
  // The final export waits for every card to be approved, when the report asks for it (a review copy does not).
  const waiting = !review && (check?.notApproved?.length ?? 0) > 0;
  return (
    <>
      <Button priority={check ? 'secondary' : 'primary'} disabled={!chosen || checking} onClick={() => void checkExport()}>
        {checking ? t('export.checking') : t('export.check')}
      </Button>
      {check && !waiting && (
        // With texts missing, exporting anyway is the second choice, not the blue one: writing them comes first.
        <Button priority={missing ? 'secondary' : 'primary'} disabled={!form.folder} iconId={missing ? 'fr-icon-warning-line' : 'fr-icon-download-line'} onClick={() => void startExport()}>
          {missing ? t('export.goAnyway') : t('export.go')}
        </Button>
      )}
    </>
  );
}

/** Why the export button cannot be used yet, if it cannot. */
function Hint() {
  const t = useT();
  const form = useBilan((s) => s.exportForm);
  const check = useBilan((s) => s.exportCheck);
  if (form.formats.length === 0 || form.langs.length === 0) return <p className="fr-text--sm fr-mb-0">{t('export.needChoices')}</p>;
  if (!form.folder) return <p className="fr-text--sm fr-mb-0">{t('export.needFolder')}</p>;
  if (!check) return <p className="fr-text--sm fr-mb-0">{t('export.checkHelp')}</p>;
  return null;
}

/**
 * The export dialog: choices, the check of what is missing per language, then the export's
 * progress and the files it wrote. A modal `<dialog>` with DSFR's look; Escape closes it, and a
 * running export carries on, shown in the toolbar.
 */
export function ExportDialog() {
  const t = useT();
  const status = useBilan((s) => s.exportJob?.status);
  const check = useBilan((s) => s.exportCheck);
  const error = useBilan((s) => s.exportError);
  const closeExport = useBilan((s) => s.closeExport);
  const form = !status || status.state === 'failed' || status.state === 'cancelled';
  return (
    <ModalShell wide className="bilan-export" titleId="export-title" title={t('export.title')} closeLabel={t('export.close')} onClose={closeExport} actions={<Actions />}>
      {error && <ErrorNotice title={t('export.failed')} error={error} />}
      {status?.state === 'cancelled' && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status" data-testid="export-cancelled">
          <p>{t('export.cancelled')}</p>
        </div>
      )}
      {form && <ExportChoices />}
      {form && <Hint />}
      {form && check && <ExportCheckList check={check} />}
      {form && check && <ApprovalCheck check={check} />}
      {status?.state === 'running' && <ExportRunning status={status} />}
      {status?.state === 'done' && <ExportDone status={status} />}
    </ModalShell>
  );
}

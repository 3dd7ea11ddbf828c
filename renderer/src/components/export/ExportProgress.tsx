import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ExportStatus } from '../../../../shared/ipc/dto.js';
import { formatPercent } from '../../../../shared/i18n/i18n.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { inBrowser } from '../../store/slices/host.js';
import { Downloads } from '../host/Downloads.js';

/** What the export is doing now, in words: "PDF en français". */
export function useStageLabel(): (status: ExportStatus) => string {
  const t = useT();
  return ({ stage }) => (stage ? t('export.stage', { format: stage.format.toUpperCase(), lang: t(`lang.name.${stage.lang}`) }) : t('export.preparing'));
}

/** The running export: a progress bar with its stage; the user may go back to editing. */
export function ExportRunning({ status }: { status: ExportStatus }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const stage = useStageLabel()(status);
  return (
    <div className="bilan-export__progress">
      <label htmlFor="export-progress" className="fr-label">
        {t('export.running')} – {stage}
      </label>
      <progress id="export-progress" max={1} value={status.fraction} aria-valuetext={`${formatPercent(lang, status.fraction)}, ${stage}`} />
      <p className="fr-text--sm fr-mt-1w" aria-live="polite">
        {formatPercent(lang, status.fraction)}
      </p>
    </div>
  );
}

/** The files an export wrote. */
export function ExportDone({ status }: { status: ExportStatus }) {
  const t = useT();
  const browser = useBilan(inBrowser);
  const folder = useBilan((s) => s.exportForm.folder);
  const files = status.files ?? [];
  return (
    <div className="bilan-export__done" role="status">
      <h2 className="fr-h6 fr-mb-1w">{t('export.done')}</h2>
      {/* In the browser, the files are on the server's disk: each is offered to download. */}
      {browser ? (
        <Downloads folder={folder ?? ''} files={files} />
      ) : (
        <ul data-testid="export-files">
          {files.map((file) => (
            <li key={file}>
              <code>{file}</code>
            </li>
          ))}
        </ul>
      )}
      {!!status.outOfDate && <p className="fr-text--sm">{t('export.doneOutOfDate', { count: status.outOfDate })}</p>}
    </div>
  );
}

/** The toolbar's export button; while a minimised export runs, its progress instead. */
export function ExportIndicator() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const dialog = useBilan((s) => s.exportDialog);
  const status = useBilan((s) => s.exportJob?.status);
  const openExport = useBilan((s) => s.openExport);
  if (dialog === 'minimised' && status && (status.state === 'done' || status.state === 'failed')) {
    const done = status.state === 'done';
    return (
      <span role="status">
        <Button size="small" priority="tertiary" iconId={done ? 'fr-icon-success-line' : 'fr-icon-error-warning-line'} onClick={openExport}>
          {done ? t('export.indicatorDone') : t('export.indicatorFailed')}
        </Button>
      </span>
    );
  }
  if (dialog === 'minimised' && status?.state === 'running') {
    const percent = formatPercent(lang, status.fraction);
    return (
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary bilan-export__indicator" aria-label={t('export.indicatorLabel', { percent })} onClick={openExport}>
        <progress max={1} value={status.fraction} aria-hidden="true" />
        <span>{t('export.indicator', { percent })}</span>
      </button>
    );
  }
  return (
    <Button size="small" priority="secondary" iconId="fr-icon-download-line" onClick={openExport}>
      {t('export.open')}
    </Button>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { LANGS } from '../../../../shared/model/langs.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ErrorNotice } from '../ErrorNotice.js';

/**
 * "Preview as it will print": a PDF of the package's cards alone, in the languages chosen,
 * rendered off the main thread and opened with the system's PDF viewer. What is still missing
 * shows in it as visible placeholder text.
 */
export function PreviewBox() {
  const t = useT();
  const docId = useBilan((s) => s.doc!.docId);
  const langs = useBilan((s) => s.previewLangs);
  const preview = useBilan((s) => (s.preview?.docId === docId ? s.preview : null));
  const error = useBilan((s) => s.previewError);
  const { togglePreviewLang, startPreview } = useBilan.getState();
  const running = preview?.status.state === 'running';
  return (
    <section aria-labelledby="preview-heading" className="bilan-contribution__preview">
      <h2 id="preview-heading" className="fr-h5 fr-mb-1w">
        {t('contributor.preview')}
      </h2>
      <p className="fr-text--sm">{t('contributor.previewHelp')}</p>
      <Checkbox
        small
        legend={t('contributor.previewLangs')}
        orientation="horizontal"
        state={langs.length === 0 ? 'error' : 'default'}
        stateRelatedMessage={langs.length === 0 ? t('contributor.previewNeedLang') : undefined}
        options={LANGS.map((l) => ({ label: t(`lang.${l}`), nativeInputProps: { name: 'preview-lang', value: l, lang: l, checked: langs.includes(l), onChange: () => togglePreviewLang(l) } }))}
      />
      <Button priority="secondary" iconId="fr-icon-file-pdf-line" disabled={running || langs.length === 0} onClick={() => void startPreview()}>
        {t('contributor.previewGo')}
      </Button>
      <div role="status" className="bilan-contribution__preview-status">
        {running && (
          <p className="fr-mb-0">
            {t('contributor.previewRunning')} <progress max={1} value={preview.status.fraction} aria-label={t('contributor.previewRunning')} />
          </p>
        )}
        {preview?.files && preview.files.length > 0 && (
          <>
            <p className="fr-mb-1v">{t('contributor.previewOpened')}</p>
            <ul className="bilan-contribution__files">
              {preview.files.map((f) => (
                <li key={f}>
                  <code>{f}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {error && <ErrorNotice title={t('contributor.previewFailed')} error={error} />}
    </section>
  );
}

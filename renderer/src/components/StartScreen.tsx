import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEditorWarmup } from '../editor/warm-up.js';
import { useT } from '../i18n/useT.js';
import { openImportDocx } from './import-docx/store.js';
import { useBilan } from '../store/index.js';
import { ErrorNotice } from './ErrorNotice.js';
import { RecentFiles } from './RecentFiles.js';
import { SampleCard } from './SampleCard.js';

/** The first screen: the recent files, open a file, start a report (empty or from an action plan), then the sample reports. */
export function StartScreen() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const samples = useBilan((s) => s.samples);
  const templates = useBilan((s) => s.templates);
  const status = useBilan((s) => s.samplesStatus);
  const error = useBilan((s) => s.samplesError);
  const newReport = useBilan((s) => s.newReport);
  const newReportFrom = useBilan((s) => s.newReportFrom);
  const opening = useBilan((s) => s.opening);
  const chooseAndOpen = useBilan((s) => s.chooseAndOpen);
  // Not before the screen shows what it lists: the warm-up must not delay it.
  useEditorWarmup(status === 'ready' || status === 'failed', opening !== null);
  // First what a civil servant came to do (open their file, start a report), then the samples.
  // One above the other, each the page's width: a template's buttons ("Nouveau rapport",
  // "À partir d’un rapport « … »…", "Importer un document Word…") then keep to one line at
  // 1366 px, where a column of seven twelfths broke them over two.
  return (
    <>
      <h1 className="fr-h3">{t('start.heading')}</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <section className="fr-col-12" aria-labelledby="open-title">
          <div className="bilan-aside">
            <h2 id="open-title" className="fr-h5">
              {t('start.openTitle')}
            </h2>
            <RecentFiles />
            <p className="fr-text--sm bilan-muted">{t('start.openHelp')}</p>
            <Button iconId="fr-icon-folder-2-line" disabled={opening !== null} onClick={() => void chooseAndOpen()}>
              {t('start.open')}
            </Button>
          </div>
        </section>
        <section className="fr-col-12" aria-labelledby="templates-title">
          <div className="bilan-aside">
            <h2 id="templates-title" className="fr-h5">
              {t('start.new')}
            </h2>
            <ul className="bilan-templates">
              {templates.map((tpl) => (
                <li key={tpl.id}>
                  <p className="fr-text--bold fr-mb-1v">{tpl.name[lang]}</p>
                  <p className="fr-text--sm bilan-muted fr-mb-1w">{tpl.description[lang]}</p>
                  <div className="bilan-template-actions">
                    <Button size="small" priority="secondary" iconId="fr-icon-file-add-line" disabled={opening === tpl.id} onClick={() => void newReport(tpl.id)} title={t('start.newLabel', { name: tpl.name[lang] })}>
                      {t('start.new')}
                    </Button>
                    {tpl.from.map((source) => (
                      <Button key={source.id} size="small" priority="tertiary" iconId="fr-icon-file-text-line" disabled={opening === tpl.id} onClick={() => void newReportFrom(tpl.id)} title={t('start.fromPlanLabel', { name: tpl.name[lang], source: source.name[lang] })}>
                        {t('start.fromPlan', { source: source.name[lang] })}
                      </Button>
                    ))}
                    <Button size="small" priority="tertiary" iconId="fr-icon-file-text-line" onClick={() => openImportDocx(tpl.id)} title={t('start.importDocxLabel', { name: tpl.name[lang] })}>
                      {t('start.importDocx')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </div>
      <section aria-labelledby="samples-title">
        <h2 id="samples-title" className="fr-h4">
          {t('start.title')}
        </h2>
        <p className="fr-mb-3w">{t('start.intro')}</p>
        {error && <ErrorNotice title={t('error.samples')} error={error} />}
        {status === 'loading' && <p role="status">{t('start.loading')}</p>}
        {status === 'ready' && samples.length === 0 && <p>{t('start.empty')}</p>}
        <ul className="bilan-samples" aria-labelledby="samples-title">
          {samples.map((sample) => (
            <li key={sample.path}>
              <SampleCard sample={sample} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

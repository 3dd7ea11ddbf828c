import { useEffect } from 'react';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { AppHeader } from './AppHeader.js';
import { ErrorNotice } from './ErrorNotice.js';
import { ReportOutline } from './ReportOutline.js';
import { StartScreen } from './StartScreen.js';

/** The application: the banner, then the start screen or the opened report. */
export function App() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report);
  const reportError = useBilan((s) => s.reportError);
  const loadStartScreen = useBilan((s) => s.loadStartScreen);

  useEffect(() => void loadStartScreen(), [loadStartScreen]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = report ? `${report.title[lang] || report.title.fr} – ${t('app.name')}` : t('app.name');
  });

  return (
    <>
      <AppHeader />
      <main id="main" className="fr-container fr-py-5w" tabIndex={-1}>
        {reportError && <ErrorNotice title={t('error.title')} error={reportError} />}
        {report ? <ReportOutline report={report} /> : <StartScreen />}
      </main>
    </>
  );
}

import { lazy, Suspense, useEffect } from 'react';
import { contentIn } from '../../../shared/report/localized.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { AppHeader } from './AppHeader.js';
import { ErrorNotice } from './ErrorNotice.js';
import { FileChooser } from './host/FileChooser.js';
import { ImportDocxDialog } from './import-docx/ImportDocxDialog.js';
import { IconWarmup } from './IconWarmup.js';
import { RecoveryBanner } from './RecoveryBanner.js';
import { StartScreen } from './StartScreen.js';
import { EDITOR_ICONS } from './workspace/editor-icons.js';
import { EditorScreen } from './workspace/EditorScreen.js';
import { SkipLink } from './workspace/SkipLink.js';

/** Spelling in the fields (its worker and word lists load on first need, never with the page). */
const SpellingLayer = lazy(() => import('../spelling/SpellingLayer.js'));
/** The print preview beside the text (pdf.js loads when it is first opened). */
const PreviewDock = lazy(() => import('./preview/PreviewDock.js'));

/** The application: the banner, then the start screen or the report being edited. */
export function App() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const editing = useBilan((s) => s.doc !== null);
  const title = useBilan((s) => s.report?.title);
  const docError = useBilan((s) => s.docError);
  // Not before the start screen has what it shows: the warm-up must not delay it.
  const settled = useBilan((s) => s.doc !== null || s.samplesStatus === 'ready' || s.samplesStatus === 'failed');

  useEffect(() => {
    document.documentElement.lang = lang;
    const name = title && (contentIn(title, lang) || contentIn(title, 'fr'));
    document.title = name ? `${name} – ${t('app.name')}` : t('app.name');
  });

  return (
    <>
      {editing && <SkipLink />}
      <AppHeader />
      {editing ? (
        <EditorScreen />
      ) : (
        <main id="main" className="fr-container fr-py-5w" tabIndex={-1}>
          {docError && <ErrorNotice title={t('error.title')} error={docError} />}
          <RecoveryBanner />
          <StartScreen />
        </main>
      )}
      <ImportDocxDialog />
      <FileChooser />
      {editing && (
        <Suspense fallback={null}>
          <SpellingLayer />
          <PreviewDock />
        </Suspense>
      )}
      <IconWarmup icons={EDITOR_ICONS} start={settled} />
    </>
  );
}

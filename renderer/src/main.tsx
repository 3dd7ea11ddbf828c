// First: in a browser, `window.api` is installed here before anything reads it.
import './host/install.js';
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-design/icons-design.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-device/icons-device.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-document/icons-document.main.min.css';
import './styles/app.css';
import './styles/editor.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { runViewCommand } from './components/find/commands.js';
import { startZoom } from './components/host/zoom.js';
import { servedOverHttp } from './host/install.js';
import { isTextEditing } from './components/workspace/useEditorKeys.js';
import { useBilan } from './store/index.js';
import { openImportDocx } from './components/import-docx/store.js';

// DSFR's own script is not started: the components used here are CSS-only, and its colour-
// scheme logic injects inline styles that the page's CSP refuses.

window.api.onReportOpened((reply) => useBilan.getState().receiveLoaded(reply));
window.api.onMenuCommand((command) => {
  const store = useBilan.getState();
  if (runViewCommand(command)) return;
  if (command === 'save' || command === 'saveAs') return void store.save(command === 'saveAs');
  if (command === 'importDocx') return openImportDocx();
  // A contribution package is not exported, cut or merged: its preview is in "before sending".
  if (store.report?.package && (command === 'export' || command === 'cutPackages' || command === 'importPackages' || command === 'beforeSending')) return store.showView({ kind: 'contribution' });
  if (command === 'beforeSending' || command === 'sendPackage') {
    // The contributor's commands, offered only while a package is open.
    if (store.report?.package && command === 'sendPackage') store.openSend();
    return;
  }
  if (command === 'export') return store.openExport();
  if (command === 'cutPackages') return store.showView({ kind: 'packages' });
  if (command === 'importPackages') return void store.startImport();
  // From the menu, undo acts on the text being typed if any, else on the whole report.
  if (isTextEditing(document.activeElement)) document.execCommand(command);
  else if (command === 'undo') store.undo();
  else store.redo();
});

// The start screen's samples, templates and recovery copies, asked for now, while React draws
// the page: asked from an effect, the requests left only after that first frame, and the
// samples came a tenth of a second later (tests/bench/editor-bench.ts).
void useBilan.getState().loadStartScreen();
// The page's zoom in the browser (the desktop window zooms itself), and its narrow layout.
startZoom(servedOverHttp);
// Whether files are chosen in the page (bilan serve) or by the desktop's dialogs.
void useBilan.getState().loadHost();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

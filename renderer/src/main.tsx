import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { useBilan } from './store/index.js';

// DSFR's own script is not started: the components used here are CSS-only, and its colour-
// scheme logic injects inline styles that the page's CSP refuses.
window.api.onReportOpened((reply) => useBilan.getState().receiveReport(reply));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

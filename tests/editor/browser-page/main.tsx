/// <reference types="vite/client" />
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import './page.css';
import { StrictMode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LazyRichTextField } from '../../../renderer/src/editor/LazyRichTextField.js';
import { MediaUrlContext } from '../../../renderer/src/editor/media.js';
import { flushPendingEdits } from '../../../renderer/src/editor/pending-edits.js';
import { RichTextField } from '../../../renderer/src/editor/RichTextField.js';
import { RichTextPreview } from '../../../renderer/src/editor/RichTextPreview.js';
import type { RichText } from '../../../shared/model/richtext.js';
import { EVERY_KIND } from './every-kind.js';
import { longValue } from './long-value.js';

// A test page for the rich-text field, driven by tests/editor-browser. Query parameters:
// words=N (start with about N words), sample=1 (a paragraph and an image), sample=all (every
// kind of content), ui=en, lang=en, readonly=1. The page keeps the value as the card editor
// does, echoing each change back. view=lazy puts the field, as the card editor mounts it
// (LazyRichTextField), three screens down the page under an input (#before); view=compare
// draws a preview (#preview) beside the editor (#field), side by side at the same width.

/** What the page exposes to the browser tests. */
interface TestWindow {
  __value?: RichText;
  __changes: number;
  __setValue(value: RichText): void;
  __unmount(): void;
  __flushPendingEdits(): void;
  __pwned?: unknown;
}
const testWindow = window as unknown as TestWindow;

const params = new URLSearchParams(location.search);
const SAMPLE: RichText = [
  { type: 'paragraph', children: [{ type: 'text', text: 'Texte existant.' }] },
  { type: 'image', media: 'chart', alt: 'Graphique des jalons' },
];
const initial: RichText = params.has('words') ? longValue(Number(params.get('words'))) : params.get('sample') === '1' ? SAMPLE : params.get('sample') === 'all' ? EVERY_KIND : [];
const view = params.get('view');

// A small drawn image, as the app would give a blob: URL of the report's media.
const CHART = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80"><rect width="320" height="80" fill="#e3e3fd"/><rect x="20" y="40" width="60" height="30" fill="#000091"/><rect x="100" y="20" width="60" height="50" fill="#000091"/><rect x="180" y="10" width="60" height="60" fill="#000091"/></svg>',
)}`;
const mediaUrl = (media: string) => (media === 'chart' ? CHART : undefined);

function Page() {
  const [value, setValue] = useState(initial);
  const [mounted, setMounted] = useState(true);
  useEffect(() => {
    testWindow.__changes = 0;
    testWindow.__setValue = setValue;
    // At once, as when the card editor closes: the test reads the value right after.
    testWindow.__unmount = () => flushSync(() => setMounted(false));
    // As the print preview asks once typing has stopped.
    testWindow.__flushPendingEdits = flushPendingEdits;
  }, []);
  const onChange = (next: RichText) => {
    testWindow.__value = next;
    testWindow.__changes++;
    setValue(next);
  };
  const props = {
    value,
    onChange,
    lang: params.get('lang') === 'en' ? ('en' as const) : ('fr' as const),
    uiLang: params.get('ui') === 'en' ? ('en' as const) : ('fr' as const),
    label: 'Résultats',
    ariaDescribedBy: 'hint',
    readOnly: params.get('readonly') === '1',
  };
  if (view === 'compare') {
    return (
      <MediaUrlContext.Provider value={mediaUrl}>
        <div className="compare">
          <div id="preview-box">
            <RichTextPreview {...props} id="preview" label="Aperçu" onActivate={() => undefined} />
          </div>
          <div id="editor-box">
            <RichTextField {...props} id="field" />
          </div>
        </div>
      </MediaUrlContext.Provider>
    );
  }
  return (
    <MediaUrlContext.Provider value={mediaUrl}>
      {view === 'lazy' && (
        <>
          <label className="fr-label" htmlFor="before">
            Champ précédent
          </label>
          <input id="before" className="fr-input" />
          <div className="spacer" />
        </>
      )}
      <p id="hint" className="fr-hint-text">
        Décrivez les résultats obtenus.
      </p>
      {mounted && (view === 'lazy' ? <LazyRichTextField {...props} id="field" /> : <RichTextField {...props} id="field" />)}
      <label className="fr-label fr-mt-2w" htmlFor="next">
        Champ suivant
      </label>
      <input id="next" className="fr-input" />
    </MediaUrlContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

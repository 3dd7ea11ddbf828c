import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { RichText } from '../../../shared/model/richtext.js';
import { loadEditor } from './load-editor.js';

/** What the warm-up editor holds: the blocks and marks a card's fields use most. */
const WARM_VALUE: RichText = [
  { type: 'heading', level: 3, children: [{ type: 'text', text: 'Étapes' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Un paragraphe ' },
      { type: 'text', text: 'en gras', bold: true },
      { type: 'text', text: ', en italique', italic: true },
      { type: 'text', text: ' et ' },
      { type: 'link', url: 'https://www.example.org/', children: [{ type: 'text', text: 'un lien' }] },
      { type: 'text', text: '.' },
    ],
  },
  {
    type: 'list',
    ordered: false,
    items: [
      { children: [{ type: 'text', text: 'Un point' }], sublist: { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Un sous-point' }] }] } },
      { children: [{ type: 'text', text: 'Un autre point' }] },
    ],
  },
];

/** The user-timing measure of the warm-up editor's mount, recorded once it is unmounted. */
const WARM_UP_MEASURE = 'bilan:editor-warm-up';

let started = false;

/**
 * Loads the editor's code and runs one editor, off the page, while the window is idle: the
 * first editor a page mounts costs several times what the next ones do, the time V8 takes to
 * compile Lexical's code and React's paths through it on their first run
 * (tests/bench/editor-bench.ts). Done while the start screen waits for the user, that cost is
 * no longer paid between the click that opens a report and its first editor.
 *
 * Each step (loading the code, mounting the editor, unmounting it) takes an idle period of its
 * own, so that a click waits for one step at most. The editor is mounted in an element that is
 * never attached to the page: nothing is drawn, focused or read aloud, and nothing reaches the
 * store (its `onChange` does nothing). Runs once per page; the function returned stops the
 * steps not yet started, except the unmounting of an editor already mounted (stopped before its
 * first step, as React's strict mode does to every effect once, the warm-up can start again).
 */
export function warmEditor(): () => void {
  if (started) return () => undefined;
  started = true;
  let stopped = false;
  let begun = false;
  // A step asked for before the warm-up was stopped still runs, and does nothing, unless it
  // unmounts the editor: that one always runs.
  const next = (step: () => void, always = false) => void requestIdleCallback(() => (always || !stopped) && step());
  next(() => {
    begun = true;
    loadEditor().then(
      ({ RichTextField }) =>
        next(() => {
          const start = performance.now();
          const root = createRoot(document.createElement('div'));
          flushSync(() => root.render(<RichTextField value={WARM_VALUE} onChange={() => undefined} lang="fr" label="" uiLang="fr" />));
          const end = performance.now();
          next(() => {
            root.unmount();
            // For the profiler and the tests: the mount's time, recorded once all is undone.
            performance.measure(WARM_UP_MEASURE, { start, end });
          }, true);
        }),
      // A field that needs the editor tries again, and reports the failure.
      () => undefined,
    );
  });
  return () => {
    stopped = true;
    if (!begun) started = false;
  };
}

/**
 * Readies the rich-text editor while the start screen waits for the user: warmed up in idle time
 * once the screen has what it shows (`settled`, see {@link warmEditor}), and stopped when the
 * screen goes; its code loaded at once when a report starts `opening`, while the report is read,
 * if the user was quicker than the warm-up.
 */
export function useEditorWarmup(settled: boolean, opening: boolean): void {
  useEffect(() => (settled ? warmEditor() : undefined), [settled]);
  useEffect(() => {
    // A failure is reported by the field that needs the editor, which tries again.
    if (opening) loadEditor().then(undefined, () => undefined);
  }, [opening]);
}

import { useEffect } from 'react';
import { loadEditor } from '../editor/load-editor.js';
import { warmEditor } from '../editor/warm-up.js';
import { useBilan } from '../store/index.js';

/**
 * Readies the rich-text editor before a report needs it: warmed up in idle time while the start
 * screen waits for the user (see `warmEditor`), and its code loaded as soon as a report starts
 * opening, while the report is read, if the user was quicker than the warm-up.
 */
export function useEditorWarmup(): void {
  const waiting = useBilan((s) => s.doc === null && (s.samplesStatus === 'ready' || s.samplesStatus === 'failed'));
  const opening = useBilan((s) => s.opening !== null);
  useEffect(() => (waiting ? warmEditor() : undefined), [waiting]);
  useEffect(() => {
    // A failure is reported by the field that needs the editor, which tries again.
    if (opening) loadEditor().then(undefined, () => undefined);
  }, [opening]);
}

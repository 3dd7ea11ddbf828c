import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND, HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RichText } from '../../../../shared/model/richtext.js';
import { $exportRichText, $importRichText } from '../convert.js';
import { holdsPendingEdits } from '../pending-edits.js';
import { ValueSync } from '../value-sync.js';

/** Tags the updates that load a value from outside, which are not edits to emit back. */
export const LOAD_TAG = 'bilan-load';

/** Pause after the last edit before the value is emitted. */
export const EMIT_DELAY_MS = 300;

/** The owner's value and where the editor's changes go. */
export interface ValueSyncPluginProps {
  value: RichText;
  onChange(value: RichText): void;
}

/**
 * Emits the editor's content as report rich text after a pause in typing, at once when the
 * editor loses focus, the page is hidden, the field unmounts or someone needs the report as typed
 * now (`flushPendingEdits`: the print preview, once typing has stopped, does not wait for
 * this pause on top of its own); reloads the editor when the value changes from outside (see
 * {@link ValueSync}). Renders nothing.
 */
export function ValueSyncPlugin({ value, onChange }: ValueSyncPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  const [sync] = useState(
    () => new ValueSync(value, { read: () => editor.read(() => $exportRichText()), emit: (v) => onChangeRef.current(v), delayMs: EMIT_DELAY_MS }),
  );

  useEffect(() => {
    const flush = () => sync.flush();
    window.addEventListener('pagehide', flush);
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        sync.edited();
      }),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('focusout', flush);
        root?.addEventListener('focusout', flush);
      }),
      () => window.removeEventListener('pagehide', flush),
      holdsPendingEdits(flush),
      // Last: the field is going away, its waiting edits must still reach the report.
      flush,
    );
  }, [editor, sync]);

  useEffect(() => {
    if (!sync.incoming(value)) return;
    editor.update(() => $importRichText(value), { tag: [LOAD_TAG, HISTORY_MERGE_TAG], discrete: true });
    // Undoing past a reload would bring back another card's text, or the text an undo removed.
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, sync, value]);

  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { $readToolbarState, sameToolbarState, type ToolbarState } from './toolbar-state.js';

/** Follows the selection of the editor in context. */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(() => editor.getEditorState().read($readToolbarState, { editor }));
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readToolbarState, { editor });
        setState((previous) => (sameToolbarState(previous, next) ? previous : next));
      }),
    [editor],
  );
  return state;
}

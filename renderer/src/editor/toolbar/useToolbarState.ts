import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, mergeRegister } from 'lexical';
import { useEffect, useState } from 'react';
import { $readToolbarState, IDLE_TOOLBAR, sameToolbarState, type ToolbarState } from './toolbar-state.js';
import type { ToolbarStatus } from './tools.js';

/** Follows the selection and the history of the editor in context. */
export function useToolbarState(): ToolbarStatus {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(IDLE_TOOLBAR);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState, { editor });
          setState((previous) => (sameToolbarState(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return { ...state, canUndo, canRedo };
}

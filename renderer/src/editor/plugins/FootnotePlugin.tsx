import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { $createFootnoteNode } from '../nodes/FootnoteNode.js';

/** Inserts a footnote with the given text just after the selection, then puts the caret after it. */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<string> = createCommand('INSERT_FOOTNOTE_COMMAND');

/** Handles {@link INSERT_FOOTNOTE_COMMAND}. Renders nothing. */
export function FootnotePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_FOOTNOTE_COMMAND,
        (text) => {
          const selection = $getSelection();
          const note = text.trim();
          if (!$isRangeSelection(selection) || note === '') return false;
          // The note goes after what is selected, never in place of it.
          if (!selection.isCollapsed()) {
            const end = selection.isBackward() ? selection.anchor : selection.focus;
            selection.anchor.set(end.key, end.offset, end.type);
            selection.focus.set(end.key, end.offset, end.type);
          }
          const footnote = $createFootnoteNode().append($createTextNode(note));
          selection.insertNodes([footnote]);
          footnote.selectNext();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

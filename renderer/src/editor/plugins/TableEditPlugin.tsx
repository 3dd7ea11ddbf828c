import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import { $createParagraphNode, $getSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';

/** What can be done to the table the selection is in. */
export type TableEdit = 'row-above' | 'row-below' | 'column-left' | 'column-right' | 'delete-row' | 'delete-column' | 'delete-table';

/** Adds or removes a row or column at the selection, or removes the whole table. */
export const EDIT_TABLE_COMMAND: LexicalCommand<TableEdit> = createCommand('EDIT_TABLE_COMMAND');

/** Handles {@link EDIT_TABLE_COMMAND}; Lexical's TablePlugin does the rest. Renders nothing. */
export function TableEditPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        EDIT_TABLE_COMMAND,
        (edit) => {
          const anchor = $getSelection()?.getNodes()[0];
          const cell = anchor ? $getTableCellNodeFromLexicalNode(anchor) : null;
          if (!cell) return false;
          switch (edit) {
            case 'row-above':
            case 'row-below':
              $insertTableRowAtSelection(edit === 'row-below');
              break;
            case 'column-left':
            case 'column-right':
              $insertTableColumnAtSelection(edit === 'column-right');
              break;
            case 'delete-row':
              $deleteTableRowAtSelection();
              break;
            case 'delete-column':
              $deleteTableColumnAtSelection();
              break;
            case 'delete-table': {
              const table = $getTableNodeFromLexicalNodeOrThrow(cell);
              // Keep somewhere to type when the table was the field's only content.
              const paragraph = $createParagraphNode();
              table.replace(paragraph);
              paragraph.select();
              break;
            }
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

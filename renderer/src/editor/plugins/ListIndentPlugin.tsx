import { $getListDepth, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $findMatchingParent,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  mergeRegister,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { MAX_LIST_DEPTH } from '../rules.js';

/** The list items the selection touches. */
export function $selectedListItems(): ListItemNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const items = new Map<string, ListItemNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const item = $isListItemNode(node) ? node : $findMatchingParent(node, $isListItemNode);
    if (item) items.set(item.getKey(), item);
  }
  return [...items.values()];
}

/**
 * Tab and Shift+Tab nest and un-nest list items, down to the deepest nesting a report holds.
 * Outside lists Tab keeps its usual meaning, moving to the next control, so the keyboard is
 * never trapped in the field; indenting other blocks is refused because a report does not
 * keep it. Renders nothing.
 */
export function ListIndentPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            if ($selectedListItems().length === 0) return false;
            event.preventDefault();
            return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INDENT_CONTENT_COMMAND,
          () => {
            const items = $selectedListItems();
            // Returning true stops the command: nothing is indented.
            return items.length === 0 || items.some((item) => listDepth(item) >= MAX_LIST_DEPTH);
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

function listDepth(item: ListItemNode): number {
  const list = item.getParent();
  return $isListNode(list) ? $getListDepth(list) : 0;
}

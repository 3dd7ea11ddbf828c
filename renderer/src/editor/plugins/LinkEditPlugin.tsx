import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode, $findMatchingParent, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { isKeptUrl } from '../rules.js';

/**
 * Links the selection to a URL, changes the URL of the link the caret is in, or with null
 * removes that link. With nothing selected outside a link, the URL itself is inserted as the
 * link's text. Unsafe URLs (see `isSafeUrl`) are refused: the command then returns false.
 */
export const SET_LINK_COMMAND: LexicalCommand<string | null> = createCommand('SET_LINK_COMMAND');

/** Handles {@link SET_LINK_COMMAND}. Renders nothing. */
export function LinkEditPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        SET_LINK_COMMAND,
        (url) => {
          if (url !== null && !isKeptUrl(url)) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
          if (url !== null && selection.isCollapsed() && !link) {
            const node = $createLinkNode(url).append($createTextNode(url));
            selection.insertNodes([node]);
            node.selectNext();
            return true;
          }
          if (url !== null && selection.isCollapsed() && link) {
            link.setURL(url);
            return true;
          }
          return editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

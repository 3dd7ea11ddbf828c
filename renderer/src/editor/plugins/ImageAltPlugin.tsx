import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { SET_IMAGE_ALT_COMMAND } from '../nodes/image-commands.js';
import { $isImageNode } from '../nodes/ImageNode.js';
import { MAX_ALT_LENGTH } from '../rules.js';

/** Handles `SET_IMAGE_ALT_COMMAND`, which an image's alternative-text box dispatches. Renders nothing. */
export function ImageAltPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        SET_IMAGE_ALT_COMMAND,
        ({ key, alt }) => {
          const node = $getNodeByKey(key);
          if (!$isImageNode(node)) return false;
          node.setAlt(alt.slice(0, MAX_ALT_LENGTH));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, createCommand, type LexicalCommand, mergeRegister, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $insertCleanHtml } from '../paste.js';

/** Inserts HTML at the selection as clean report rich text. */
export const INSERT_CLEAN_HTML_COMMAND: LexicalCommand<string> = createCommand('INSERT_CLEAN_HTML_COMMAND');

/**
 * Routes every paste that carries HTML through the report's cleaner, ahead of Lexical's own
 * paste: styles, scripts, unsafe links and unknown content never reach the card. Plain-text
 * pastes keep Lexical's handling. Renders nothing.
 */
export function CleanPastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_CLEAN_HTML_COMMAND,
          (html) => {
            $insertCleanHtml(html);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const html = 'clipboardData' in event ? event.clipboardData?.getData('text/html') : undefined;
            if (!html) return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_CLEAN_HTML_COMMAND, html);
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

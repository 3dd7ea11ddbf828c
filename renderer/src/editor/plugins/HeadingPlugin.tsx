import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';

/** A sub-heading level inside a field, or null for body text. */
export type HeadingLevel = 1 | 2 | 3 | null;

/** Turns the selected blocks into sub-headings of a level, or back into paragraphs. */
export const SET_HEADING_COMMAND: LexicalCommand<HeadingLevel> = createCommand('SET_HEADING_COMMAND');

/** Handles {@link SET_HEADING_COMMAND}. Renders nothing. */
export function HeadingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        SET_HEADING_COMMAND,
        (level) => {
          $setBlocksType($getSelection(), () => (level === null ? $createParagraphNode() : $createHeadingNode(`h${level}`)));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

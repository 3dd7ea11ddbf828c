import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $setSelection } from 'lexical';
import { useLayoutEffect } from 'react';
import { resolveCaretPath, type Activation } from '../caret-path.js';

/**
 * Focuses the editor as it mounts in place of a preview the user focused or pressed, with the
 * caret where the press was: in the same commit, so that the keys typed next reach it. The
 * caret goes into the editor's own selection too, which survives its area being redrawn.
 * Renders nothing.
 */
export function MountFocusPlugin({ at }: { at: Activation }): null {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (!root) return undefined;
    root.focus({ preventScroll: true });
    if (at.kind !== 'press' || !at.place) return undefined;
    const place = at.place;
    if (at.input) {
      // An image's alternative text: its box is drawn by React just after the editor's text.
      const frame = requestAnimationFrame(() => {
        const input = resolveCaretPath(root, place)?.node;
        if (input instanceof HTMLInputElement) input.focus();
      });
      return () => cancelAnimationFrame(frame);
    }
    const caret = resolveCaretPath(root, place);
    const selection = document.getSelection();
    if (!caret || !selection) return undefined;
    selection.collapse(caret.node, caret.offset);
    editor.update(() => $setSelection($createRangeSelectionFromDom(selection, editor)), { discrete: true });
    return undefined;
  }, [editor, at]);
  return null;
}

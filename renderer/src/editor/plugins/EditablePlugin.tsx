import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Makes the editor read-only or editable as the field's `readOnly` prop changes. Renders nothing. */
export function EditablePlugin({ readOnly }: { readOnly: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  return null;
}

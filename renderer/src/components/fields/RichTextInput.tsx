import { LazyRichTextField } from '../../editor/LazyRichTextField.js';
import { useEditorModule } from '../../editor/load-editor.js';
import { RichTextPreview } from '../../editor/RichTextPreview.js';
import { useBilan } from '../../store/index.js';
import type { RichTextFieldProps } from './RichTextFallback.js';

/**
 * The rich-text field the card editor uses: the Lexical editor, its toolbar in the interface's
 * language; its preview for the moment the editor's code takes to load, the first time.
 * (`RichTextFallback` has the same props, for views where Lexical is not wanted.)
 */
export function RichTextInput(props: RichTextFieldProps) {
  const uiLang = useBilan((s) => s.lang);
  const editor = useEditorModule();
  if (!editor) return <RichTextPreview {...props} uiLang={uiLang} onActivate={() => undefined} />;
  return <editor.RichTextField {...props} uiLang={uiLang} />;
}

/**
 * The same field, for forms that hold many of them (cards, chapters): its editor is mounted
 * when the field comes near the viewport or is focused, and a preview drawn like it stands in
 * until then (see `LazyRichTextField`).
 */
export function LazyRichTextInput(props: RichTextFieldProps) {
  const uiLang = useBilan((s) => s.lang);
  return <LazyRichTextField {...props} uiLang={uiLang} />;
}

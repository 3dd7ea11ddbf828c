import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-editor/icons-editor.main.min.css';
import './editor.css';
import { useMemo, useRef, type MouseEvent } from 'react';
import { caretPathAt, type Activation } from './caret-path.js';
import type { RichTextFieldProps } from './RichTextField.js';
import { RichTextView } from './RichTextView.js';
import { editorTranslator, EditorTranslateProvider } from './i18n.js';

/** The preview's props: the field's, and where to report that it is wanted. */
export interface RichTextPreviewProps extends Omit<RichTextFieldProps, 'onChange' | 'focusOnMount'> {
  onActivate(activation: Activation): void;
}

/**
 * A rich-text field before its editor is mounted: the same frame and text, drawn without
 * Lexical (the toolbar shows only for the field being written), and a labelled textbox in the
 * tab order. Focusing it or pressing it asks
 * for the editor (`onActivate`), which takes its place and the focus within the same task, so
 * the keys that follow reach the editor.
 */
export function RichTextPreview({ value, lang, label, id, ariaDescribedBy, readOnly = false, uiLang, onActivate }: RichTextPreviewProps) {
  const t = useMemo(() => editorTranslator(uiLang), [uiLang]);
  const content = useRef<HTMLDivElement>(null);
  const press = (event: MouseEvent) => {
    // The editor puts the caret where the press was; the browser must not act on this copy.
    event.preventDefault();
    const place = content.current && caretPathAt(content.current, event.clientX, event.clientY);
    onActivate({ kind: 'press', place, input: event.target instanceof HTMLInputElement });
  };
  return (
    <EditorTranslateProvider value={t}>
      <div className={readOnly ? 'bilan-rte bilan-rte--readonly' : 'bilan-rte'} onMouseDown={press} onClick={(event) => event.preventDefault()}>
        <div
          ref={content}
          id={id}
          className="bilan-rte__content bilan-rte__content--preview"
          role="textbox"
          // Out of the tab order when read-only, as Lexical's own area then is.
          tabIndex={readOnly ? -1 : 0}
          aria-label={label}
          aria-describedby={ariaDescribedBy}
          aria-readonly={readOnly || undefined}
          lang={lang}
          onFocus={() => onActivate({ kind: 'focus' })}
        >
          <RichTextView value={value} />
        </div>
      </div>
    </EditorTranslateProvider>
  );
}

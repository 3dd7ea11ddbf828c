import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-editor/icons-editor.main.min.css';
import './editor.css';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { type FocusEvent, useMemo, useState } from 'react';
import type { RichText } from '../../../shared/model/richtext.js';
import type { Activation } from './caret-path.js';
import { $importRichText, editorNodes } from './convert.js';
import { editorTranslator, EditorTranslateProvider } from './i18n.js';
import { CleanPastePlugin } from './plugins/CleanPastePlugin.js';
import { EditablePlugin } from './plugins/EditablePlugin.js';
import { FootnotePlugin } from './plugins/FootnotePlugin.js';
import { HeadingPlugin } from './plugins/HeadingPlugin.js';
import { ChartPlugin } from './nodes/ChartPlugin.js';
import { ImageAltPlugin } from './plugins/ImageAltPlugin.js';
import { LinkEditPlugin } from './plugins/LinkEditPlugin.js';
import { ListIndentPlugin } from './plugins/ListIndentPlugin.js';
import { MountFocusPlugin } from './plugins/MountFocusPlugin.js';
import { TableEditPlugin } from './plugins/TableEditPlugin.js';
import { ValueSyncPlugin } from './plugins/ValueSyncPlugin.js';
import { isKeptUrl } from './rules.js';
import { EDITOR_THEME } from './theme.js';
import { Toolbar } from './toolbar/Toolbar.js';

/** What the card editor gives a rich-text field. */
export interface RichTextFieldProps {
  /** The field's content; a change from outside (undo, another card) reloads the editor. */
  value: RichText;
  /** Receives the content after a pause in typing, and at once on blur or unmount. */
  onChange(value: RichText): void;
  /** The language the text is written in, for the spell checker and screen readers. */
  lang: 'fr' | 'en';
  /** The field's name, read aloud for the editing area and its toolbar. */
  label: string;
  /** Id of the editing area, for the card editor to focus or point at it. */
  id?: string;
  /** Id(s) of the field's hint or error message. */
  ariaDescribedBy?: string;
  readOnly?: boolean;
  /** The interface language of the toolbar and its messages. */
  uiLang: 'fr' | 'en';
  /** Focus the editor as it mounts, as the user asked of the preview it replaces (see LazyRichTextField). */
  focusOnMount?: Activation | undefined;
}

/**
 * A rich-text field of a card: Lexical with the report's nodes, a formatting toolbar shown
 * while the field has the focus, clean paste, and the value kept in step with the card (see
 * `ValueSyncPlugin`). The toolbar floats above the field and follows it down as the page
 * scrolls (editor.css): one toolbar on screen, for the field being written, and no room taken
 * from the text by those of the other fields. Inserting new images
 * is not offered here; existing images show with their alternative text editable.
 */
export function RichTextField({ value, onChange, lang, label, id, ariaDescribedBy, readOnly = false, uiLang, focusOnMount }: RichTextFieldProps) {
  const t = useMemo(() => editorTranslator(uiLang), [uiLang]);
  // Read once: later values reach the editor through ValueSyncPlugin.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'bilan-rich-text',
    nodes: [...editorNodes],
    theme: EDITOR_THEME,
    editable: !readOnly,
    editorState: () => $importRichText(value),
    onError: (error) => {
      throw error;
    },
  }));
  // Shown from the first frame when the field mounts to be written in.
  const [active, setActive] = useState(focusOnMount !== undefined);
  // Focus moving between the text, the toolbar and its forms keeps the toolbar.
  const leave = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(false);
  };

  return (
    <EditorTranslateProvider value={t}>
      <div className={readOnly ? 'bilan-rte bilan-rte--readonly' : 'bilan-rte'} onFocus={() => setActive(true)} onBlur={leave}>
        <LexicalComposer initialConfig={initialConfig}>
          {!readOnly && active && (
            <div className="bilan-rte__dock">
              <Toolbar fieldLabel={label} />
            </div>
          )}
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={id}
                className="bilan-rte__content"
                aria-label={label}
                aria-describedby={ariaDescribedBy}
                aria-readonly={readOnly || undefined}
                lang={lang}
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <ListPlugin />
          <ListIndentPlugin />
          <LinkPlugin validateUrl={isKeptUrl} />
          <LinkEditPlugin />
          <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
          <TableEditPlugin />
          <HeadingPlugin />
          <FootnotePlugin />
          <ImageAltPlugin />
          <ChartPlugin />
          <CleanPastePlugin />
          <EditablePlugin readOnly={readOnly} />
          <ValueSyncPlugin value={value} onChange={onChange} />
          {focusOnMount && <MountFocusPlugin at={focusOnMount} />}
        </LexicalComposer>
      </div>
    </EditorTranslateProvider>
  );
}

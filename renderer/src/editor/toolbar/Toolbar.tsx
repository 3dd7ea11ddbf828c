import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND, INDENT_CONTENT_COMMAND, OUTDENT_CONTENT_COMMAND, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useState } from 'react';
import { isSafeUrl } from '../../../../shared/model/richtext.js';
import { useEditorT } from '../i18n.js';
import { INSERT_FOOTNOTE_COMMAND } from '../plugins/FootnotePlugin.js';
import { SET_HEADING_COMMAND } from '../plugins/HeadingPlugin.js';
import { SET_LINK_COMMAND } from '../plugins/LinkEditPlugin.js';
import { InlineForm } from './InlineForm.js';
import { RovingToolbar } from './RovingToolbar.js';
import { TableTools } from './TableTools.js';
import { ToolButton } from './ToolButton.js';
import { useToolbarState } from './useToolbarState.js';

/** A new table: three rows and three columns, the first row a header repeated on every page. */
const NEW_TABLE = { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } } as const;

const LEVELS = [1, 2, 3] as const;

/**
 * The field's formatting toolbar, then the link or footnote form when one is open, then the
 * table tools when the selection is in a table. Every action goes through an editor command.
 */
export function Toolbar({ fieldLabel }: { fieldLabel: string }) {
  const [editor] = useLexicalComposerContext();
  const t = useEditorT();
  const state = useToolbarState();
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);

  const closeForm = () => {
    setForm(null);
    editor.focus();
  };
  const toggleList = (type: 'bullet' | 'number') =>
    editor.dispatchCommand(state.list === type ? REMOVE_LIST_COMMAND : type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);

  return (
    <div className="bilan-rte__tools">
      <RovingToolbar label={t('toolbar', { label: fieldLabel })} className="bilan-rte__toolbar">
        <div className="bilan-rte__group">
          <ToolButton icon="fr-icon-bold" label={t('bold')} shortcut={t('keysBold')} pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} />
          <ToolButton icon="fr-icon-italic" label={t('italic')} shortcut={t('keysItalic')} pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} />
        </div>
        <div className="bilan-rte__group">
          {LEVELS.map((level) => (
            <ToolButton
              key={level}
              icon={`fr-icon-h-${level}`}
              label={t('heading', { level })}
              pressed={state.heading === level}
              onClick={() => editor.dispatchCommand(SET_HEADING_COMMAND, state.heading === level ? null : level)}
            />
          ))}
        </div>
        <div className="bilan-rte__group">
          <ToolButton icon="fr-icon-list-unordered" label={t('bulletList')} pressed={state.list === 'bullet'} onClick={() => toggleList('bullet')} />
          <ToolButton icon="fr-icon-list-ordered" label={t('numberedList')} pressed={state.list === 'number'} onClick={() => toggleList('number')} />
          <ToolButton icon="fr-icon-indent-increase" label={t('indent')} hint={t('indentHint')} shortcut={t('keysIndent')} disabled={state.list === null} onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)} />
          <ToolButton icon="fr-icon-indent-decrease" label={t('outdent')} hint={t('outdentHint')} shortcut={t('keysOutdent')} disabled={state.list === null} onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)} />
        </div>
        <div className="bilan-rte__group">
          <ToolButton icon="fr-icon-link" label={t('link')} pressed={state.link !== null} onClick={() => setForm('link')} />
          <ToolButton icon="fr-icon-table-2" label={t('table')} disabled={state.inTable} onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, NEW_TABLE)} />
          <ToolButton icon="fr-icon-superscript" label={t('footnote')} onClick={() => setForm('footnote')} />
        </div>
        <div className="bilan-rte__group">
          <ToolButton icon="fr-icon-arrow-go-back-line" label={t('undo')} shortcut={t('keysUndo')} disabled={!state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
          <ToolButton icon="fr-icon-arrow-go-forward-line" label={t('redo')} shortcut={t('keysRedo')} disabled={!state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
        </div>
      </RovingToolbar>
      {form === 'link' && (
        <InlineForm
          label={t('linkUrl')}
          submitLabel={t('linkApply')}
          initial={state.link ?? 'https://'}
          inputMode="url"
          validate={(url) => (isSafeUrl(url) ? null : t('linkInvalid'))}
          onSubmit={(url) => {
            editor.dispatchCommand(SET_LINK_COMMAND, url);
            closeForm();
          }}
          onCancel={closeForm}
          extra={
            state.link !== null && (
              <button
                type="button"
                className="bilan-rte__button"
                onClick={() => {
                  editor.dispatchCommand(SET_LINK_COMMAND, null);
                  closeForm();
                }}
              >
                {t('linkRemove')}
              </button>
            )
          }
        />
      )}
      {form === 'footnote' && (
        <InlineForm
          label={t('footnoteText')}
          submitLabel={t('footnoteInsert')}
          initial=""
          validate={(text) => (text === '' ? t('footnoteEmpty') : null)}
          onSubmit={(text) => {
            editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, text);
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
      {state.inTable && <TableTools />}
    </div>
  );
}

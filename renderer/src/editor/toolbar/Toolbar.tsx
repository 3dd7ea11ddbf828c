import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND, INDENT_CONTENT_COMMAND, OUTDENT_CONTENT_COMMAND } from 'lexical';
import { useState } from 'react';
import { isSafeUrl } from '../../../../shared/model/links.js';
import { useEditorT } from '../i18n.js';
import { INSERT_CHART_COMMAND, newChart } from '../nodes/chart-model.js';
import { INSERT_FOOTNOTE_COMMAND } from '../plugins/FootnotePlugin.js';
import { SET_HEADING_COMMAND } from '../plugins/HeadingPlugin.js';
import { SET_LINK_COMMAND } from '../plugins/LinkEditPlugin.js';
import { InlineForm } from './InlineForm.js';
import { RovingToolbar } from './RovingToolbar.js';
import { TableTools } from './TableTools.js';
import { ToolGroups } from './ToolGroups.js';
import type { ToolId } from './tools.js';
import { useToolbarState } from './useToolbarState.js';

/** A new table: three rows and three columns, the first row a header repeated on every page. */
const NEW_TABLE = { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } } as const;

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
  const toggleHeading = (level: 1 | 2 | 3) => editor.dispatchCommand(SET_HEADING_COMMAND, state.heading === level ? null : level);
  const act = (id: ToolId) => {
    switch (id) {
      case 'bold':
      case 'italic':
        return editor.dispatchCommand(FORMAT_TEXT_COMMAND, id);
      case 'h1':
        return toggleHeading(1);
      case 'h2':
        return toggleHeading(2);
      case 'h3':
        return toggleHeading(3);
      case 'bullet':
      case 'number':
        return toggleList(id);
      case 'indent':
        return editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
      case 'outdent':
        return editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
      case 'link':
        return setForm('link');
      case 'table':
        return editor.dispatchCommand(INSERT_TABLE_COMMAND, NEW_TABLE);
      case 'footnote':
        return setForm('footnote');
      case 'chart':
        return editor.dispatchCommand(INSERT_CHART_COMMAND, newChart());
    }
  };

  return (
    <div className="bilan-rte__tools">
      <RovingToolbar label={t('toolbar', { label: fieldLabel })} className="bilan-rte__toolbar">
        <ToolGroups status={state} act={act} />
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

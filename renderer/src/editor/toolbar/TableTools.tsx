import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEditorT, type EditorStringKey } from '../i18n.js';
import { EDIT_TABLE_COMMAND, type TableEdit } from '../plugins/TableEditPlugin.js';
import { RovingToolbar } from './RovingToolbar.js';
import { ToolButton } from './ToolButton.js';

// Text only: the design system's icon sets that would fit (system) are too big to load for this.
const EDITS: readonly [TableEdit, EditorStringKey][] = [
  ['row-above', 'rowAbove'],
  ['row-below', 'rowBelow'],
  ['column-left', 'columnLeft'],
  ['column-right', 'columnRight'],
  ['delete-row', 'deleteRow'],
  ['delete-column', 'deleteColumn'],
  ['delete-table', 'deleteTable'],
];

/** Row and column buttons, shown while the selection is in a table. */
export function TableTools() {
  const [editor] = useLexicalComposerContext();
  const t = useEditorT();
  return (
    <RovingToolbar label={t('tableTools')} className="bilan-rte__toolbar bilan-rte__toolbar--table">
      {EDITS.map(([edit, key]) => (
        <ToolButton key={edit} label={t(key)} onClick={() => editor.dispatchCommand(EDIT_TABLE_COMMAND, edit)} />
      ))}
    </RovingToolbar>
  );
}

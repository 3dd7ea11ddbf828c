import type { EditorStringKey } from '../i18n.js';
import type { ToolbarState } from './idle-toolbar.js';

/** The formatting toolbar's buttons. */
export type ToolId = 'bold' | 'italic' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'indent' | 'outdent' | 'link' | 'table' | 'footnote' | 'chart';

/** What a toolbar button shows: its icon, its name and its tooltip. */
export interface ToolLook {
  id: ToolId;
  icon: string;
  label: EditorStringKey;
  labelValues?: Record<string, number>;
  hint?: EditorStringKey;
  shortcut?: EditorStringKey;
}

/**
 * The toolbar's buttons, group by group, in order. 
 */
export const TOOL_GROUPS: readonly (readonly ToolLook[])[] = [
  [
    { id: 'bold', icon: 'fr-icon-bold', label: 'bold', shortcut: 'keysBold' },
    { id: 'italic', icon: 'fr-icon-italic', label: 'italic', shortcut: 'keysItalic' },
  ],
  ([1, 2, 3] as const).map((level) => ({ id: `h${level}` as const, icon: `fr-icon-h-${level}`, label: 'heading' as const, labelValues: { level } })),
  [
    { id: 'bullet', icon: 'fr-icon-list-unordered', label: 'bulletList' },
    { id: 'number', icon: 'fr-icon-list-ordered', label: 'numberedList' },
    { id: 'indent', icon: 'fr-icon-indent-increase', label: 'indent', hint: 'indentHint', shortcut: 'keysIndent' },
    { id: 'outdent', icon: 'fr-icon-indent-decrease', label: 'outdent', hint: 'outdentHint', shortcut: 'keysOutdent' },
  ],
  [
    { id: 'link', icon: 'fr-icon-link', label: 'link' },
    { id: 'table', icon: 'fr-icon-table-2', label: 'table' },
    { id: 'footnote', icon: 'fr-icon-superscript', label: 'footnote' },
    { id: 'chart', icon: 'fr-icon-bar-chart-box-line', label: 'chart', hint: 'chartHint' },
  ],
];

/**
 * What the toolbar shows for the selection. Undo and redo are not in it: the editor's bar has
 * them for the whole report, and Ctrl+Z in a field undoes its typing.
 */
export type ToolbarStatus = ToolbarState;

/** Whether a button shows as pressed (toggles only) and whether it is unavailable, for a toolbar state. */
export function toolStatus(id: ToolId, state: ToolbarStatus): { pressed?: boolean; disabled?: boolean } {
  switch (id) {
    case 'bold':
    case 'italic':
      return { pressed: state[id] };
    case 'h1':
    case 'h2':
    case 'h3':
      return { pressed: state.heading === Number(id.slice(1)) };
    case 'bullet':
    case 'number':
      return { pressed: state.list === id };
    case 'indent':
    case 'outdent':
      return { disabled: state.list === null };
    case 'link':
      return { pressed: state.link !== null };
    case 'table':
      return { disabled: state.inTable };
    case 'footnote':
      return {};
    case 'chart':
      // A chart is a block of its own: not inside a table's cell.
      return { disabled: state.inTable };
  }
}

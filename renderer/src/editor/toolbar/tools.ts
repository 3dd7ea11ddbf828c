import type { EditorStringKey } from '../i18n.js';
import type { ToolbarState } from './idle-toolbar.js';

/** The formatting toolbar's buttons. */
export type ToolId = 'bold' | 'italic' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'indent' | 'outdent' | 'link' | 'table' | 'footnote' | 'undo' | 'redo';

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
 * The toolbar's buttons, group by group, in order. The live toolbar and the preview drawn
 * before a field's editor is mounted both draw from this list, so they cannot drift apart.
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
  ],
  [
    { id: 'undo', icon: 'fr-icon-arrow-go-back-line', label: 'undo', shortcut: 'keysUndo' },
    { id: 'redo', icon: 'fr-icon-arrow-go-forward-line', label: 'redo', shortcut: 'keysRedo' },
  ],
];

/** The toolbar's state, plus whether undo and redo have anything to do. */
export interface ToolbarStatus extends ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
}

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
    case 'undo':
      return { disabled: !state.canUndo };
    case 'redo':
      return { disabled: !state.canRedo };
  }
}

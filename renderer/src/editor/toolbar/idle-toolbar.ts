// The toolbar's state as data, without Lexical: the preview of a field draws the toolbar idle
// before the editor's code is loaded (see load-editor.ts).

/** What the toolbar shows as pressed or available for the current selection. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  heading: 1 | 2 | 3 | null;
  list: 'bullet' | 'number' | null;
  /** The URL of the link the selection starts in, if any. */
  link: string | null;
  inTable: boolean;
}

/** The state of an editor with nothing selected. */
export const IDLE_TOOLBAR: ToolbarState = { bold: false, italic: false, heading: null, list: null, link: null, inTable: false };

/** Whether two toolbar states show the same thing (to skip needless re-renders while typing). */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((k) => a[k] === b[k]);
}

import { $isLinkNode } from '@lexical/link';
import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $findMatchingParent, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { headingLevel } from '../rules.js';

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

/** Reads the toolbar's state from the selection (inside `editor.read`). */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if ($isTableSelection(selection)) return { ...IDLE_TOOLBAR, inTable: true };
  if (!$isRangeSelection(selection)) return IDLE_TOOLBAR;
  const anchor = selection.anchor.getNode();
  const block = $topBlock(anchor);
  const list = $findMatchingParent(anchor, $isListNode);
  const link = $findMatchingParent(anchor, $isLinkNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    heading: block && $isHeadingNode(block) ? headingLevel(block.getTag()) : null,
    list: list ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
    link: link ? link.getURL() : null,
    inTable: $findMatchingParent(anchor, $isTableCellNode) !== null,
  };
}

function $topBlock(node: LexicalNode): LexicalNode | null {
  return $findMatchingParent(node, (n) => {
    const parent = n.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
}

/** Whether two toolbar states show the same thing (to skip needless re-renders while typing). */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((k) => a[k] === b[k]);
}

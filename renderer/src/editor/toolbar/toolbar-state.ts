import { $isLinkNode } from '@lexical/link';
import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $findMatchingParent, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { headingLevel } from '../rules.js';
import { IDLE_TOOLBAR, type ToolbarState } from './idle-toolbar.js';

export { IDLE_TOOLBAR, sameToolbarState, type ToolbarState } from './idle-toolbar.js';

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

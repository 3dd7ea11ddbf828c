import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $createParagraphNode, $getRoot, $setSelection, type Klass, type LexicalNode } from 'lexical';
import type { RichText } from '../../../shared/model/richtext.js';
import { $nodesToRichText } from './from-lexical.js';
import { ChartNode } from './nodes/ChartNode.js';
import { FootnoteNode } from './nodes/FootnoteNode.js';
import { ImageNode } from './nodes/ImageNode.js';
import { $richTextToNodes } from './to-lexical.js';

/**
 * The nodes an editor of report rich text registers: Lexical's own for paragraphs, headings,
 * lists, links and tables, and ours for images and footnotes. Nothing else, so that no other
 * kind of content can be pasted or typed in.
 */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  ImageNode,
  FootnoteNode,
  ChartNode,
];

/** Replaces the editor's content with report rich text (inside `editor.update`). */
export function $importRichText(blocks: RichText): void {
  const root = $getRoot();
  $setSelection(null);
  root.clear();
  // An empty value still needs a paragraph to type in; the export trims it away again.
  root.append(...(blocks.length > 0 ? $richTextToNodes(blocks) : [$createParagraphNode()]));
}

/**
 * The editor's content as report rich text (inside `editor.read`), normalised to what a report
 * holds: bold and italic only, headings 1–3, safe links, rectangular tables, no trailing empty
 * paragraphs. The result always passes `RichText.safeParse`.
 */
export function $exportRichText(): RichText {
  return $nodesToRichText($getRoot().getChildren());
}

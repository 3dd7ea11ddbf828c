import { $generateNodesFromDOM } from '@lexical/html';
import { $getEditor, $insertNodes } from 'lexical';
import type { RichText } from '../../../shared/model/richtext.js';
import { $nodesToRichText } from './from-lexical.js';
import { DROPPED_ELEMENTS, KEPT_ATTRIBUTES } from './rules.js';
import { $richTextToNodes } from './to-lexical.js';
import { convertWordLists } from './word-lists.js';

/**
 * Report rich text from pasted HTML (Word, web pages, other editors), inside `editor.update`.
 * Lexical reads the HTML, then the result goes through the same normalisation as the editor's
 * export: only what a report holds comes out, whatever the HTML carried. The parser is the
 * window's own DOMParser unless another is given (tests pass jsdom's); its documents are inert,
 * so nothing in the HTML runs or loads while it is read.
 */
export function $htmlToRichText(html: string, parser: DOMParser = new DOMParser()): RichText {
  const doc = parser.parseFromString(html, 'text/html');
  cleanPastedDocument(doc);
  return $nodesToRichText($generateNodesFromDOM($getEditor(), doc));
}

/** Inserts pasted HTML at the selection as clean report rich text (inside `editor.update`). */
export function $insertCleanHtml(html: string, parser?: DOMParser): void {
  const nodes = $richTextToNodes($htmlToRichText(html, parser));
  if (nodes.length > 0) $insertNodes(nodes);
}

/** Drops code, embedded content and outside images, rebuilds Word lists, and strips attributes Lexical must not read. */
function cleanPastedDocument(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll(DROPPED_ELEMENTS.join(',')))) element.remove();
  // Images from elsewhere are not in the report's media. Removed here rather than skipped by
  // Lexical, which would trim the space after them ("gras<img> après" became "grasaprès").
  for (const image of Array.from(doc.querySelectorAll('img:not([data-bilan-media])'))) image.remove();
  convertWordLists(doc);
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
    }
  }
}

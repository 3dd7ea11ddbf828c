import { matchesInText, placeKey, type FindOptions } from '../../../../shared/find/search.js';
import type { SearchText } from '../../../../shared/find/texts.js';

/** The names of the page's highlights: every match shown, and the current one. Others use other names. */
export const HIGHLIGHT = 'bilan-find';
export const HIGHLIGHT_CURRENT = 'bilan-find-current';

/** Elements that end one stretch of text and start another, as the report's blocks do (shared/find/texts.ts). */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DIV', 'UL', 'OL', 'TABLE', 'TR', 'FIGURE', 'SUP']);

/** Where a text is drawn: its field's element for that language, or for a plain value the value's own. */
export function textElement(text: Pick<SearchText, 'place' | 'lang'>): HTMLElement | null {
  return document.getElementById(placeKey(text.place, text.lang));
}

/** The element that holds the words of a field: its text box, or the rich text's editable (or preview) area. */
export function wordsElement(field: HTMLElement): HTMLElement | HTMLTextAreaElement | HTMLInputElement | null {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field;
  return field.querySelector<HTMLElement>('[contenteditable], [role="textbox"], textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])');
}

/** The stretches of text of a rich text as the page draws it, each as its text nodes with where they start. */
function domPieces(root: HTMLElement): { text: string; nodes: { node: Text; start: number }[] }[] {
  const pieces: { text: string; nodes: { node: Text; start: number }[] }[] = [];
  let current = { text: '', nodes: [] as { node: Text; start: number }[] };
  const close = () => {
    if (current.nodes.length) pieces.push(current);
    current = { text: '', nodes: [] };
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        current.nodes.push({ node: child as Text, start: current.text.length });
        current.text += data;
      } else if (child instanceof HTMLElement) {
        // Form controls (an image's alternative text) hold no words of the text.
        if (child.tagName === 'BR') close();
        else if (child.tagName === 'INPUT' || child.tagName === 'TEXTAREA' || child.tagName === 'LABEL' || child.tagName === 'IMG') continue;
        else if (BLOCKS.has(child.tagName)) {
          close();
          walk(child);
          close();
        } else walk(child);
      }
    }
  };
  walk(root);
  close();
  return pieces;
}

/** A DOM range over [start, end) of a stretch made of text nodes. */
function rangeOf(nodes: { node: Text; start: number }[], start: number, end: number): Range {
  const range = document.createRange();
  const locate = (offset: number, atEnd: boolean) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      if (atEnd ? n.start < offset : n.start <= offset) return { node: n.node, offset: Math.min(offset - n.start, n.node.data.length) };
    }
    return { node: nodes[0]!.node, offset: 0 };
  };
  const a = locate(start, false);
  const b = locate(end, true);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * The ranges of the matches of `query` in a rich text as drawn, in reading order: the n-th is the
 * match of rank n the search found in the report (both look in the same stretches, in the same
 * order, with the same comparison).
 */
export function richRanges(root: HTMLElement, query: string, options: FindOptions): Range[] {
  return domPieces(root).flatMap((piece) => matchesInText(piece.text, query, options).map(([s, e]) => rangeOf(piece.nodes, s, e)));
}

/** The highlights registry, where the browser has it (every Chromium since 105). */
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** Marks the ranges given: all the matches shown, and the current one apart. */
export function paintHighlights(all: Range[], current: Range[]): void {
  const highlights = registry();
  if (!highlights) return;
  highlights.set(HIGHLIGHT, new Highlight(...all));
  highlights.set(HIGHLIGHT_CURRENT, new Highlight(...current));
}

/** Takes the find highlights off the page. */
export function clearHighlights(): void {
  const highlights = registry();
  highlights?.delete(HIGHLIGHT);
  highlights?.delete(HIGHLIGHT_CURRENT);
}

import { matchesInText, placeKey, type FindMatch, type FindOptions, type FindResult } from '../../../../shared/find/search.js';
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

/**
 * The DOM ranges over the spans [start, end) of a stretch made of text nodes, the spans in reading
 * order (as a search finds them): one walk over the nodes for all of them, whatever their number.
 * A span starts in the last node starting at or before it, and ends in the last node starting
 * before its end (so that an end falling between two nodes stays in the first).
 */
function rangesOf(nodes: { node: Text; start: number }[], spans: readonly (readonly [number, number])[]): Range[] {
  const ranges: Range[] = [];
  let first = 0;
  let last = 0;
  for (const [start, end] of spans) {
    while (first + 1 < nodes.length && nodes[first + 1]!.start <= start) first++;
    while (last + 1 < nodes.length && nodes[last + 1]!.start < end) last++;
    const a = nodes[first]!;
    const b = nodes[last]!;
    const range = document.createRange();
    range.setStart(a.node, Math.max(0, Math.min(start - a.start, a.node.data.length)));
    range.setEnd(b.node, Math.max(0, Math.min(end - b.start, b.node.data.length)));
    ranges.push(range);
  }
  return ranges;
}

/**
 * The ranges of the matches of `query` in a rich text as drawn, in reading order: the n-th is the
 * match of rank n the search found in the report (both look in the same stretches, in the same
 * order, with the same comparison). Linear in the text's size and its matches.
 */
export function richRanges(root: HTMLElement, query: string, options: FindOptions): Range[] {
  const ranges: Range[] = [];
  for (const piece of domPieces(root)) for (const range of rangesOf(piece.nodes, matchesInText(piece.text, query, options))) ranges.push(range);
  return ranges;
}

/** What the page marks for a search: the texts holding matches, each once, in reading order, and the current match. */
export interface HighlightPlan {
  texts: number[];
  current: FindMatch | null;
}

/**
 * The texts to look for on the page and the current match, in one pass over the matches (a
 * search for "e" over a large report finds hundreds of thousands; the page marks those of the
 * texts it draws, again at every change of the page).
 */
export function highlightPlan(result: FindResult, current: number): HighlightPlan {
  const texts: number[] = [];
  const seen = new Uint8Array(result.texts.length);
  for (const match of result.matches) {
    if (seen[match.text]) continue;
    seen[match.text] = 1;
    texts.push(match.text);
  }
  return { texts, current: (current >= 0 && result.matches[current]) || null };
}

/** The highlights registry, where the browser has it (every Chromium since 105). */
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** Marks the ranges given: all the matches shown, and the current one apart. */
export function paintHighlights(all: Range[], current: Range[]): void {
  const highlights = registry();
  if (!highlights) return;
  // Added one by one: a search for a common letter marks more ranges than a call takes arguments.
  const marks = new Highlight();
  for (const range of all) marks.add(range);
  highlights.set(HIGHLIGHT, marks);
  highlights.set(HIGHLIGHT_CURRENT, new Highlight(...current));
}

/** Takes the find highlights off the page. */
export function clearHighlights(): void {
  const highlights = registry();
  highlights?.delete(HIGHLIGHT);
  highlights?.delete(HIGHLIGHT_CURRENT);
}

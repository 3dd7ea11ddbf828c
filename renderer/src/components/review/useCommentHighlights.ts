import { useEffect } from 'react';
import type { Comment } from '../../../../shared/model/report.js';
import { isOpen } from '../../../../shared/review/comments.js';
import { useBilan } from '../../store/index.js';
import { anchorId } from '../../store/slices/editor-view.js';

/** The name of the commented words' highlight (CSS Custom Highlight API); other features use other names. */
export const HIGHLIGHT = 'bilan-comment';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

const registry = (): HighlightRegistry | undefined => (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const Highlight = (): HighlightConstructor | undefined => (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;

/** The DOM range of `quote` in an element's text, the occurrence nearest `start` (counted in its text, a hint). */
export function rangeOf(element: Element, quote: string, start: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; at: number }[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, at: text.length });
    text += node.data;
  }
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
    if (at > start) break;
  }
  if (best < 0) return null;
  // A start falls in the node holding its character; an end in the node holding the one before it.
  const locate = (offset: number, end: boolean) => {
    const n = nodes.find((x) => (end ? x.at < offset && offset <= x.at + x.node.data.length : x.at <= offset && offset < x.at + x.node.data.length)) ?? nodes[0]!;
    return { node: n.node, offset: offset - n.at };
  };
  const from = locate(best, false);
  const to = locate(best + quote.length, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Marks the words of the shown card's open comments wherever their field is drawn. */
function paint(comments: readonly Comment[], cardId: string | null): void {
  const highlights = registry();
  const make = Highlight();
  if (!highlights || !make) return;
  const ranges: Range[] = [];
  for (const c of comments) {
    const { card, field, lang, range } = c.anchor;
    if (card !== cardId || !field || !lang || !range || !isOpen(c)) continue;
    const side = document.getElementById(anchorId({ kind: 'card', cardId: card, fieldId: field }, lang));
    // The text itself: the editor, or the preview drawn before it mounts.
    const text = side?.querySelector('[contenteditable="true"], [role="textbox"]') ?? side;
    const found = text && rangeOf(text, range.quote, range.start);
    if (found) ranges.push(found);
  }
  if (ranges.length) highlights.set(HIGHLIGHT, new make(...ranges));
  else highlights.delete(HIGHLIGHT);
}

/**
 * Keeps the commented words of the card on screen highlighted: after each change of the report
 * or the view, and when an editor mounts or redraws its text (watched on the pane). The
 * editor's state is never touched: the highlight lies over the page.
 */
export function useCommentHighlights(): void {
  const comments = useBilan((s) => s.report?.comments);
  const cardId = useBilan((s) => (s.view.kind === 'card' ? s.view.id : null));
  const langMode = useBilan((s) => s.langMode);
  useEffect(() => {
    if (!registry()) return undefined;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => paint(comments ?? [], cardId));
    };
    schedule();
    const pane = document.getElementById('main');
    const observer = new MutationObserver(schedule);
    if (pane) observer.observe(pane, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      registry()?.delete(HIGHLIGHT);
    };
  }, [comments, cardId, langMode]);
}

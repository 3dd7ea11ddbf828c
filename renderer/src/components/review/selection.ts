import type { CommentAnchor, Report } from '../../../../shared/model/report.js';
import { anchorText } from '../../../../shared/review/comments.js';
import { LIMITS } from '../../../../shared/model/limits.js';

/** The attribute a field's block carries so that a comment knows its card and field. */
export const FIELD_ATTR = 'data-comment-field';

/** The occurrence of `quote` in `text` nearest `near`, or -1. */
function nearest(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

/**
 * What a comment started in a field is about: the words selected in one language of it (a
 * range, placed in the field's plain text where those words stand, nearest the selection), or
 * else the field as a whole. The selection's place in the page is only a hint: the stored text
 * decides, as it will when the comment is placed again after an edit.
 */
export function anchorFromSelection(report: Report, cardId: string, fieldId: string, block: Element): CommentAnchor {
  const whole: CommentAnchor = { card: cardId, field: fieldId };
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return whole;
  const range = selection.getRangeAt(0);
  const side = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.bilan-lang');
  const start = side(range.startContainer);
  if (!start || start !== side(range.endContainer) || !block.contains(start)) return whole;
  const lang = start.classList.contains('bilan-lang--en') ? 'en' : 'fr';
  const quote = range.toString().replace(/\s+/g, ' ').trim();
  const card = report.cards.find((c) => c.id === cardId);
  const text = card ? anchorText(card, fieldId, lang) : undefined;
  if (!quote || text === undefined || quote.length > LIMITS.plainLength) return { ...whole, lang };
  // How far into the language's text the selection starts, as the page shows it.
  const before = document.createRange();
  before.setStart(start, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const at = nearest(text, quote, before.toString().length);
  return at < 0 ? { ...whole, lang } : { ...whole, lang, range: { quote, start: at } };
}

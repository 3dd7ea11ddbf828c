import { LIMITS } from '../../../shared/model/limits.js';
import { isSafeUrl } from '../../../shared/model/links.js';

/**
 * What rich text may keep, in one place. Both the editor's export and the paste cleaner apply
 * these rules, so whatever Lexical or a clipboard allows, a report only ever holds what its
 * exporters and reviewers expect.
 */

/** Text formats a report keeps; underline, strikethrough, code, sub/superscript are dropped. */
export const KEPT_FORMATS = ['bold', 'italic'] as const;

/** Deepest heading a report holds: h4–h6 become this level. */
export const MAX_HEADING_LEVEL = 3;

/** The report's heading level for an HTML heading tag (`h1`–`h6`). */
export function headingLevel(tag: string): 1 | 2 | 3 {
  const n = Number(tag.slice(1));
  return Number.isInteger(n) && n >= 1 ? (Math.min(n, MAX_HEADING_LEVEL) as 1 | 2 | 3) : 1;
}

/** Whether a link may stay a link (allowed scheme, storable length); otherwise its text stays. */
export function isKeptUrl(url: string): boolean {
  return url.length <= LIMITS.plainLength && isSafeUrl(url);
}

/** Longest text run the model accepts; longer runs are split rather than refused. */
export const MAX_RUN_LENGTH = LIMITS.textLength;

/** Deepest list nesting a report accepts; deeper items join the deepest allowed list. */
export const MAX_LIST_DEPTH = LIMITS.listDepth;

/** Longest alternative text of an image. */
export const MAX_ALT_LENGTH = LIMITS.plainLength;

/** An image's share of the text width, clamped to what the model accepts (0.1–1). */
export function clampImageWidth(width: number | undefined): number | undefined {
  if (width === undefined || !Number.isFinite(width)) return undefined;
  return Math.min(1, Math.max(0.1, width));
}

/**
 * Pasted elements removed with everything inside them before Lexical sees the HTML: code,
 * styling, embedded content and form controls are never report text.
 */
export const DROPPED_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'head', 'meta', 'link', 'title', 'base', 'svg', 'math', 'canvas', 'audio', 'video',
  'source', 'track', 'picture', 'map', 'form', 'input', 'button', 'select', 'textarea', 'xml',
];

/**
 * Pasted attributes kept while Lexical reads the HTML. Styles stay only for that reading (it
 * turns `font-weight`/`font-style` into bold/italic); everything it produces is then rebuilt
 * from report rich text, so no style, class or colour survives into the editor.
 */
export const KEPT_ATTRIBUTES = new Set(['href', 'alt', 'style', 'colspan', 'rowspan', 'data-bilan-media', 'data-bilan-width', 'data-bilan-footnote']);

/** Width in pixels a table's relative column widths are spread over in the editor. */
export const TABLE_WIDTH_PX = 640;

/** Pixel widths for relative ones, spread over the editor's table width. */
export function tableColumnPixels(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return widths.map((w) => (w / total) * TABLE_WIDTH_PX);
}

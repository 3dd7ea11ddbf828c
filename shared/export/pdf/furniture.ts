import type { RenderContext } from './context.js';
import { shortenAtWord } from '../shorten.js';
import { plainPieces, setLines } from './text.js';

/** The running title as it fits `width`: whole, or cut between words and ended with "…". */
function fit(ctx: RenderContext, key: string, size: number, text: string, width: number): string {
  return shortenAtWord(text, (candidate) => ctx.fonts.width(key, candidate, size) <= width);
}

/** The colour of a working copy's mark: a dark red that reads as a warning, in print and on screen. */
const DRAFT_COLOUR = '#a4161a';

/**
 * The running header (the report's title and a thin rule) and the footer ("3 sur 60") on every
 * page but the cover (and a working copy's mark on every page), written once the page count is known. They are pagination artifacts:
 * outside the structure tree, skipped by screen readers.
 */
export function drawFurniture(ctx: RenderContext, pages: number, firstNumbered = 2): void {
  const { geo, styles, layout } = ctx;
  const size = layout.style.sizes.small;
  const key = ctx.fonts.key('body');
  const headerLine = setLines(ctx, plainPieces(ctx, layout.furniture.runningTitle, { family: 'body', size, colour: styles.colours.muted, bold: false, italic: false }), 1e6, { align: 'left', lineGap: 0, size })[0]!;
  // A working copy says so on every page, the cover included, at the right of the header line.
  const draft = layout.furniture.draft;
  const draftKey = ctx.fonts.key('body', true);
  const draftWidth = draft ? ctx.fonts.width(draftKey, draft, size) : 0;
  const title = fit(ctx, key, size, headerLine.segs.map((s) => s.text).join(''), draft ? geo.width - draftWidth - 2 * size : geo.width);
  const headerBaseline = geo.top - 0.45 * geo.margins.top;
  const ruleY = geo.top - 0.3 * geo.margins.top;
  const footerBaseline = geo.bottom + 0.45 * geo.margins.bottom;
  for (let page = 1; page <= pages && draft; page++) {
    ctx.switchTo(page);
    // On a white label, so that it reads on the cover's coloured band too.
    ctx.artifact(() => {
      ctx.fillRect(geo.left + geo.width - draftWidth - size / 2, headerBaseline - size * 1.05, draftWidth + size, size * 1.45, '#ffffff');
      ctx.pen(draftKey, size, DRAFT_COLOUR);
      ctx.text(draft, geo.left + geo.width - draftWidth, headerBaseline);
    }, 'Pagination');
  }
  for (let page = firstNumbered; page <= pages; page++) {
    ctx.switchTo(page);
    const footer = plainPieces(ctx, layout.furniture.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages)), { family: 'body', size, colour: styles.colours.muted, bold: false, italic: false })[0]!.text;
    ctx.artifact(() => {
      ctx.pen(key, size, styles.colours.muted);
      if (title) ctx.text(title, geo.left, headerBaseline);
      ctx.rule(geo.left, ruleY, geo.left + geo.width, ruleY, styles.colours.rule, styles.rule);
      ctx.text(footer, geo.left + geo.width - ctx.fonts.width(key, footer, size), footerBaseline);
    }, 'Pagination');
  }
}

import type { RenderContext } from './context.js';
import type { TextStyle } from './styles.js';
import { drawLine, plainPieces, setLines, type Line } from './text.js';

/**
 * The cover: a band in the primary colour carrying the series line, a short accent rule, the
 * title large, the period, then the issuer and the date at the foot. No running header or
 * page number. Its texts are paragraphs of the structure tree, in reading order.
 */
export function drawCover(ctx: RenderContext): void {
  const { geo, layout } = ctx;
  const { colours, sizes } = layout.style;
  const { cover } = layout;
  ctx.newPage();
  const band = geo.margins.top + 3 * sizes.h1;
  ctx.artifact(() => {
    ctx.fillRect(0, 0, geo.pageWidth, band, colours.primary);
    ctx.fillRect(geo.left, band + 2 * sizes.h1, 3.5 * sizes.h1, 0.2 * sizes.h1, colours.accent);
  });
  const lines = (text: string, style: TextStyle): Line[] =>
    text.trim() ? setLines(ctx, plainPieces(ctx, text, style), geo.width, { align: 'left', lineGap: style.size * 0.1, size: style.size }) : [];
  const block = (text: string, style: TextStyle, y: number): number => {
    const tag = ctx.root.child('P');
    for (const l of lines(text, style)) {
      drawLine(ctx, l, geo.left, y, tag);
      y += l.height;
    }
    return y;
  };
  const heading = { family: 'heading' as const, bold: true, italic: false };
  const series = { ...heading, size: sizes.h3, colour: '#FFFFFF' };
  const seriesLines = lines(cover.series, series);
  block(cover.series, series, band - sizes.h3 * 1.2 * seriesLines.length - sizes.h3);
  const afterTitle = block(cover.title, { ...heading, size: sizes.title, colour: colours.primary }, band + 3.2 * sizes.h1);
  block(cover.period, { ...heading, bold: false, size: sizes.h1, colour: colours.text }, afterTitle + sizes.h2);
  const foot = geo.bottom - 4 * sizes.h2;
  ctx.artifact(() => ctx.rule(geo.left, foot - sizes.h2, geo.left + geo.width, foot - sizes.h2, colours.rule, 0.75));
  const after = block(cover.issuer, { ...heading, size: sizes.h2, colour: colours.text }, foot);
  block(cover.date, { family: 'body', bold: false, italic: false, size: sizes.body * 1.1, colour: colours.muted }, after + sizes.body * 0.3);
}

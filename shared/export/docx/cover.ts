import { Paragraph, TextRun } from 'docx';
import type { LayoutCover } from '../layout/types.js';
import { StyleId } from './style-ids.js';
import { xmlSafe } from './text.js';

function line(style: string, text: string): Paragraph[] {
  const clean = xmlSafe(text).trim();
  return clean ? [new Paragraph({ style, children: [new TextRun(clean)] })] : [];
}

/**
 * The cover page: the series under a rule, the title and period in the upper half, the issuer
 * and date lower down. Where each sits is in the styles (Cover Series, Title, Subtitle, Cover
 * Issuer), so that the cover is restyled with the rest. The section gives it no header or footer.
 */
export function renderCover(cover: LayoutCover): Paragraph[] {
  const title = line(StyleId.title, cover.title);
  return [
    ...line(StyleId.coverSeries, cover.series),
    ...(title.length ? title : [new Paragraph({ style: StyleId.title })]),
    ...line(StyleId.subtitle, cover.period),
    ...line(StyleId.coverIssuer, cover.issuer),
    ...line(StyleId.coverDate, cover.date),
  ];
}

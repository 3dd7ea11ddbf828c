import { AlignmentType, BorderStyle, LeaderType, LineRuleType, TabStopType, UnderlineType, type IParagraphStyleOptions, type IStylesOptions, type TabStopDefinition } from 'docx';
import type { Lang } from '../../model/localized.js';
import type { PageStyle } from '../../model/template.js';
import { StyleId } from './style-ids.js';
import { hex, ptToHalfPoints, ptToTwips, type PageGeometry } from './units.js';

/**
 * Paragraph properties of a style. docx writes style paragraph properties with the same code
 * as a paragraph's, so widow control and tab stops work in a style although its type leaves
 * them out; they belong in the style, not on every paragraph.
 */
type Look = NonNullable<IParagraphStyleOptions['paragraph']> & { widowControl?: boolean; tabStops?: TabStopDefinition[] };

/** A paragraph style declared once, referred to by id. */
function paragraphStyle(id: string, name: string, basedOn: string, run: IParagraphStyleOptions['run'], paragraph: Look = {}): IParagraphStyleOptions {
  return { id, name, basedOn, next: StyleId.body, quickFormat: true, run, paragraph: paragraph as IParagraphStyleOptions['paragraph'] };
}

/** Word's language tag for a report language. */
export function wordLanguage(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/**
 * Every style of the document, from the template's page style: fonts, sizes and colours live
 * here and nowhere else, so that a communications team restyles the whole report by editing a
 * style in Word. The page geometry places the table of contents' page numbers at the margin
 * and the cover's title and issuer down the first page.
 */
export function documentStyles(page: PageStyle, lang: Lang, geometry: PageGeometry): IStylesOptions {
  const { textWidth, textHeight } = geometry;
  const { sizes, colours, fonts } = page;
  const text = hex(colours.text);
  const primary = hex(colours.primary);
  const muted = hex(colours.muted);
  // The PDF adds `lineGap` points between lines of the font's natural height (about 1.2 em).
  const line = Math.round(240 * (1 + page.lineGap / (sizes.body * 1.2)));
  const align = page.align === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
  const heading = { font: fonts.headingFamily, bold: true };
  // Without an explicit rule LibreOffice reads `line` as an exact height, and big type overlaps.
  const sp = (before: number, after: number, lines = line) => ({ spacing: { before: ptToTwips(before), after: ptToTwips(after), line: lines, lineRule: LineRuleType.AUTO } });
  const keep = { keepNext: true, keepLines: true, widowControl: true };
  const tocTab: TabStopDefinition[] = [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }];
  const N = StyleId.normal;
  const B = StyleId.body;
  const T = StyleId.tableText;

  // No style used inside table cells keeps with the next paragraph: LibreOffice reads a table
  // whose rows all keep with the next as one that must not split, and pushes it to a new page.
  return {
    default: {
      document: {
        run: { font: fonts.family, size: ptToHalfPoints(sizes.body), color: text, language: { value: wordLanguage(lang) } },
        paragraph: { spacing: { line, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      hyperlink: { run: { color: primary, underline: { type: UnderlineType.SINGLE, color: primary } } },
      footnoteReference: { run: { superScript: true } },
    },
    paragraphStyles: [
      paragraphStyle(StyleId.title, 'Title', N, { ...heading, size: ptToHalfPoints(sizes.title), color: primary }, { ...keep, spacing: { before: Math.round(textHeight * 0.22), after: ptToTwips(18), line: 240, lineRule: LineRuleType.AUTO } }),
      paragraphStyle(StyleId.subtitle, 'Subtitle', N, { font: fonts.headingFamily, size: ptToHalfPoints(sizes.h2), color: text }, { ...sp(0, 6, 240), ...keep }),
      paragraphStyle(StyleId.heading[1], 'heading 1', N, { ...heading, size: ptToHalfPoints(sizes.h1), color: primary }, { ...sp(0, 14, 240), ...keep, outlineLevel: 0 }),
      paragraphStyle(StyleId.heading[2], 'heading 2', N, { ...heading, size: ptToHalfPoints(sizes.h2), color: primary }, { ...sp(16, 8, 240), ...keep, outlineLevel: 1 }),
      paragraphStyle(StyleId.heading[3], 'heading 3', N, { ...heading, size: ptToHalfPoints(sizes.h3), color: text }, { ...sp(10, 4, 240), ...keep, outlineLevel: 2 }),
      paragraphStyle(B, 'Body Text', N, {}, { ...sp(0, 6), alignment: align, widowControl: true }),
      paragraphStyle(StyleId.small, 'Small Text', B, { size: ptToHalfPoints(sizes.small) }),
      paragraphStyle(StyleId.headline, 'Headline', B, { ...heading, size: ptToHalfPoints(sizes.h3), color: primary }, { ...sp(10, 10), alignment: AlignmentType.LEFT }),
      paragraphStyle(StyleId.placeholder, 'Placeholder', B, { italics: true, color: hex(colours.accent) }),
      paragraphStyle(StyleId.caption, 'Caption', N, { size: ptToHalfPoints(sizes.small), italics: true, color: muted }, { ...sp(2, 8), widowControl: true }),
      paragraphStyle(StyleId.listParagraph, 'List Paragraph', B, {}, { ...sp(0, 3), alignment: AlignmentType.LEFT }),
      paragraphStyle(T, 'Table Text', N, {}, { ...sp(2, 2), alignment: AlignmentType.LEFT, widowControl: true }),
      paragraphStyle(StyleId.tableSmall, 'Table Small Text', T, { size: ptToHalfPoints(sizes.small) }),
      paragraphStyle(StyleId.bodyCentered, 'Body Text Centered', B, {}, { alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.smallCentered, 'Small Text Centered', StyleId.small, {}, { alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.tableTextCentered, 'Table Text Centered', T, {}, { alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.tableSmallCentered, 'Table Small Text Centered', StyleId.tableSmall, {}, { alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.cardLabel, 'Card Label', T, { bold: true, color: primary }),
      paragraphStyle(StyleId.asideTitle, 'Aside Title', B, { ...heading, color: text }, sp(0, 4)),
      paragraphStyle(StyleId.asideText, 'Aside Text', B, {}),
      paragraphStyle(StyleId.figureValue, 'Key Figure', N, { ...heading, size: ptToHalfPoints(sizes.title), color: primary }, { ...sp(4, 0, 240), alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.figureCaption, 'Key Figure Caption', N, { color: muted }, { ...sp(0, 6), alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.scale, 'Scale', T, {}),
      paragraphStyle(StyleId.figure, 'Figure', N, {}, { ...sp(6, 2, 240), alignment: AlignmentType.CENTER, keepNext: true }),
      paragraphStyle(StyleId.spacer, 'Spacer', N, { size: ptToHalfPoints(sizes.small) }, sp(0, 0, 240)),
      paragraphStyle(StyleId.tocHeading, 'TOC Heading', StyleId.heading[1], {}, { outlineLevel: 9 }),
      // A group's entry stays with its first entry, whatever Word's refresh of the contents lays out.
      paragraphStyle(StyleId.toc[1], 'toc 1', N, { bold: true }, { ...sp(6, 2), tabStops: tocTab, keepNext: true }),
      paragraphStyle(StyleId.toc[2], 'toc 2', N, {}, { ...sp(0, 2), tabStops: tocTab, indent: { left: 280 } }),
      paragraphStyle(StyleId.toc[3], 'toc 3', N, {}, { ...sp(0, 2), tabStops: tocTab, indent: { left: 560 } }),
      paragraphStyle(StyleId.header, 'header', N, { size: ptToHalfPoints(sizes.small), color: muted }, {
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(colours.rule), space: 4 } },
      }),
      paragraphStyle(StyleId.footer, 'footer', N, { size: ptToHalfPoints(sizes.small), color: muted }, { alignment: AlignmentType.CENTER }),
      paragraphStyle(StyleId.footnoteText, 'footnote text', N, { size: ptToHalfPoints(sizes.small) }, { spacing: { after: ptToTwips(2), line: 240, lineRule: LineRuleType.AUTO } }),
      paragraphStyle(StyleId.coverSeries, 'Cover Series', N, { ...heading, size: ptToHalfPoints(sizes.h3), color: primary, allCaps: true }, {
        ...sp(0, 0, 240),
        border: { top: { style: BorderStyle.SINGLE, size: 36, color: primary, space: 12 } },
      }),
      paragraphStyle(StyleId.coverIssuer, 'Cover Issuer', N, { ...heading, size: ptToHalfPoints(sizes.h3), color: text }, { spacing: { before: Math.round(textHeight * 0.3), after: ptToTwips(4), line: 240, lineRule: LineRuleType.AUTO } }),
      paragraphStyle(StyleId.coverDate, 'Cover Date', N, { color: muted }, sp(0, 0)),
    ],
  };
}

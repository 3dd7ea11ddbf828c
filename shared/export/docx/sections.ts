import { Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { LayoutFurniture } from '../layout/types.js';
import { StyleId } from './style-ids.js';
import { xmlSafe } from './text.js';
import type { PageGeometry } from './units.js';

/** "{page} sur {pages}" as text around Word's PAGE and NUMPAGES fields. */
function pageOf(template: string): TextRun {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of xmlSafe(template).split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') children.push(PageNumber.CURRENT);
    else if (part === '{pages}') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  return new TextRun({ children });
}

/**
 * The one section of the document: the template's page size and margins, the running title in
 * the header and "page X of Y" in the footer on every page but the first (the cover), which
 * has empty ones of its own (Word's "different first page").
 */
export function documentSection(page: PageGeometry, furniture: LayoutFurniture, children: ISectionOptions['children']): ISectionOptions {
  const { margins } = page;
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: page.width, height: page.height },
        margin: { ...margins, header: Math.round(margins.top / 2), footer: Math.round(margins.bottom / 2), gutter: 0 },
      },
    },
    headers: {
      default: new Header({ children: [new Paragraph({ style: StyleId.header, children: [new TextRun(xmlSafe(furniture.runningTitle))] })] }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    footers: {
      default: new Footer({ children: [new Paragraph({ style: StyleId.footer, children: [pageOf(furniture.pageOf)] })] }),
      first: new Footer({ children: [new Paragraph({})] }),
    },
    children,
  };
}

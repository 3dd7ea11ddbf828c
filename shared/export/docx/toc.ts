import { BuilderElement, FileChild, InternalHyperlink, PageReference, Paragraph, Tab, TextRun } from 'docx';
import type { LayoutBlock } from '../layout/types.js';
import { fieldBegin, fieldEnd } from './fields.js';
import { StyleId } from './style-ids.js';
import { bookmarkName, xmlSafe } from './text.js';

/** One line of the table of contents. */
interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  bookmark: string;
}

/** The headings the table of contents lists, in order. */
export function tocEntries(blocks: readonly LayoutBlock[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const b of blocks) if (b.kind === 'heading' && b.toc) entries.push({ level: b.level, text: xmlSafe(b.text), bookmark: bookmarkName(b.anchor) });
  return entries;
}

/** A content control (`w:sdt`) Word recognises as a table of contents, with "Update Table". */
class TocControl extends FileChild {
  constructor(paragraphs: Paragraph[]) {
    super('w:sdt');
    const gallery = new BuilderElement({
      name: 'w:docPartObj',
      children: [
        new BuilderElement<{ val: string }>({ name: 'w:docPartGallery', attributes: { val: { key: 'w:val', value: 'Table of Contents' } } }),
        new BuilderElement({ name: 'w:docPartUnique' }),
      ],
    });
    this.root.push(new BuilderElement({ name: 'w:sdtPr', children: [gallery] }));
    const content = new BuilderElement({ name: 'w:sdtContent', children: paragraphs });
    this.root.push(content);
  }
}

/**
 * The table of contents, written as Word writes its own: a `TOC` field whose cached result is
 * one paragraph per entry (TOC1, TOC2… styles, dot leader to the page number), each a link to
 * the heading's bookmark, the page number a `PAGEREF` field. LibreOffice never updates a TOC
 * and shows this result as it is; Word shows it too and, with `updateFields`, offers to refresh
 * it. The page numbers are filled in by the document's page-number estimate (`pageNumbers`).
 */
export function tableOfContents(title: string, entries: readonly TocEntry[]): FileChild[] {
  const heading = new Paragraph({ style: StyleId.tocHeading, pageBreakBefore: true, children: [new TextRun(xmlSafe(title))] });
  if (entries.length === 0) return [heading];
  const deepest = Math.max(...entries.map((e) => e.level));
  const code = `TOC \\o "1-${deepest}" \\h \\z \\u`;
  const paragraphs = entries.map((entry, i) => {
    const link = new InternalHyperlink({
      anchor: entry.bookmark,
      children: [new TextRun({ children: [entry.text, new Tab()] }), new PageReference(entry.bookmark, { hyperlink: true })],
    });
    const children = [...(i === 0 ? [fieldBegin(code)] : []), link, ...(i === entries.length - 1 ? [fieldEnd()] : [])];
    return new Paragraph({ style: StyleId.toc[entry.level], children });
  });
  return [heading, new TocControl(paragraphs)];
}

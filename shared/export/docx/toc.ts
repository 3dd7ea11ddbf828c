import { BuilderElement, FileChild, InternalHyperlink, Paragraph, TextRun } from 'docx';
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
 * The table of contents as a real `TOC` field, marked dirty so that Word rebuilds it with the
 * page numbers it lays out (with `updateFields` in the settings, Word offers it on opening).
 * Its cached result, what any reader shows before an update, is one paragraph per entry (TOC1,
 * TOC2… styles), each a link to the heading's bookmark, and deliberately no page number: this
 * file is laid out by Word or LibreOffice, not by us, and LibreOffice never updates a TOC, so
 * any number written here would be printed as it is, and be wrong wherever their pagination
 * differs from ours. Nor does LibreOffice compute a `PAGEREF` inside a TOC's result: it prints
 * its cached text, so the entries carry no tab either (a dot leader to nothing).
 */
export function tableOfContents(title: string, entries: readonly TocEntry[]): FileChild[] {
  const heading = new Paragraph({ style: StyleId.tocHeading, pageBreakBefore: true, children: [new TextRun(xmlSafe(title))] });
  if (entries.length === 0) return [heading];
  const deepest = Math.max(...entries.map((e) => e.level));
  const code = `TOC \\o "1-${deepest}" \\h \\z \\u`;
  const paragraphs = entries.map((entry, i) => {
    const link = new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun(entry.text)] });
    const children = [...(i === 0 ? [fieldBegin(code, true)] : []), link, ...(i === entries.length - 1 ? [fieldEnd()] : [])];
    return new Paragraph({ style: StyleId.toc[entry.level], children });
  });
  return [heading, new TocControl(paragraphs)];
}

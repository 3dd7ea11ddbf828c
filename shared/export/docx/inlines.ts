import { ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { LayoutInline } from '../layout/types.js';
import type { RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { bookmarkName, xmlSafe } from './text.js';

/** A run of text; tabs and line feeds in the text become Word tabs and line breaks. */
function textRun(text: string, inline: { bold?: boolean; italic?: boolean }, style?: string): TextRun[] {
  const clean = xmlSafe(text).replace(/\r\n?/g, '\n');
  const format = { ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italics: true } : {}), ...(style ? { style } : {}) };
  if (!/[\t\n]/.test(clean)) return [new TextRun({ text: clean, ...format })];
  return clean.split('\n').map((line, i) => {
    const children = line.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part]));
    return new TextRun({ children, ...format, ...(i > 0 ? { break: 1 } : {}) });
  });
}

/** Only the links a reader can safely follow leave the document. */
function safeHref(href: string): string | undefined {
  const url = xmlSafe(href).trim();
  return /^(https?:|mailto:)/i.test(url) ? url : undefined;
}

/**
 * Layout inlines as paragraph content: text with bold and italic, external links, internal
 * links to heading bookmarks, line breaks, and footnote calls. A note's text becomes a real
 * Word footnote (registered in the context under the note's number); notes inside a note are
 * dropped, as Word cannot nest them.
 */
export function renderInlines(inlines: readonly LayoutInline[], ctx: RenderContext, inNote = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text': {
        const href = inline.href ? safeHref(inline.href) : undefined;
        if (href) out.push(new ExternalHyperlink({ link: href, children: textRun(inline.text, inline, StyleId.hyperlink) }));
        else if (inline.anchor) out.push(new InternalHyperlink({ anchor: bookmarkName(inline.anchor), children: textRun(inline.text, inline, StyleId.hyperlink) }));
        else out.push(...textRun(inline.text, inline));
        break;
      }
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'note':
        if (inNote) break;
        ctx.footnotes[String(inline.n)] ??= { children: [new Paragraph({ style: StyleId.footnoteText, children: renderInlines(inline.content, ctx, true) })] };
        out.push(new FootnoteReferenceRun(inline.n));
        break;
    }
  }
  return out;
}

import type { Block, Inline, List } from '../../model/richtext.js';
import { chartBlockSpec } from '../chart/block.js';
import type { LayoutContext } from './context.js';
import type { LayoutBlock, LayoutCell, LayoutInline, LayoutList } from './types.js';
import { contentWidths } from './widths.js';

/**
 * Removes what no document format can hold, control characters other than tab and new line,
 * and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F,
 * U+061C): an override such as U+202E prints a name or a title backwards, and none of them is
 * needed by the scripts our fonts print.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, '');
}

/** Rich-text inlines as layout inlines; footnotes get their number from the context. */
export function layoutInlines(inlines: readonly Inline[], ctx: LayoutContext): LayoutInline[] {
  return inlines.flatMap((inline): LayoutInline[] => {
    switch (inline.type) {
      case 'text':
        return [{ kind: 'text', text: cleanText(inline.text), ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italic: true } : {}) }];
      case 'break':
        return [{ kind: 'break' }];
      case 'link': {
        const parts = inline.children.map((c): LayoutInline => (c.type === 'break' ? { kind: 'break' } : { kind: 'text', text: cleanText(c.text), href: inline.url, ...(c.bold ? { bold: true } : {}), ...(c.italic ? { italic: true } : {}) }));
        // On paper the link's target is lost: its address goes in a note, unless its text is the address.
        const note = ctx.addressNote(parts.map((p) => (p.kind === 'text' ? p.text : ' ')).join(''), inline.url);
        return note ? [...parts, note] : parts;
      }
      case 'footnote':
        return [ctx.note(layoutInlines(inline.children, ctx))];
    }
  });
}

function layoutList(list: List, ctx: LayoutContext): LayoutList {
  return {
    kind: 'list',
    ordered: list.ordered,
    items: list.items.map((item) => ({ inlines: layoutInlines(item.children, ctx), ...(item.sublist ? { sublist: layoutList(item.sublist, ctx) } : {}) })),
  };
}

/**
 * Rich-text blocks as layout blocks. `headingBase` is the level of the heading the text sits
 * under: a sub-heading of level 1 inside a card (level 2) becomes a level-3 heading.
 */
export function layoutRichText(blocks: readonly Block[], ctx: LayoutContext, headingBase: 1 | 2, anchorBase: string): LayoutBlock[] {
  return blocks.map((block): LayoutBlock => {
    switch (block.type) {
      case 'paragraph':
        return { kind: 'paragraph', style: 'body', inlines: layoutInlines(block.children, ctx) };
      case 'heading': {
        const text = layoutInlines(block.children, ctx).map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? ' ' : '')).join('');
        return { kind: 'heading', level: Math.min(3, headingBase + block.level) as 2 | 3, text, anchor: ctx.anchor(anchorBase), toc: false, pageBreakBefore: false };
      }
      case 'list':
        return layoutList(block, ctx);
      case 'table': {
        const rows = block.rows.map((row, r) => row.map((cell): LayoutCell => ({ blocks: [{ kind: 'paragraph', style: 'body', inlines: layoutInlines(cell.children, ctx) }], ...(block.headerRow && r === 0 ? { shade: 'header' as const } : {}) })));
        return { kind: 'table', headerRows: block.headerRow ? 1 : 0, widths: block.widths ?? contentWidths(rows), rows };
      }
      case 'image': {
        const media = ctx.report.media.find((m) => m.id === block.media)!;
        return { kind: 'image', data: ctx.media.get(media.file)!, mime: media.mime, width: media.width, height: media.height, alt: cleanText(block.alt), scale: block.width ?? 1 };
      }
      case 'chart': {
        const { spec, alt } = chartBlockSpec(block, ctx.lang);
        return { kind: 'chart', chart: spec, alt };
      }
    }
  });
}

import { Paragraph } from 'docx';
import type { LayoutList } from '../layout/types.js';
import type { RenderContext } from './context.js';
import { renderInlines } from './inlines.js';
import { ListRef } from './numbering.js';
import { StyleId } from './style-ids.js';

/**
 * A list and its nested lists as numbered paragraphs. Every list, nested ones included, is a
 * numbering instance of its own, so each counts from 1 as the layout asks.
 */
export function renderList(list: LayoutList, ctx: RenderContext, level = 0): Paragraph[] {
  const reference = list.ordered ? ListRef.ordered : ListRef.bullet;
  const instance = ctx.nextListInstance();
  const depth = Math.min(level, 8);
  const out: Paragraph[] = [];
  for (const item of list.items) {
    out.push(new Paragraph({ style: StyleId.listParagraph, numbering: { reference, level: depth, instance, custom: true }, children: renderInlines(item.inlines, ctx) }));
    if (item.sublist) out.push(...renderList(item.sublist, ctx, level + 1));
  }
  return out;
}

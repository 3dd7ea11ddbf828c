import { ImageRun, Paragraph } from 'docx';
import type { LayoutImage } from '../layout/types.js';
import type { Container, RenderContext } from './context.js';
import { StyleId } from './style-ids.js';
import { xmlSafe } from './text.js';
import { twipsToPixels } from './units.js';

/**
 * An image in a paragraph of its own, `scale` × the container's width, keeping its aspect
 * ratio and never taller than most of a page, with its alternative text where Word and
 * screen readers look for it (the drawing's description and title).
 */
export function renderImage(image: LayoutImage, ctx: RenderContext, where: Container): Paragraph {
  const scale = Math.min(1, Math.max(0.1, Number.isFinite(image.scale) ? image.scale : 1));
  const ratio = image.width > 0 && image.height > 0 ? image.height / image.width : 1;
  let width = twipsToPixels(where.width) * scale;
  const maxHeight = twipsToPixels(ctx.page.textHeight) * 0.85;
  if (width * ratio > maxHeight) width = maxHeight / ratio;
  const alt = xmlSafe(image.alt);
  return new Paragraph({
    style: StyleId.figure,
    children: [
      new ImageRun({
        type: image.mime === 'image/png' ? 'png' : 'jpg',
        data: ctx.media(image.data),
        transformation: { width: Math.round(width), height: Math.round(width * ratio) },
        altText: { name: `Image ${ctx.nextImage()}`, title: alt, description: alt },
      }),
    ],
  });
}

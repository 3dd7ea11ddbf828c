import type { LayoutImage } from '../../layout/types.js';
import type { RenderContext } from '../context.js';
import { Atom, type Flow } from '../flow.js';
import type { Tag } from '../tags.js';
import { paragraphFlow } from './paragraph.js';

/** pdfkit's opened image: its real pixel size. */
interface OpenedImage {
  width: number;
  height: number;
}

function open(ctx: RenderContext, data: Uint8Array): OpenedImage | null {
  // An image repeated (a logo) is embedded once: pdfkit reuses an opened image's object.
  const opened = ctx.images as Map<Uint8Array, OpenedImage | null>;
  if (opened.has(data)) return opened.get(data)!;
  let image: OpenedImage | null = null;
  try {
    // openImage is public in pdfkit but missing from @types/pdfkit.
    const doc = ctx.doc as unknown as { openImage(src: Buffer): OpenedImage };
    image = doc.openImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (!(image.width > 0 && image.height > 0)) image = null;
  } catch {
    // A damaged image must not stop the export: its alternative text stands in for it.
    image = null;
  }
  opened.set(data, image);
  return image;
}

/**
 * An image at `scale` of the column's width, never taller than the page body, kept on one
 * page, centred, tagged Figure with its alternative text and its box.
 */
export function imageFlow(ctx: RenderContext, block: LayoutImage, width: number, parent: Tag): Flow {
  const image = open(ctx, block.data);
  if (!image) return paragraphFlow(ctx, { kind: 'paragraph', style: 'placeholder', inlines: [{ kind: 'text', text: block.alt || '—' }] }, width, parent);
  const tag = parent.child('Figure', { alt: block.alt, placement: 'Block' });
  const scale = Math.min(1, Math.max(0.1, block.scale || 1));
  // The pixel size of the layout wins for the ratio, the file's own when the layout has none.
  const ratio = block.width > 0 && block.height > 0 ? block.height / block.width : image.height / image.width;
  let w = width * scale;
  let h = w * ratio;
  // Inside a table cell or a box the room is a little less than the body: keep a margin.
  const maxHeight = ctx.geo.height * 0.8;
  if (h > maxHeight) {
    h = maxHeight;
    w = h / ratio;
  }
  const gaps = ctx.styles.gaps.image;
  return new Atom(
    h,
    (x, y) => {
      const left = x + (width - w) / 2;
      tag.set({ bbox: [left, y, left + w, y + h] });
      tag.mark(() => {
        ctx.doc.image(image as unknown as PDFKit.Mixins.ImageSrc, left, y, { width: w, height: h });
      });
    },
    gaps,
  );
}

import type { Page } from 'playwright-core';

/** Two screenshots compared: their sizes, and how many pixels differ between them. */
export interface PixelDifference {
  a: { width: number; height: number };
  b: { width: number; height: number };
  /** Pixels whose colour differs in any channel by more than `tolerance`; -1 when the sizes differ. */
  differing: number;
  /** The box around the differing pixels, if any. */
  where?: { left: number; top: number; right: number; bottom: number };
}

/**
 * Compares two PNG screenshots pixel by pixel, decoding them in the page (Chromium reads PNG;
 * nothing to install for Node). A channel may differ by `tolerance` (out of 255) unnoticed.
 */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, tolerance = 8): Promise<PixelDifference> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const images = await Promise.all(
        [a, b].map(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        }),
      );
      const [x, y] = images as [ImageData, ImageData];
      const sizes = { a: { width: x.width, height: x.height }, b: { width: y.width, height: y.height } };
      if (x.width !== y.width || x.height !== y.height) return { ...sizes, differing: -1 };
      let differing = 0;
      const where = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c++) {
          if (Math.abs(x.data[i + c]! - y.data[i + c]!) > tolerance) {
            const px = (i / 4) % x.width;
            const py = Math.floor(i / 4 / x.width);
            Object.assign(where, { left: Math.min(where.left, px), top: Math.min(where.top, py), right: Math.max(where.right, px), bottom: Math.max(where.bottom, py) });
            differing++;
            break;
          }
        }
      }
      return differing ? { ...sizes, differing, where } : { ...sizes, differing };
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}

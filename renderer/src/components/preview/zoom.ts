// The preview's zoom: fitting the panel's width, or a share of the page's printed size in steps.
// Apart from pdf-view.ts, so that the panel's buttons need not load pdf.js.

/** How the pages are sized: to the panel's width, or at a share of their printed size. */
export type Zoom = { kind: 'fit' } | { kind: 'percent'; percent: number };

/** The zoom steps offered by − and +, in percent of the printed size. */
export const ZOOM_STEPS = [50, 67, 75, 90, 100, 110, 125, 150, 175, 200] as const;
export const MIN_ZOOM: number = ZOOM_STEPS[0];
export const MAX_ZOOM: number = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

/** The zoom step after (`+1`) or before (`-1`) `percent`, or `percent` itself at the end of the steps. */
export function stepZoom(percent: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((s) => s > percent + 0.5) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < percent - 0.5) ?? MIN_ZOOM;
}

/** Whether two zooms show the pages at the same size (both fit, or the same percent). */
export function sameZoom(a: Zoom, b: Zoom): boolean {
  return a.kind === 'fit' ? b.kind === 'fit' : b.kind === 'percent' && a.percent === b.percent;
}

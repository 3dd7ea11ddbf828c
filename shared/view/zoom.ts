/**
 * The zoom steps of the View menu (Ctrl +, Ctrl −, Ctrl 0), the same in the desktop window and
 * in the browser: from half size to three times, as a browser steps. 1 is the actual size.
 */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/** Which way the zoom goes. */
export type ZoomDirection = 'in' | 'out' | 'reset';

/** The zoom after a step in `direction` from `factor` (a factor between steps goes to the next one). */
export function nextZoom(factor: number, direction: ZoomDirection): number {
  if (direction === 'reset') return 1;
  if (direction === 'in') return ZOOM_STEPS.find((s) => s > factor + 0.001) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((s) => s < factor - 0.001) ?? ZOOM_STEPS[0];
}

/** A remembered zoom, checked: a number within the steps' range, or the actual size. */
export function parseZoom(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= ZOOM_STEPS[0] && raw <= ZOOM_STEPS.at(-1)! ? raw : 1;
}

/** The zoom as a percentage, rounded: "150 %" is said by the caller in its language. */
export function zoomPercent(factor: number): number {
  return Math.round(factor * 100);
}

import { create } from 'zustand';
import { nextZoom, parseZoom, type ZoomDirection } from '../../../../shared/view/zoom.js';
import './reflow.css';

/** Below this width (in CSS pixels at the zoom chosen) the editor stacks its columns. */
export const NARROW_WIDTH = 1000;

/** The page's zoom in the browser (`bilan serve`), where the page zooms itself; 1 on the desktop, whose window zooms. */
export const useZoom = create<{ factor: number }>()(() => ({ factor: 1 }));

/** The width the page lays out in: the window's, divided by the page's own zoom. */
export function layoutWidth(): number {
  return window.innerWidth / useZoom.getState().factor;
}

/** Marks the page narrow (stacked columns) when it is: a small window, or a large zoom. */
export function markWidth(): void {
  document.documentElement.classList.toggle('bilan-narrow', layoutWidth() < NARROW_WIDTH);
}

/** Zooms the page (CSS zoom on the root, which the layout sees as a narrower window). */
function applyZoom(factor: number): void {
  const root = document.documentElement;
  root.style.zoom = factor === 1 ? '' : String(factor);
  // What is sized on the window's height (sticky columns) divides by it.
  if (factor === 1) root.style.removeProperty('--bilan-zoom');
  else root.style.setProperty('--bilan-zoom', String(factor));
  useZoom.setState({ factor });
  markWidth();
}

/** Zooms in, out or back to the actual size, and remembers it for the next visit (`bilan serve` keeps it in the workspace). */
export function zoom(direction: ZoomDirection): void {
  const factor = nextZoom(useZoom.getState().factor, direction);
  applyZoom(factor);
  // A zoom that cannot be kept still holds for this visit: a preference is not worth an error.
  void window.api.setViewSettings({ zoom: factor }).catch(() => undefined);
}

/**
 * Watches the width the page lays out in (stacking the editor's columns when narrow), and in the
 * browser applies the zoom remembered from the last visit. The desktop window zooms itself
 * (the main process, View menu): there the page's own zoom stays 1.
 */
export function startZoom(inBrowser: boolean): void {
  applyZoom(1);
  window.addEventListener('resize', markWidth);
  if (!inBrowser) return;
  void window.api.getViewSettings().then(
    (reply) => {
      // Not over a zoom chosen meanwhile.
      if (reply.ok && useZoom.getState().factor === 1) applyZoom(parseZoom(reply.value.zoom));
    },
    () => undefined,
  );
}

/** The zoom keys of a browser, taken by the page: Ctrl +, Ctrl − and Ctrl 0 (the keypad's too). */
export function zoomKey(event: KeyboardEvent): ZoomDirection | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd') return 'in';
  if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') return 'out';
  if (event.key === '0' || event.code === 'Numpad0') return 'reset';
  return null;
}

import { useLayoutEffect } from 'react';
import { useBilan } from '../../store/index.js';

/**
 * Each new view (a card, a panel) starts at its top with the focus on its heading, so that a
 * screen reader says where the user is and the next Tab leads into it. A validation entry
 * leading to a field instead lets `useFocusRequest` scroll to that field and focus it.
 */
export function useViewStart(): void {
  const view = useBilan((s) => s.view);
  useLayoutEffect(() => {
    if (useBilan.getState().focus) return undefined;
    // At the top already (a report just opened), nothing to do: scrolling would lay the page out.
    if (scrollX !== 0 || scrollY !== 0) scrollTo(0, 0);
    // The focus moves in the next frame, just before it is drawn, rather than here: focusing
    // makes the browser compute the whole page's style there and then, and the effects that run
    // next (a card's editors mounting) change it again before the frame, which paid it twice
    // (a quarter of a second of a card's opening under load, tests/bench/editor-bench.ts).
    const before = document.activeElement;
    const frame = requestAnimationFrame(() => {
      // Not if the user has put it somewhere meanwhile (a click in a field already drawn).
      const now = document.activeElement;
      if (now && now !== before && now !== document.body && now.isConnected) return;
      focusViewHeading();
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);
}

/** Focuses the heading of the view shown (or the pane when it has none), without scrolling. */
export function focusViewHeading(): void {
  const pane = document.getElementById('main');
  const heading = pane?.querySelector<HTMLElement>('h1') ?? pane;
  if (!heading) return;
  // Focusable from script only: a heading is no stop of the tab order.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

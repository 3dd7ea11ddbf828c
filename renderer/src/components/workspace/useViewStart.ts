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
    if (useBilan.getState().focus) return;
    scrollTo(0, 0);
    focusViewHeading();
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

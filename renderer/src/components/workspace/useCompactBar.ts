import { type RefObject, useEffect, useState } from 'react';

// Past this scroll the bar folds to one row; back near the top it unfolds. The gap between the
// two keeps it from flickering at the edge.
const FOLD_BELOW = 96;
const UNFOLD_ABOVE = 8;

/**
 * Whether the editor's sticky bar is folded because the page has scrolled, and its height kept
 * in the page's `--bilan-bar-height` (the rich-text toolbar docks under it, see editor.css).
 * When the bar folds, the page is scrolled back by what it lost, so the text under the user's
 * eyes stays where it was.
 */
export function useCompactBar(bar: RefObject<HTMLElement | null>): boolean {
  const [compact, setCompact] = useState(false);
  useEffect(() => {
    const onScroll = () => setCompact((now) => (now ? scrollY > UNFOLD_ABOVE : scrollY > FOLD_BELOW));
    addEventListener('scroll', onScroll, { passive: true });
    return () => removeEventListener('scroll', onScroll);
  }, []);
  useEffect(() => {
    const element = bar.current;
    if (!element) return undefined;
    let height = element.offsetHeight;
    const root = document.documentElement;
    root.style.setProperty('--bilan-bar-height', `${height}px`);
    const watch = new ResizeObserver(() => {
      const next = element.offsetHeight;
      if (next < height && scrollY > 0) scrollBy(0, next - height);
      height = next;
      root.style.setProperty('--bilan-bar-height', `${height}px`);
    });
    watch.observe(element);
    return () => {
      watch.disconnect();
      root.style.removeProperty('--bilan-bar-height');
    };
  }, [bar]);
  return compact;
}

import { useEffect, useState } from 'react';

/**
 * How many of a form's `total` parts to draw: `first` with the form, then `step` more in each
 * frame that follows, until all are drawn; all at once when `all` is true (a field below has
 * been asked for), and from then on.
 *
 * A card is a column of a dozen fields, most of them below the window. Drawn in one go, their
 * elements (about 1,200 of the page's 1,600) were built, styled and laid out before the first
 * frame showed the card, and its first field waited for them. Drawn in turn, the fields on screen come first;
 * each later part is built in a task of its own after a frame, so that a click or a key
 * waits for one part at most (tests/bench/editor-bench.ts).
 */
export function useDrawnInTurn(total: number, first: number, step: number, all: boolean): number {
  const [count, setCount] = useState(first);
  // Sticky: once every part is drawn, none is taken away.
  if (all && count < total) setCount(total);
  const drawn = Math.min(all ? total : count, total);
  useEffect(() => {
    if (drawn >= total) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that shows what is drawn, in a task of its own.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setCount((now) => Math.max(now, drawn + step)))));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [drawn, total, step]);
  return drawn;
}

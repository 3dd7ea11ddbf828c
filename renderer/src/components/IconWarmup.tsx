import { useEffect, useState } from 'react';

/** Icons drawn per idle period: each costs a few milliseconds the first time. */
const PER_IDLE = 4;

/** How long the screen that asked for the warm-up is left alone first: its own first clicks come before. */
const FIRST_DELAY_MS = 1000;

/**
 * Draws the given icons, invisibly, a few at a time while the window is idle, a moment after
 * `start` turns true, so that Chromium has loaded and decoded their files before the screen
 * that shows them opens, and opening a report does not wait for them. Stays on the page, so that
 * the loaded images stay in use and are not let go.
 */
export function IconWarmup({ icons, start }: { icons: readonly string[]; start: boolean }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if ((!start && count === 0) || count >= icons.length) return undefined;
    let idle: number | undefined;
    const timer = setTimeout(() => (idle = requestIdleCallback(() => setCount((n) => n + PER_IDLE))), count === 0 ? FIRST_DELAY_MS : 0);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [start, count, icons.length]);
  return (
    <div className="bilan-icon-warmup" aria-hidden="true">
      {icons.slice(0, count).map((icon) => (
        <span key={icon} className={icon} />
      ))}
    </div>
  );
}

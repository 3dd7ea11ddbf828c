import { useEffect } from 'react';
import { useBilan } from '../../store/index.js';

/** How often the window asks, while it is shown, whether its file changed on disk. */
const EVERY_MS = 10_000;

/**
 * Asks whether the open report's file changed on disk when the window comes back to the front
 * (focus, or the tab shown again), and every few seconds while it is shown: the user hears of
 * it before saving, not from a refused save.
 */
export function useDiskWatch(): void {
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible') void useBilan.getState().checkOnDisk();
    };
    const timer = setInterval(check, EVERY_MS);
    addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
}

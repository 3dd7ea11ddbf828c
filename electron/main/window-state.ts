import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { z } from 'zod';

/**
 * The main window's size and position, kept between sessions. Imports only types from
 * `electron`, so it is tested as data.
 */
export const WindowState = z.strictObject({
  x: z.int(),
  y: z.int(),
  width: z.int().min(1),
  height: z.int().min(1),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** The smallest window that is still usable. */
export const MIN_SIZE = { width: 800, height: 600 } as const;

/** The saved state as read from its JSON file, or undefined when absent or malformed. */
export function parseWindowState(raw: unknown): WindowState | undefined {
  const parsed = WindowState.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Whether enough of a rectangle (its title bar area) lies on one of the screens to grab it. */
function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const grip = { x: bounds.x + 40, y: bounds.y + 10 };
  return workAreas.some((a) => grip.x >= a.x && grip.x < a.x + a.width - 40 && grip.y >= a.y && grip.y < a.y + a.height - 10);
}

/**
 * The bounds to open the window with: the saved size (never below the minimum, never above the
 * largest screen) and the saved position only if the window would still be reachable there, so
 * that a window saved on a screen since unplugged does not open out of sight.
 */
export function restoredBounds(state: WindowState | undefined, workAreas: readonly Rectangle[]): Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height'> {
  if (!state) return {};
  const maxWidth = Math.max(MIN_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_SIZE.height, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(state.width, MIN_SIZE.width), maxWidth);
  const height = Math.min(Math.max(state.height, MIN_SIZE.height), maxHeight);
  const bounds = { x: state.x, y: state.y, width, height };
  return isReachable(bounds, workAreas) ? bounds : { width, height };
}

/** The state to remember: the normal (not maximised) bounds, and whether it was maximised. */
export function captureState(normalBounds: Rectangle, maximized: boolean): WindowState {
  const r = (n: number) => Math.round(n);
  return { x: r(normalBounds.x), y: r(normalBounds.y), width: r(normalBounds.width), height: r(normalBounds.height), maximized };
}

import { describe, expect, it } from 'vitest';
import { captureState, MIN_SIZE, parseWindowState, restoredBounds } from '../../electron/main/window-state.js';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('the window’s remembered size and position', () => {
  it('comes back where it was left', () => {
    const state = captureState({ x: 100.4, y: 80, width: 1400, height: 900 }, false);
    const reread = parseWindowState(JSON.parse(JSON.stringify(state)));
    expect(restoredBounds(reread, [screen])).toEqual({ x: 100, y: 80, width: 1400, height: 900 });
  });

  it('opens on screen when its screen has gone, keeping the size', () => {
    const state = captureState({ x: 2500, y: 100, width: 1200, height: 800 }, true);
    expect(restoredBounds(state, [screen])).toEqual({ width: 1200, height: 800 });
  });

  it('is never smaller than usable nor larger than the largest screen', () => {
    expect(restoredBounds({ x: 0, y: 0, width: 200, height: 100, maximized: false }, [screen])).toMatchObject(MIN_SIZE);
    expect(restoredBounds({ x: 0, y: 0, width: 5000, height: 4000, maximized: false }, [screen])).toMatchObject({ width: 1920, height: 1040 });
  });

  it('ignores a missing or damaged file', () => {
    expect(parseWindowState(undefined)).toBeUndefined();
    expect(parseWindowState({ x: 'a', y: 0, width: 1, height: 1, maximized: false })).toBeUndefined();
    expect(restoredBounds(undefined, [screen])).toEqual({});
  });
});

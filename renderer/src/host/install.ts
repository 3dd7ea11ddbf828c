import { httpApi } from './http-api.js';

// Imported first by main.tsx: the store reads `window.api` as its module loads.

/**
 * True when the page runs in a browser, served by `bilan serve`: the desktop app's preload
 * gives the window its `window.api` before any script runs, a browser page has none. The page
 * then carries its own menu, since there is no native one.
 */
export const servedOverHttp = !('api' in window);

if (servedOverHttp) Object.defineProperty(window, 'api', { value: Object.freeze(httpApi()), writable: false, configurable: false });

import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isSafeUrl } from '../../shared/model/richtext.js';

/**
 * The main window's security settings and navigation guards. This file imports only types from
 * `electron`, so that the tests check the settings without starting Electron.
 */

/** The options of the main window: isolated, sandboxed, no Node in the page, a sensible size. */
export function windowOptions(preload: string, title = 'Bilan'): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Off: Electron's checker downloads its dictionaries; Bilan ships its own (renderer/src/spelling).
      spellcheck: false,
    },
  };
}

/** Longest address handed to the system browser; longer ones are refused as suspicious. */
const MAX_URL_LENGTH = 2048;

/**
 * Tells whether a link may be opened in the system browser or mail client: https, http or
 * mailto only (never file:, javascript:, custom protocols that launch other programs), with a
 * host for web addresses and no credentials in it.
 */
export function isExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || !isSafeUrl(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/** The parts of `WebContents` the guards use (a fake of them is enough in tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps the window on the application's own page: it never navigates elsewhere, never opens
 * another window, never attaches a webview; safe links go to the system browser instead.
 */
export function installNavigationGuards(contents: GuardedContents, openExternal: (url: string) => Promise<void>): void {
  const external = (url: string) => {
    if (isExternalUrl(url)) openExternal(url).catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    external(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    external(url);
    return { action: 'deny' };
  });
}

/** Tells whether an IPC request comes from the application's own page (not a frame or a stray page). */
export function isAppPage(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const a = new URL(frameUrl);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

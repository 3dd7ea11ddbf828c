import { describe, expect, it, vi } from 'vitest';
import { installNavigationGuards, isAppPage, isExternalUrl, windowOptions, type GuardedContents } from '../../electron/main/window.js';

describe('the main window', () => {
  it('is isolated and sandboxed: no Node in the page, web security on, the preload given', () => {
    const options = windowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
  });
});

describe('links opened outside the application', () => {
  it('are https, http or mailto addresses', () => {
    expect(isExternalUrl('https://www.opengovpartnership.org/members/france/')).toBe(true);
    expect(isExternalUrl('http://www.modernisation.gouv.fr')).toBe(true);
    expect(isExternalUrl('mailto:gouvernement-ouvert@modernisation.gouv.fr')).toBe(true);
  });

  it('never start programs, read files or carry credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'https://user:secret@example.org/',
      'https://',
      'mailto:',
      'not a url',
      `https://example.org/${'a'.repeat(3000)}`,
      42,
      undefined,
    ]) {
      expect(isExternalUrl(url), String(url).slice(0, 40)).toBe(false);
    }
  });
});

/** A stand-in for a window's web contents that records the guards installed on it. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const event = () => ({ preventDefault: vi.fn() });
  return { contents: contents as unknown as GuardedContents, listeners, event, open: (url: string) => openHandler!({ url }) };
}

describe('the navigation guards', () => {
  it('keep the window on its page and send safe links to the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    installNavigationGuards(fake.contents, openExternal);

    const away = fake.event();
    fake.listeners.get('will-navigate')!(away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');

    const local = fake.event();
    fake.listeners.get('will-navigate')!(local, 'file:///home/user/secret.txt');
    expect(local.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);

    const webview = fake.event();
    fake.listeners.get('will-attach-webview')!(webview, '');
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('never open a new window; only safe addresses reach the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    installNavigationGuards(fake.contents, openExternal);
    expect(fake.open('https://www.data.gouv.fr/')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.data.gouv.fr/']]);
  });
});

describe('IPC senders', () => {
  const app = 'file:///opt/Bilan/resources/app.asar/dist/renderer/index.html';
  it('are trusted only when they are the application page itself', () => {
    expect(isAppPage(app, app)).toBe(true);
    expect(isAppPage(`${app}#outline`, app)).toBe(true);
    expect(isAppPage('file:///tmp/evil.html', app)).toBe(false);
    expect(isAppPage('https://example.org/', app)).toBe(false);
    expect(isAppPage(undefined, app)).toBe(false);
  });
});

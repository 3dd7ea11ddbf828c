import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/paths.js';

// `npm start`'s choice between Electron and the browser, on fake `electron` package folders:
// nothing is downloaded.

interface Decision {
  run: 'electron' | 'serve';
  binary?: string;
  reason?: 'node' | 'network';
}
interface StartScript {
  decideStart(options: { electronDir: string; nodeVersion?: string; install?: (dir: string) => Promise<boolean>; env?: Record<string, string> }): Promise<Decision>;
  runInstaller(dir: string, timeoutMs: number): Promise<boolean>;
  fallbackLine(reason: 'node' | 'network', lang: 'fr' | 'en', nodeVersion?: string): string;
  userLang(env: Record<string, string>): 'fr' | 'en';
}
const start = (await import(pathToFileURL(join(ROOT, 'scripts', 'start.mjs')).href)) as StartScript;

/** An `electron` package folder: its path.txt, and its binary when `withBinary`; install.js runs `installer`. */
function fakeElectron(options: { withBinary: boolean; installer?: string }): string {
  const dir = tempDir('bilan-fake-electron-');
  writeFileSync(join(dir, 'path.txt'), 'electron');
  if (options.withBinary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
  }
  writeFileSync(join(dir, 'install.js'), options.installer ?? 'process.exit(1);');
  return dir;
}

const NEW_NODE = 'v22.12.0';
const env = {};

describe('npm start', () => {
  it('runs Electron when its binary is there, without downloading', async () => {
    const dir = fakeElectron({ withBinary: true });
    let asked = false;
    const decision = await start.decideStart({ electronDir: dir, nodeVersion: 'v20.19.0', env, install: async () => (asked = true) });
    expect(decision).toEqual({ run: 'electron', binary: join(dir, 'dist', 'electron') });
    expect(asked).toBe(false);
  });

  it('runs Electron once its installer brought the binary', async () => {
    const installer = "const fs = require('fs'); fs.mkdirSync(__dirname + '/dist'); fs.writeFileSync(__dirname + '/dist/electron', '');";
    const dir = fakeElectron({ withBinary: false, installer });
    const decision = await start.decideStart({ electronDir: dir, nodeVersion: NEW_NODE, env, install: (d) => start.runInstaller(d, 10_000) });
    expect(decision.run).toBe('electron');
  });

  it('serves in the browser when the download fails, its output kept from the user', async () => {
    const dir = fakeElectron({ withBinary: false, installer: "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);" });
    expect(await start.decideStart({ electronDir: dir, nodeVersion: NEW_NODE, env, install: (d) => start.runInstaller(d, 10_000) })).toEqual({ run: 'serve', reason: 'network' });
  });

  it('serves in the browser when the download hangs past its time limit', async () => {
    const dir = fakeElectron({ withBinary: false, installer: 'setInterval(() => {}, 1000);' });
    const began = Date.now();
    expect(await start.decideStart({ electronDir: dir, nodeVersion: NEW_NODE, env, install: (d) => start.runInstaller(d, 500) })).toEqual({ run: 'serve', reason: 'network' });
    expect(Date.now() - began).toBeLessThan(5000);
  });

  it('does not try a download this Node cannot make (older than 22.12), and says so', async () => {
    const dir = fakeElectron({ withBinary: false, installer: "require('fs').writeFileSync(__dirname + '/ran', '');" });
    expect(await start.decideStart({ electronDir: dir, nodeVersion: 'v22.11.0', env, install: (d) => start.runInstaller(d, 10_000) })).toEqual({ run: 'serve', reason: 'node' });
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(start.fallbackLine('node', 'en', 'v20.19.0')).toBe(
      'Electron\'s binary is missing and could not be downloaded (its downloader needs Node 22.12 or later, and this is Node 20.19.0): the interface opens in your browser instead, served from this folder by “bilan serve”.',
    );
  });

  it('says it in French for a French locale, in one line, with no advice that would fail the same way', () => {
    expect(start.userLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(start.userLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(start.userLang({ LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    const line = start.fallbackLine('network', 'fr');
    expect(line).toMatch(/^Le programme d’Electron manque.*pas de réseau.*navigateur/);
    expect(line).not.toMatch(/\n|npm install|npx|at .*\.js/);
  });
});

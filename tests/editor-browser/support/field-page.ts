import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { ROOT, tempDir } from '../../support/paths.js';

/** Debian's Chromium, which the browser tests and the benchmark drive. */
export const CHROMIUM = '/usr/bin/chromium';

const PAGE_SOURCE = join(ROOT, 'tests', 'editor', 'browser-page');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** The Content-Security-Policy of the app's window, read from its index.html. */
export function appCsp(): string {
  const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return match[1]!;
}

/** The built test page, served on 127.0.0.1, and how to stop it. */
export interface FieldPage {
  /** The page's address; add `?csp=off` to serve it without the app's policy. */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the field's test page (tests/editor/browser-page) with Vite, as the app is built,
 * and serves it with the app's Content-Security-Policy, unless the address asks `csp=off`:
 * the hostile-paste test needs a page where only the cleaner stands between HTML and script.
 */
export async function serveFieldPage(): Promise<FieldPage> {
  const dir = tempDir('bilan-field-page-');
  await build({
    configFile: false,
    root: PAGE_SOURCE,
    base: './',
    publicDir: false,
    logLevel: 'error',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: dir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      target: 'chrome130',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  const csp = appCsp();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (url.searchParams.get('csp') !== 'off') headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts Debian's Chromium, headless, with nothing that reaches out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

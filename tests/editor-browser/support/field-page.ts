import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder } from './static-server.js';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/chromium.js';
import { ROOT, tempDir } from '../../support/paths.js';

const PAGE_SOURCE = join(ROOT, 'tests', 'editor', 'browser-page');

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
  const site = await serveFolder(dir, (url): Record<string, string> => (url.searchParams.get('csp') === 'off' ? {} : { 'content-security-policy': csp }));
  return {
    url: site.url,
    close: async () => {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { CHROMIUM, launchChromium } from '../../support/chromium.js';

/** Where the field's tests write their screenshots. */
export const SHOTS = join(ROOT, 'tests', 'editor-browser', '__screenshots__');

/** The field's page served and Chromium started for the tests of a `describe`, both closed after them. */
export interface FieldPages {
  /** A fresh page of the field, with `query` in its address; its errors go to `problems`. */
  open(query: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The console errors and uncaught exceptions of every page opened, prefixed by its query. */
  problems: string[];
}

export function fieldPages(): FieldPages {
  let site: FieldPage | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    site = await serveFieldPage();
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    problems,
    async open(query, viewport = { width: 1100, height: 800 }) {
      const page = await browser!.newPage({ viewport, locale: 'fr-FR' });
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`${query}: ${msg.text()}`));
      page.on('pageerror', (error) => problems.push(`${query}: ${error.message}`));
      await page.goto(`${site!.url}?${query}`);
      return page;
    },
  };
}

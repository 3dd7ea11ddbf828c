import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../electron/serve/server.js';
import { launchChromium } from '../support/chromium.js';
import { tempDir } from '../support/paths.js';
import { builtRenderer } from '../renderer/support/browser.js';
import uiFr from '../../renderer/src/i18n/fr.json' with { type: 'json' };

// The printed address opened in a real browser: the production build, served by `bilan serve`'s
// own server and services, with no preload — the page must find its way to the services itself.

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const rendererDir = await builtRenderer();
  server = await startServer({ workspace: tempDir('bilan-ws-'), rendererDir, lang: 'fr' });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bilan serve in Chromium', () => {
  it('shows the start screen from the printed address, with no console error and no CSP violation', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(server.url);
    // The token left the address at once; the cookie carries the session.
    expect(page.url()).toBe(`${server.origin}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe(uiFr['start.heading']);
    await page.getByRole('heading', { name: uiFr['start.title'] }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

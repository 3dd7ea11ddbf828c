import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The page zoomed as a user zooms it in a browser (Ctrl +, Ctrl −, Ctrl 0, the View menu), and
// still usable at 200 % in a 1366×768 window: nothing cut off, no sideways scrolling of the page.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;

/** The page's zoom, whether it lays out narrow, and how far the page scrolls sideways (it should not). */
const state = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const y = window.scrollY;
    window.scrollTo(100_000, y);
    const overflow = Math.round(window.scrollX);
    window.scrollTo(0, y);
    return { zoom: Number(root.style.zoom || '1'), narrow: root.classList.contains('bilan-narrow'), overflow };
  });

describe.skipIf(!existsSync(CHROMIUM))(`the page’s zoom (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const workspace = tempDir('bilan-zoom-workspace-');
  const open = () => rig.open(createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() }), { workspace, viewport: { width: 1366, height: 768 } });

  beforeAll(async () => {
    rig = await startRenderer();
    ({ page, problems } = await open());
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.locator('.bilan-card-editor').waitFor();
  }, 240_000);
  afterAll(async () => rig?.close());

  it('zooms in a step at a time with Ctrl +, and lays the editor out in one column at 150 %', async () => {
    expect(await state(page)).toEqual({ zoom: 1, narrow: false, overflow: 0 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Equal');
    await expect.poll(async () => (await state(page)).zoom).toBe(1.5);
    expect(await state(page)).toEqual({ zoom: 1.5, narrow: true, overflow: 0 });
    await takeScreenshot(page, 'zoom-150-fr.png');
  });

  it('is usable at 200 %: no sideways scrolling, the card and the find panel in reach', async () => {
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    await expect.poll(async () => (await state(page)).zoom).toBe(2);
    expect((await state(page)).overflow).toBe(0);
    await takeScreenshot(page, 'zoom-200-fr.png');
    await page.locator('#card-heading').click();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: /Rechercher/ }).fill('transparence');
    expect((await state(page)).overflow).toBe(0);
    await takeScreenshot(page, 'zoom-200-find-fr.png');
    await page.keyboard.press('Escape');
    // The fields of a card scrolled to are whole: none wider than the window.
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.bilan-card-editor .bilan-field')].map((f) => f.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(1366);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is kept in the workspace for the next bilan serve, shown in the View menu, and Ctrl 0 gives the actual size back', async () => {
    expect(JSON.parse(readFileSync(join(workspace, '.bilan-view.json'), 'utf8'))).toEqual({ zoom: 2 });
    // Another server on the same workspace (a new port, as each run of bilan serve has): the same zoom.
    ({ page, problems } = await open());
    await expect.poll(async () => (await state(page)).zoom).toBe(2);
    await page.locator('button[aria-controls="page-menu-view"]').click();
    expect(await page.locator('#page-menu-view button[data-command="actual-size"]').innerText()).toMatch(/Taille réelle \(actuellement 200\s%\)/);
    await page.locator('#page-menu-view button[data-command="zoom-out"]').click();
    await expect.poll(async () => (await state(page)).zoom).toBe(1.75);
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await state(page)).zoom).toBe(1);
    expect((await state(page)).narrow).toBe(false);
    await page.keyboard.press('Control+Minus');
    await expect.poll(async () => (await state(page)).zoom).toBe(0.9);
    await page.keyboard.press('Control+0');
    expect(problems).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The print preview's "Aperçu" button stands in the editor's sticky bar, beside its actions: the
// page scrolls under the bar, so the button covers none of it, however far down, at 1366×768 and
// 1920×1080, in both languages (it used to float over the page's bottom-right corner). It stays
// in the bar once it folds to one row, is reached with Tab, says whether the preview is open, and
// gets the focus back when the preview closes by any way (Escape, Ctrl+F2, View > Print preview).

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = [
  { lang: 'fr', locale: 'fr-FR', sample: /Plan d’action national pour la France 2018–2020/, open: 'Ouvrir', label: 'Aperçu', panel: 'Aperçu de l’impression', heading: /^Engagement n°1 – / },
  { lang: 'en', locale: 'en-GB', sample: /National Action Plan for France 2018–2020/, open: 'Open', label: 'Preview', panel: 'Print preview', heading: /^Commitment 1 – / },
] as const;

/** Two frames, for a new window size or scroll position to be laid out and drawn. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * What the button's box holds on screen: whether it lies inside the sticky bar's box, and whether
 * the last controls and words of the page, scrolled to its end, are drawn on top (not covered).
 */
function placeOf(page: Page) {
  return page.evaluate(() => {
    const button = document.getElementById('bilan-preview-toggle')!;
    const bar = document.querySelector('.bilan-toolbar')!;
    const b = button.getBoundingClientRect();
    const r = bar.getBoundingClientRect();
    const inBar = bar.contains(button) && b.top >= r.top && b.bottom <= r.bottom && b.left >= r.left && b.right <= r.right;
    // The page's own content at the bottom right of the window, once scrolled to its end: the
    // last of its controls and paragraphs in view, each drawn where it is.
    const main = document.getElementById('main')!;
    const visible = [...main.querySelectorAll('button, a[href], input, textarea, [contenteditable="true"], p, li')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom <= innerHeight && box.top >= r.bottom && box.right <= innerWidth;
    });
    const covered = visible
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // The corner a floating button would cover: its bottom right.
        const hit = document.elementFromPoint(box.right - 4, box.bottom - 4);
        return box.bottom > innerHeight - 120 && box.right > innerWidth - 300 && !!hit && !el.contains(hit) && !hit.contains(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
    return { inBar, covered, checked: visible.filter((el) => el.getBoundingClientRect().bottom > innerHeight - 120).length, tabbable: button.tabIndex >= 0 };
  });
}

describe.skipIf(!existsSync(CHROMIUM))(`the print preview's button, in the editor's bar (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  beforeAll(async () => {
    rig = await startRenderer();
  }, 300_000);
  afterAll(async () => rig?.close());

  for (const l of LANGS) {
    it(`covers nothing of the page at 1366×768 and 1920×1080, scrolled or not, in ${l.lang === 'fr' ? 'French' : 'English'}`, async () => {
      const { page, problems } = await rig.open(new AppService({ locale: () => l.locale, appDataDir: tempDir() }), { locale: l.locale, viewport: SIZES[0] });
      await page.getByRole('article').filter({ hasText: l.sample }).getByRole('button', { name: l.open, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: l.heading }).waitFor();
      const toggle = page.locator('#bilan-preview-toggle');
      expect(await toggle.innerText()).toBe(l.label);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.evaluate(() => window.scrollTo(0, 0));
        await settled(page);
        await takeScreenshot(page, `preview-toggle-${l.lang}-${size.width}.png`);
        const top = await placeOf(page);
        expect(top.inBar, `in the bar: ${size.width}`).toBe(true);
        expect(top.tabbable).toBe(true);
        // It costs the bar no row: two rows of controls high, the title on two lines at most at
        // 1366 and on one at 1920 (as the screens matrix asks of the bar).
        const title = await page.locator('.bilan-toolbar__title').evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(title, `title lines: ${size.width}`).toBeLessThanOrEqual(size.width < 1500 ? 2 : 1);
        expect((await page.locator('.bilan-toolbar').boundingBox())!.height, `editor bar height: ${size.width}`).toBeLessThanOrEqual(110);
        // Scrolled to the end of the card: the bar folds to one row and keeps the button; the
        // page's last content in the bottom-right corner is drawn, not covered.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(() => page.locator('.bilan-toolbar--compact').count()).toBe(1);
        await settled(page);
        await takeScreenshot(page, `preview-toggle-${l.lang}-${size.width}-end.png`);
        const end = await placeOf(page);
        expect(end.inBar, `in the folded bar: ${size.width}`).toBe(true);
        expect(end.checked, `content checked at the bottom: ${size.width}`).toBeGreaterThan(0);
        expect(end.covered, `covered at the bottom right: ${size.width}`).toEqual([]);
        expect(await seriousViolations(page, '.bilan-toolbar'), `axe: ${size.width}`).toEqual([]);
      }
      // The keyboard: it opens the preview and says so; Escape closes it and gives the focus back.
      const panel = page.getByRole('complementary', { name: l.panel });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await panel.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await takeScreenshot(page, `preview-toggle-${l.lang}-open.png`);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bilan-preview-toggle');
      // Ctrl+F2 and View > Print preview, from a field: back on the button when closed.
      await page.locator('textarea').first().focus();
      await page.keyboard.press('Control+F2');
      await panel.waitFor();
      await page.keyboard.press('Control+F2');
      await panel.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bilan-preview-toggle');
      await menuCommand(page, 'preview');
      await panel.waitFor();
      // The bar's button closes it too.
      await toggle.click();
      await panel.waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
      await page.close();
    }, 300_000);
  }
});

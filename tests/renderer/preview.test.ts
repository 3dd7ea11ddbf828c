import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, type RendererRig, caretToEnd } from './support/browser.js';

// The "Aperçu" panel in the built renderer, in Chromium, with the real service: the PDF drawn by
// the export's code, shown by pdf.js; what is typed in a field shows in the preview's text.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const SHOTS = join(process.env['BILAN_SHOTS'] ?? '/tmp', 'bilan-preview-shots');
const editorOf = (page: Page, name: string) => page.locator(`[contenteditable="true"][aria-label="${name}"]`);
const previewText = (page: Page) => page.locator('.bilan-preview__text').allInnerTexts().then((t) => t.join(' ').replace(/\s+/g, ' '));


describe.skipIf(!existsSync(CHROMIUM))(`the print preview beside the text (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    rig = await startRenderer();
    ({ page, problems } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } }));
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
  }, 300_000);
  afterAll(async () => rig?.close());

  it('shows the current card as the PDF prints it, and the words typed in a field a moment later', async () => {
    await page.getByRole('button', { name: 'Aperçu' }).click();
    const panel = page.getByRole('complementary', { name: 'Aperçu de l’impression' });
    await panel.waitFor();
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Renforcer la transparence');
    expect(await panel.getByRole('group', { name: /^Page 1 sur \d+$/ }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('status').innerText()).toMatch(/^À jour/);
    await page.screenshot({ path: join(SHOTS, 'preview-card-fr.png') });
    expect(await seriousViolations(page, '.bilan-preview')).toEqual([]);

    const field = editorOf(page, 'Ambition (français)');
    await caretToEnd(page, field, 'Control+End');
    await page.keyboard.type(' Les usagers notent chaque guichet.');
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Les usagers notent chaque guichet.');
    // One key, one drawing: the field's text handed over when typing stopped is not asked for
    // again when the window draws the new report or the field's own pause ends.
    await page.evaluate(() => performance.clearResourceTimings());
    await page.keyboard.type('x');
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('chaque guichet.x');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/renderPreview')).length)).toBe(1);
    await page.keyboard.press('Backspace');
    await expect.poll(() => previewText(page), { timeout: 60_000 }).not.toContain('chaque guichet.x');
  }, 180_000);

  it('follows the language of the field being edited, and its own FR/EN switch', async () => {
    const english = editorOf(page, 'Ambition (anglais)');
    await caretToEnd(page, english, 'Control+End');
    await page.keyboard.type(' Users rate every counter.');
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Users rate every counter.');
    expect(await page.locator('input[name="bilan-preview-lang"][value="en"]').isChecked()).toBe(true);
    await page.locator('.bilan-preview label').filter({ hasText: 'FR' }).click();
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Les usagers notent chaque guichet.');
  }, 180_000);

  it('zooms: fitting the width, then 50 to 200 % by steps with the buttons or the keys, sharp at each, kept when the preview refreshes', async () => {
    // A high-density screen, as most laptops have: each CSS pixel is 2 device pixels.
    const cdp = await page.context().newCDPSession(page);
    const highDensity = () => cdp.send('Emulation.setDeviceMetricsOverride', { width: 1366, height: 768, deviceScaleFactor: 2, mobile: false });
    await highDensity();
    const panel = page.getByRole('complementary', { name: 'Aperçu de l’impression' });
    const zoom = panel.getByRole('group', { name: 'Zoom de l’aperçu' });
    const fit = zoom.getByRole('button', { name: 'Ajuster à la largeur' });
    const zoomIn = zoom.getByRole('button', { name: 'Agrandir l’aperçu' });
    const zoomOut = zoom.getByRole('button', { name: 'Réduire l’aperçu' });
    const percent = () => zoom.locator('.bilan-preview__percent').innerText();
    const shownPercent = async () => Number((await percent()).replace(/\D/g, ''));
    /** The first page as shown: its width on screen and its canvas's pixels, once drawn. */
    const firstPage = () =>
      page.evaluate(() => {
        const frame = document.querySelector<HTMLElement>('.bilan-preview__page[data-page="1"][data-drawn="true"]');
        const canvas = frame?.querySelector('canvas');
        if (!frame || !canvas) return null;
        const box = canvas.getBoundingClientRect();
        return { css: box.width, cssHeight: box.height, pixels: canvas.width, pixelHeight: canvas.height, ratio: window.devicePixelRatio };
      });
    /**
     * The first page once drawn sharp: its canvas has 2 device pixels for each CSS pixel it covers.
     * (Playwright puts its own screen back at times, as for a screenshot: the high density is set
     * again, and the preview, told of the change, draws the pages again for it.)
     */
    const sharp = async () => {
      await highDensity();
      await expect
        .poll(firstPage, { timeout: 60_000 })
        .toSatisfy((p: Awaited<ReturnType<typeof firstPage>>) => !!p && p.ratio === 2 && Math.abs(p.pixels - p.css * 2) <= 1 && Math.abs(p.pixelHeight - p.cssHeight * 2) <= 1);
      return (await firstPage())!;
    };

    // Fitting the panel's width by default, redrawn for the new screen density.
    expect(await fit.getAttribute('aria-pressed')).toBe('true');
    await fit.click();
    const fitted = await sharp();
    const scroller = await page.locator('.bilan-preview__scroll').boundingBox();
    expect(fitted.css).toBeLessThanOrEqual(scroller!.width);
    const fittedPercent = await shownPercent();
    expect(fittedPercent).toBeGreaterThanOrEqual(50);
    expect(fittedPercent).toBeLessThan(100);

    // One step up with the button, from the keyboard (Enter on it).
    await zoomIn.focus();
    await page.keyboard.press('Enter');
    await expect.poll(percent).toMatch(/^(67|75|90|100)\s%$/);
    const stepped = await shownPercent();
    expect(stepped).toBeGreaterThan(fittedPercent);
    expect(await fit.getAttribute('aria-pressed')).toBe('false');
    // Up to 150 %: the page grew, and its canvas with it (never an enlarged blur).
    for (let now = await shownPercent(); now < 150; now = await shownPercent()) {
      await zoomIn.click();
      await expect.poll(shownPercent).toBeGreaterThan(now);
    }
    await expect.poll(percent).toMatch(/^150\s%$/);
    await expect.poll(async () => (await firstPage())?.css ?? 0, { timeout: 60_000 }).toBeGreaterThan(fitted.css * 1.5);
    const large = await sharp();
    // At 150 % a page is 1.5 times its printed width (A4: 210 mm = 793.7 CSS pixels).
    expect(large.css).toBeGreaterThan(793.7 * 1.5 - 2);
    expect(large.css).toBeLessThan(793.7 * 1.5 + 2);

    // Kept when the preview refreshes after an edit.
    const field = editorOf(page, 'Ambition (français)');
    await caretToEnd(page, field, 'Control+End');
    await page.keyboard.type(' Chaque guichet affiche sa note.');
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Chaque guichet affiche sa note.');
    expect(await percent()).toMatch(/^150\s%$/);
    await expect.poll(async () => (await firstPage())?.css ?? 0, { timeout: 60_000 }).toBeGreaterThan(793.7 * 1.5 - 2);
    await sharp();

    // The keys in the pages: + up to 200 % (the end: + says it can go no further), − down, 0 fits again.
    await page.locator('.bilan-preview__scroll').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect.poll(percent).toMatch(/^200\s%$/);
    expect(await zoomIn.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(async () => (await firstPage())?.css ?? 0, { timeout: 60_000 }).toBeGreaterThan(793.7 * 2 - 2);
    await sharp();
    for (let i = 0; i < 12; i++) await page.keyboard.press('-');
    await expect.poll(percent).toMatch(/^50\s%$/);
    expect(await zoomOut.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(async () => (await firstPage())?.css ?? 0, { timeout: 60_000 }).toBeLessThan(793.7 * 0.5 + 2);
    await sharp();
    await page.keyboard.press('0');
    await expect.poll(() => fit.getAttribute('aria-pressed')).toBe('true');
    // Fitting again (within a scrollbar's width: at 50 % the pages needed none).
    await expect.poll(async () => Math.abs(((await firstPage())?.css ?? 0) - fitted.css) < 20, { timeout: 60_000 }).toBe(true);
    expect(await seriousViolations(page, '.bilan-preview')).toEqual([]);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    // A look at 150 % (Playwright's screenshot sets its own screen back, hence last).
    await page.locator('.bilan-preview__scroll').focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('+');
    await expect.poll(percent).toMatch(/^150\s%$/);
    await expect.poll(async () => (await firstPage())?.css ?? 0, { timeout: 60_000 }).toBeGreaterThan(793.7 * 1.5 - 2);
    await page.screenshot({ path: join(SHOTS, 'preview-zoom-150.png') });
    await fit.click();
    await expect.poll(async () => Math.abs(((await firstPage())?.css ?? 0) - fitted.css) < 20, { timeout: 60_000 }).toBe(true);
  }, 240_000);

  it('shows the whole report, and closes with Escape giving the focus back to its button', async () => {
    await page.locator('.bilan-preview label').filter({ hasText: 'Tout le rapport' }).click();
    await expect.poll(() => page.locator('.bilan-preview__page').count(), { timeout: 120_000 }).toBeGreaterThan(10);
    expect(await previewText(page)).toContain('Sommaire');
    await page.locator('#bilan-preview-title').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Aperçu');
    expect(problems).toEqual([]);
  }, 180_000);

  it('opens and closes with Ctrl+F2 from a field, and from View > Print preview', async () => {
    const panel = page.getByRole('complementary', { name: 'Aperçu de l’impression' });
    await editorOf(page, 'Ambition (français)').click();
    await page.keyboard.press('Control+F2');
    await panel.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bilan-preview-title');
    await page.keyboard.press('Control+F2');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Aperçu');
    await menuCommand(page, 'preview');
    await panel.waitFor();
    await menuCommand(page, 'preview');
    await panel.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  }, 120_000);

  it('is in English when the interface is', async () => {
    await page.locator('label[for]').filter({ hasText: /^English$/ }).first().click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const panel = page.getByRole('complementary', { name: 'Print preview' });
    // The pages drawn before are shown again at once, then drawn afresh.
    expect(await page.locator('.bilan-preview__page').count()).toBeGreaterThan(10);
    await panel.locator('label').filter({ hasText: 'This card' }).click();
    await panel.locator('label').filter({ hasText: /^EN/ }).click();
    await expect.poll(() => previewText(page), { timeout: 60_000 }).toContain('Users rate every counter.');
    await expect.poll(() => panel.getByRole('status').innerText(), { timeout: 60_000 }).toMatch(/^Up to date/);
    await page.screenshot({ path: join(SHOTS, 'preview-card-en.png') });
    expect(await seriousViolations(page, '.bilan-preview')).toEqual([]);
  }, 180_000);
});

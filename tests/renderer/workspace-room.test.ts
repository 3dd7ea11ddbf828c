import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The card as a civil servant sees it on a ministry laptop (1366×768) and on a large screen
// (1920×1080): the text gets the room, one formatting toolbar serves the field being written,
// and the editor's bar folds once the page scrolls. In the built renderer in Chromium.

const SAMPLE_TITLE = /(Plan d’action national pour la France|National Action Plan for France) 2018–2020/;
const editorOf = (page: Page, name: string) => page.locator(`[contenteditable="true"][aria-label="${name}"]`);

async function openSample(rig: RendererRig, width: number, height: number, lang: 'fr' | 'en' = 'fr'): Promise<Page> {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const { page } = await rig.open(new AppService({ locale: () => locale, appDataDir: tempDir() }), { locale, viewport: { width, height } });
  await page
    .getByRole('article')
    .filter({ hasText: SAMPLE_TITLE })
    .getByRole('button', { name: lang === 'fr' ? 'Ouvrir' : 'Open' })
    .click();
  await page.locator('#card-heading').waitFor();
  return page;
}

describe.skipIf(!existsSync(CHROMIUM))(`room for the text in the card editor (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  beforeAll(async () => (rig = await startRenderer()));
  afterAll(async () => rig?.close());

  it('shows the first field’s text at 1366×768 as the card opens, with no toolbar until a field is written in', async () => {
    const page = await openSample(rig, 1366, 768);
    await page.evaluate(() => scrollTo(0, 0));
    const first = page.locator('.bilan-card-editor .bilan-field').first().locator('textarea, input, [role="textbox"], [contenteditable="true"]').first();
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    // No import has touched this card: nothing about imports before (or after) its fields.
    expect(await page.locator('.bilan-history').count()).toBe(0);
    expect(await page.getByRole('toolbar').count()).toBe(0);
    await takeScreenshot(page, 'room-card-1366-fr.png');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('gives the field being written one icon toolbar, named, with tooltips, one tab stop and no undo of its own', async () => {
    const page = await openSample(rig, 1366, 768);
    const fr = editorOf(page, 'Ambition (français)');
    await fr.click();
    const toolbar = page.getByRole('toolbar');
    await expect.poll(() => toolbar.count()).toBe(1);
    expect(await toolbar.getAttribute('aria-label')).toBe('Mise en forme : Ambition (français)');
    const buttons = toolbar.getByRole('button');
    const names = await buttons.evaluateAll((all) => all.map((b) => ({ name: b.textContent, title: b.getAttribute('title'), tab: b.getAttribute('tabindex'), width: b.getBoundingClientRect().width })));
    expect(names.map((b) => b.name)).toEqual(['Gras', 'Italique', 'Intertitre 1', 'Intertitre 2', 'Intertitre 3', 'Liste à puces', 'Liste numérotée', 'Retrait +', 'Retrait −', 'Lien', 'Tableau', 'Note', 'Graphique']);
    expect(names.every((b) => b.title?.startsWith(b.name!))).toBe(true);
    expect(names.filter((b) => b.tab === '0')).toHaveLength(1);
    // Icons, not words: one row over the field, not four.
    expect(Math.max(...names.map((b) => b.width))).toBeLessThan(40);
    const bar = (await toolbar.boundingBox())!;
    const text = (await fr.boundingBox())!;
    expect(bar.height).toBeLessThan(44);
    expect(bar.y + bar.height).toBeLessThanOrEqual(text.y);
    // Shift+Tab from the text (out of a list, where it would outdent) reaches it; the English field then gets its own, and this one goes.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') !== null)).toBe(true);
    await takeScreenshot(page, 'room-toolbar-1366-fr.png');
    await editorOf(page, 'Ambition (anglais)').click();
    await expect.poll(() => toolbar.getAttribute('aria-label')).toBe('Mise en forme : Ambition (anglais)');
    expect(await toolbar.count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('folds the editor’s bar to one row once the page scrolls, and keeps the toolbar of a long field in view under it', async () => {
    const page = await openSample(rig, 1366, 768);
    const bar = page.locator('.bilan-toolbar');
    const tall = (await bar.boundingBox())!.height;
    expect(tall).toBeLessThan(130);
    const fr = editorOf(page, 'Ambition (français)');
    await fr.click();
    await page.mouse.wheel(0, 500);
    await expect.poll(async () => (await bar.boundingBox())!.height).toBeLessThan(60);
    const folded = (await bar.boundingBox())!;
    expect(folded.y).toBe(0);
    const toolbar = (await page.getByRole('toolbar').boundingBox())!;
    expect(toolbar.y).toBeGreaterThanOrEqual(folded.height);
    expect(toolbar.y).toBeLessThan(folded.height + 48);
    await takeScreenshot(page, 'room-scrolled-1366-fr.png');
    await page.mouse.wheel(0, -5000);
    await expect.poll(async () => (await bar.boundingBox())!.height).toBe(tall);
    await page.context().close();
  });

  it('at 1920×1080 spans the banner over the whole workspace and shows the report’s whole title, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const page = await openSample(rig, 1920, 1080, lang);
      const banner = (await page.locator('.bilan-header .fr-header__body-row').boundingBox())!;
      const pane = (await page.locator('.bilan-toolbar').boundingBox())!;
      // The banner spans the window as the outline and the pane below it do.
      expect(banner.x).toBeLessThan(40);
      expect(banner.x + banner.width).toBeGreaterThan(pane.x + pane.width - 60);
      const title = page.locator('.bilan-toolbar__title');
      expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
      await takeScreenshot(page, `room-card-1920-${lang}.png`);
      if (lang === 'en') {
        await page.evaluate(() => scrollTo(0, 0));
        await takeScreenshot(page, 'room-card-1920-en.png');
        const small = await openSample(rig, 1366, 768, 'en');
        await takeScreenshot(small, 'room-card-1366-en.png');
        expect(await seriousViolations(small)).toEqual([]);
        await small.context().close();
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Where the focus and the page are after each move of a keyboard user and of a mouse user:
// a report opened, a card chosen in the outline, a panel, a blocking point followed to its
// field. In the built renderer in Chromium, at 1366×768.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim(), field: el?.closest('.bilan-field')?.id ?? null };
  });

describe.skipIf(!existsSync(CHROMIUM))(`focus and scrolling in the report editor (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  beforeAll(async () => {
    rig = await startRenderer();
    ({ page } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } }));
  });
  afterAll(async () => rig?.close());

  it('opens a report with the keyboard, the focus on the first card’s heading, and reaches its first field in at most 3 Tabs', async () => {
    const open = page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('#card-heading').waitFor();
    await expect.poll(async () => (await active(page)).id).toBe('card-heading');
    expect((await active(page)).text).toMatch(/^Engagement n°1 – /);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const first = await page.locator('.bilan-card-editor .bilan-field').first().getAttribute('id');
    let tabs = 0;
    while ((await active(page)).field !== first && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect((await active(page)).field).toBe(first);
    expect(tabs).toBeLessThanOrEqual(3);
  });

  it('puts a “skip to the card” link first in the tab order, which leads to the card’s heading', async () => {
    // From the top of the page, as after loading it.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    expect(await active(page)).toMatchObject({ tag: 'A', text: 'Aller à la fiche' });
    // Shown while focused (the design system's skip links).
    expect(await page.getByRole('link', { name: 'Aller à la fiche' }).isVisible()).toBe(true);
    await takeScreenshot(page, 'focus-skip-link.png');
    await page.keyboard.press('Enter');
    expect((await active(page)).id).toBe('card-heading');
  });

  it('starts each view at its top, with the focus on its heading, whatever the scroll of the one before', async () => {
    await page.evaluate(() => scrollTo(0, 2200));
    await page.locator('nav button[data-card="c02"]').click();
    await expect.poll(async () => (await active(page)).text).toMatch(/^Engagement n°2 – /);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.evaluate(() => scrollTo(0, 2200));
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    await expect.poll(async () => (await active(page)).text).toBe('Points bloquants');
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  it('follows a blocking point to its field: in view, focused with a ring, briefly highlighted, and in the error state with its message', async () => {
    const panel = page.getByRole('region', { name: 'Points bloquants' });
    await panel.getByRole('button', { name: '[EN] Prochaines étapes : manquant' }).first().click();
    await expect.poll(async () => (await active(page)).field).toBe('field-c02-nextSteps');
    const box = page.locator('#field-c02-nextSteps-en');
    const area = (await page.locator('#field-c02-nextSteps-en [contenteditable="true"]').boundingBox())!;
    expect(area.y).toBeGreaterThan(0);
    expect(area.y).toBeLessThan(768);
    expect(await box.getAttribute('class')).toContain('bilan-flash');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
    expect(await box.getAttribute('class')).toContain('fr-input-group--error');
    const message = box.locator('.fr-error-text');
    expect((await message.innerText()).replace(/\s/g, ' ')).toBe('Champ obligatoire : à écrire en anglais avant la publication.');
    // The message is read with the field.
    const describedBy = await page.evaluate(() => document.activeElement!.getAttribute('aria-describedby'));
    expect(describedBy?.split(' ')).toContain(await message.getAttribute('id'));
    await takeScreenshot(page, 'focus-blocking-point-field.png');
    await expect.poll(() => box.getAttribute('class'), { timeout: 5000 }).not.toContain('bilan-flash');
    // Written, it is no longer in error.
    await page.keyboard.type('Publier les indicateurs chaque trimestre.');
    await expect.poll(() => box.getAttribute('class')).not.toContain('fr-input-group--error');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

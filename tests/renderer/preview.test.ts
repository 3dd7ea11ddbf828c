import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, type RendererRig, caretToEnd } from './support/browser.js';

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

  it('shows the whole report, and closes with Escape giving the focus back to its button', async () => {
    await page.locator('.bilan-preview label').filter({ hasText: 'Tout le rapport' }).click();
    await expect.poll(() => page.locator('.bilan-preview__page').count(), { timeout: 120_000 }).toBeGreaterThan(10);
    expect(await previewText(page)).toContain('Sommaire');
    await page.locator('#bilan-preview-title').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Aperçu');
    expect(problems).toEqual([]);
  }, 180_000);

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

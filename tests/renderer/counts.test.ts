import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// What blocks publication, counted once and in the same units in the outline's badge, the
// panel and the export check; the list narrowed by language, institution and card; and an
// English text to review, which is not "written" in the card's and the outline's English figure.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!existsSync(CHROMIUM))(`counts that agree (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  beforeAll(async () => {
    rig = await startRenderer();
    ({ page } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } }));
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.locator('#card-heading').waitFor();
  });
  afterAll(async () => rig?.close());

  const panel = () => page.getByRole('region', { name: 'Points bloquants' });

  it('gives the badge’s number as the sum of the panel’s counts, each unit named, and the export check the same per language', async () => {
    const badge = page.locator('.bilan-outline__tools li').filter({ hasText: 'Points bloquants' }).locator('.fr-badge');
    const count = Number(await badge.locator('[aria-hidden="true"]').innerText());
    expect(words((await badge.locator('.fr-sr-only').textContent()) ?? '')).toBe(`${count} points bloquants`);
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    const lead = words(await panel().locator('.fr-text--lead').innerText());
    const parts = /^(\d+) points bloquants : (\d+) textes manquants en français, (\d+) en anglais, (\d+) textes anglais à revoir et (\d+) valeurs sans langue à renseigner/.exec(lead);
    expect(parts, lead).not.toBeNull();
    const [total, fr, en, review, common] = parts!.slice(1).map(Number) as [number, number, number, number, number];
    expect(total).toBe(count);
    expect(fr + en + review + common).toBe(total);
    expect(await panel().locator('.bilan-validation__entry').count()).toBe(total);
    await takeScreenshot(page, 'counts-panel.png');
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    if (!(await dialog.getByRole('checkbox', { name: 'English' }).isChecked())) await dialog.locator('label').filter({ hasText: 'English' }).click();
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByRole('heading', { name: `Français : ${fr} textes manquants` }).waitFor();
    await dialog.getByRole('heading', { name: `English : ${en} textes manquants` }).waitFor();
    expect(words(await dialog.getByTestId('export-check').innerText())).toContain(`${review} textes anglais à revoir`);
    await page.keyboard.press('Escape');
  });

  it('narrows the list by language, institution and card, still grouped by card', async () => {
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    const entries = panel().locator('.bilan-validation__entry');
    const all = await entries.count();
    await panel().getByLabel('Langue').selectOption('en');
    const english = await entries.allTextContents();
    expect(english.length).toBeGreaterThan(0);
    expect(english.length).toBeLessThan(all);
    expect(english.every((text) => text.startsWith('[EN]') || text.startsWith('À revoir[EN]'))).toBe(true);
    expect(words(await panel().getByRole('status').innerText())).toBe(`${english.length} sur ${all} affichés.`);
    await panel().getByLabel('Fiche').selectOption('c02');
    expect(await panel().locator('h2').allInnerTexts()).toEqual([expect.stringMatching(/^Engagement n°2 – /)]);
    await panel().getByLabel('Fiche').selectOption('');
    await panel().getByLabel('Langue').selectOption('');
    const institution = panel().getByLabel('Administration porteuse');
    await institution.selectOption({ index: 1 });
    const headings = await panel().locator('h2').allInnerTexts();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => h.startsWith('Engagement'))).toBe(true);
    // A filter that keeps nothing says so; without a filter that sentence never shows.
    await panel().getByLabel('Fiche').selectOption({ index: 21 });
    await panel().getByLabel('Langue').selectOption('common');
    const status = words(await panel().getByRole('status').innerText());
    expect(status === 'Aucun point bloquant ne correspond à ces filtres.' || /^\d+ sur \d+ affichés\.$/.test(status)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('counts an English text to review as not written, with one look, the English field before “Marquer comme revu”', async () => {
    await page.locator('.bilan-outline button[data-card="c05"]').click();
    await page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).fill('Désigner des administrateurs des données');
    const flag = page.getByRole('group', { name: 'Texte anglais à revoir' });
    await flag.waitFor();
    const english = (texts: string[]) => texts.map(words).find((b) => /\bEN\b/.test(b)) ?? '';
    const badges = await page.locator('.bilan-card-editor__head .fr-badge').allTextContents();
    expect(english(badges)).toMatch(/\d/);
    expect(english(badges)).not.toMatch(/100/);
    const outline = await page.locator('.bilan-outline button[data-card="c05"] .fr-badge [aria-hidden="true"]').allTextContents();
    expect(english(outline)).toMatch(/\d/);
    expect(english(outline)).not.toMatch(/100/);
    // The English text, then what changed in French, then the button.
    const order = await page.evaluate(() => {
      const english = document.querySelector('[aria-label="Titre de l’engagement (anglais)"]')!;
      const button = [...document.querySelectorAll('.bilan-review button')][0]!;
      return english.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(await flag.locator('.fr-badge--warning').innerText()).toMatch(/À revoir/i);
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    expect(await panel().locator('.fr-badge--warning', { hasText: 'À revoir' }).count()).toBeGreaterThan(0);
    await takeScreenshot(page, 'counts-review-in-panel.png');
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { pointsOf } from '../../shared/history/versions.js';
import { files } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// "Comparer des versions" on a card, in the built renderer: edit a card, save, change it again,
// open the comparison, pick two points and see the words inserted and deleted, field by field.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const ORIGINAL = 'Désigner des administrateurs ministériels des données et accompagner la mise en œuvre du principe d’ouverture par défaut';
const SAVED = 'Désigner des administrateurs ministériels des données et accompagner résolument la mise en œuvre du principe d’ouverture par défaut';
const NOW = 'Désigner des administrateurs ministériels des données et soutenir résolument la mise en œuvre du principe d’ouverture par défaut';

describe.skipIf(!existsSync(CHROMIUM))(`comparing versions of a card (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const savePath = join(tempDir(), 'versions.bilan');

  const titleBox = () => page.getByRole('textbox', { name: 'Titre de l’engagement (français)' });
  const dialog = () => page.getByRole('dialog', { name: 'Versions de la fiche n°\u00a05' });
  const result = () => dialog().getByRole('region', { name: 'Différences entre les deux versions' });
  const field = (label: string) => result().getByRole('region', { name: label, exact: true });
  const words = (where: Locator, tag: 'ins' | 'del') => where.locator(tag).allInnerTexts();

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    ({ page, problems } = await rig.open(service, { viewport: { width: 1366, height: 768 } }));
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    const nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    await nav.locator('button[data-card="c05"]').click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
  }, 300_000);
  afterAll(async () => rig?.close());

  it('a card with no history says so, and saving an edit records where it started and the save', async () => {
    expect(await titleBox().inputValue()).toBe(ORIGINAL);
    await page.getByRole('button', { name: 'Comparer des versions' }).click();
    await dialog().waitFor();
    expect(await dialog().innerText()).toContain('Cette fiche n’a pas encore d’historique');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });

    await titleBox().fill(SAVED);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => existsSync(savePath), { timeout: 60_000 }).toBe(true);
    const { report } = await files.open(savePath);
    expect(report.version).toBe(5);
    expect(pointsOf(report, 'c05').map((p) => p.kind)).toEqual(['start', 'save']);
    await expect.poll(() => page.locator('.bilan-versions-entry__count').innerText()).toBe('2 versions enregistrées');
  });

  it('after another change, compares the saved version with now by default, word by word, both languages', async () => {
    await titleBox().fill(NOW);
    // Keyboard only: the action is reached and opened from the keyboard.
    const open = page.getByRole('button', { name: 'Comparer des versions' });
    await open.focus();
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    const from = dialog().getByRole('combobox', { name: 'Version de départ' });
    const to = dialog().getByRole('combobox', { name: 'Version d’arrivée' });
    const options = await from.locator('option').allInnerTexts();
    expect(options).toHaveLength(3);
    expect(options[0]).toMatch(/ — État d’origine$/);
    expect(options[1]).toMatch(/ — Enregistrement$/);
    expect(options[2]).toBe('Maintenant (état actuel de la fiche)');
    // Default: the previous point (the save) and now.
    expect(await from.locator('option:checked').innerText()).toBe(options[1]);
    expect(await to.locator('option:checked').innerText()).toBe(options[2]);

    const title = field('Titre de l’engagement');
    expect(await words(title.locator('[data-lang="fr"]'), 'del')).toEqual(['accompagner ']);
    expect(await words(title.locator('[data-lang="fr"]'), 'ins')).toEqual(['soutenir ']);
    // The English was not touched: said as unchanged in English.
    expect(await title.locator('[data-lang="en"]').innerText()).toContain('Inchangé en anglais.');
    // Only the title changed; the other fields are named as unchanged, folded.
    expect(await result().locator('section[data-versions-field]').count()).toBe(1);
    const same = result().locator('details.bilan-versions__same');
    expect(await same.locator('summary').innerText()).toMatch(/^\d+ champs inchangés$/);
    expect(await same.getAttribute('open')).toBeNull();
    expect(await seriousViolations(page, '.bilan-versions')).toEqual([]);
    await takeScreenshot(page, 'card-versions-fr.png');
  });

  it('compares any two points: where the card started and the save, with the inserted word', async () => {
    const from = dialog().getByRole('combobox', { name: 'Version de départ' });
    const to = dialog().getByRole('combobox', { name: 'Version d’arrivée' });
    const options = await from.locator('option').allInnerTexts();
    await from.selectOption({ label: options[0]! });
    await to.selectOption({ label: options[1]! });
    const fr = field('Titre de l’engagement').locator('[data-lang="fr"]');
    await expect.poll(() => words(fr, 'ins')).toEqual(['résolument ']);
    expect(await words(fr, 'del')).toEqual([]);
    // The same point on both sides: nothing differs.
    await to.selectOption({ label: options[0]! });
    await expect.poll(() => result().innerText()).toContain('Les deux versions sont identiques');
    // Escape closes the dialog and gives the focus back to the page, the edit kept.
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await titleBox().inputValue()).toBe(NOW);
    expect(problems).toEqual([]);
  });
});

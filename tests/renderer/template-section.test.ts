import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { files } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, unstyledDesignClasses, type RendererRig } from './support/browser.js';

// The "Modèle de fiche" section of the report's details, used as a coordinator would: a field
// made required, one hidden (asked first, its texts kept), a help text and a level reworded; the
// card form follows at once, and the saved file holds the adjustments.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const IRM = 'Recommandations du Mécanisme d’évaluation indépendant';

describe.skipIf(!existsSync(CHROMIUM))(`the card template section (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let nav: Locator;
  const savePath = join(tempDir(), 'modele-adapte.bilan');
  const shots = tempDir('bilan-template-shots-');

  const details = () => page.getByRole('article', { name: 'Détails du rapport' });
  const section = () => details().getByRole('region', { name: 'Modèle de fiche' });
  const openCard = async (id: string) => {
    await nav.locator(`button[data-card="${id}"]`).click();
    await page.locator(`section[data-comment-field="title"]`).first().waitFor();
  };
  const openDetails = async () => {
    await nav.getByRole('button', { name: 'Détails du rapport' }).click();
    await section().waitFor();
  };

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    ({ page } = await rig.open(service, { viewport: { width: 1366, height: 768 } }));
    nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await openDetails();
  }, 300_000);
  afterAll(async () => rig?.close());

  it('lists every field with its state and help texts, and every scale, with no serious accessibility violation', async () => {
    const state = (field: string) => section().getByRole('combobox', { name: `${field} : obligatoire, facultatif ou masqué` });
    expect(await state('Titre de l’engagement').inputValue()).toBe('required');
    expect(await state('Jalons').inputValue()).toBe('optional');
    // The title cannot be hidden; the milestones can.
    expect(await state('Titre de l’engagement').locator('option').allInnerTexts()).toEqual(['Obligatoire', 'Facultatif']);
    expect(await state('Jalons').locator('option').allInnerTexts()).toEqual(['Obligatoire', 'Facultatif', 'Masqué']);
    expect(await section().getByRole('textbox', { name: 'Aide de « Résultats et impacts » (français)' }).inputValue()).toMatch(/^Décrivez ce qui a été réalisé/);
    expect(await section().getByRole('group', { name: 'Échelle « Avancement »' }).count()).toBe(1);
    expect(await seriousViolations(page, '#details-template')).toEqual([]);
    expect(await unstyledDesignClasses(page)).toEqual([]);
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'modele-fr.png') });
  });

  it('a field made required shows as required on the card at once', async () => {
    await section().getByRole('combobox', { name: 'Calendrier respecté : obligatoire, facultatif ou masqué' }).selectOption('required');
    await openCard('c03');
    const block = page.locator('section[data-comment-field="timetable"]');
    // The card follows the report's adjusted template as soon as it is drawn.
    await expect.poll(() => block.locator('.bilan-field__required').count()).toBe(1);
    await openDetails();
  });

  it('hiding a field that cards fill asks first; hidden, it leaves the card; shown again, its text is back', async () => {
    const irm = section().getByRole('combobox', { name: `${IRM} : obligatoire, facultatif ou masqué` });
    await irm.selectOption('hidden');
    const ask = section().getByRole('alertdialog');
    expect(await ask.innerText()).toMatch(/est rempli dans \d+ fiches/);
    await ask.getByRole('button', { name: 'Garder affiché' }).click();
    expect(await irm.inputValue()).toBe('optional');
    await irm.selectOption('hidden');
    await section().getByRole('alertdialog').getByRole('button', { name: 'Masquer' }).click();
    expect(await irm.inputValue()).toBe('hidden');
    await openCard('c20');
    expect(await page.locator('section[data-comment-field="irmRecommendations"]').count()).toBe(0);
    await openDetails();
    await section().getByRole('combobox', { name: `${IRM} : obligatoire, facultatif ou masqué` }).selectOption('optional');
    await openCard('c20');
    expect(await page.locator('section[data-comment-field="irmRecommendations"]').innerText()).toContain('date ferme');
    await openDetails();
  });

  it('a help text and a level reworded show on the card', async () => {
    await section().getByRole('textbox', { name: 'Aide de « Résultats et impacts » (français)' }).fill('Trois chiffres au plus, avec leur source.');
    await section().getByRole('textbox', { name: 'Niveau 3 (Substantiel), en français' }).fill('Largement réalisé');
    await openCard('c01');
    expect(await page.locator('section[data-comment-field="results"] .bilan-field__help').innerText()).toBe('Trois chiffres au plus, avec leur source.');
    expect(await page.locator('section[data-comment-field="progress"]').innerText()).toContain('Largement réalisé');
    await openDetails();
  });

  it('is saved in the report, and reads in English too', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(async () => existsSync(savePath), { timeout: 60_000 }).toBe(true);
    const { report } = await files.open(savePath);
    expect(report.version).toBe(4);
    expect(report.templateAdjustments).toEqual({
      fields: { timetable: { state: 'required' }, results: { help: { fr: 'Trois chiffres au plus, avec leur source.' } } },
      scales: { progress: { options: { substantial: { fr: 'Largement réalisé' } } } },
    });
    // The same screen in English, for a look.
    const service = new AppService({ locale: () => 'en-GB', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    const english = await rig.open(service, { locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    await english.page.getByRole('article').filter({ hasText: /National Action Plan for France 2018–2020|Plan d’action national pour la France 2018–2020/ }).getByRole('button', { name: 'Open', exact: true }).click();
    await english.page.getByRole('navigation', { name: 'Report outline' }).getByRole('button', { name: 'Report details' }).click();
    const region = english.page.getByRole('region', { name: 'Card template' });
    await region.waitFor();
    await region.scrollIntoViewIfNeeded();
    await english.page.screenshot({ path: join(shots, 'template-en.png') });
    expect(await seriousViolations(english.page, '#details-template')).toEqual([]);
  });
});

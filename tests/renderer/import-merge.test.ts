import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { withEnglish, withFrench } from '../../shared/report/localized.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';
import { contribute } from '../support/packages.js';

// The coordinator's round trip in the built renderer: cut the packages, get two back (one
// retitling a commitment the coordinator retitled meanwhile, one adding English), review the
// conflict side by side, take the institution's version, apply, see the dashboard, undo.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const OUR_TITLE = 'Désigner des administrateurs des données dans tous les ministères';
const ETALAB_TITLE = 'Désigner des administrateurs des données et ouvrir les données par défaut';
const C17_AIM_EN = 'Make environmental data open and easy to reuse.';
const sender = { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' };

type Text = Extract<FieldValue, { kind: 'text' }>;
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;

const cell = (page: Page, row: string, column: string) => page.locator(`tr[data-row="${row}"] [data-column="${column}"]`).innerText();
/** A version as it reads once the words struck through (removed from the version sent) are left out. */
const versionText = (version: Locator) => version.locator('.bilan-merge__text > :not(del)').evaluateAll((parts) => parts.map((p) => p.textContent).join(''));
const heading = (page: Page, name: string) => page.locator('.bilan-dashboard__table thead').getByRole('button', { name });
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Titre de l’engagement (français)' });

async function showCard5(page: Page): Promise<void> {
  await page.locator('.bilan-outline button[data-card="c05"]').click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
}

async function showDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sommaire du rapport' }).getByRole('button', { name: 'Tableau de bord', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
}

describe.skipIf(!existsSync(CHROMIUM))(`the coordinator’s import (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const folder = join(tempDir(), 'paquets');
  /** What the window asked the system to show (the file manager's folder). */
  const shown: string[] = [];
  let chosen: string[] = [];
  const before = { c17en: '', c05returned: '' };

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackagesFolder: async () => folder, choosePackageFiles: async () => chosen, openFile: async (path) => (shown.push(path), '') });
    ({ page, problems } = await rig.open(service));
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
  });
  afterAll(async () => rig?.close());

  it('cuts one package per lead institution into the chosen folder', async () => {
    await page.getByRole('button', { name: 'Préparer les paquets…' }).click();
    // Day, month and year, in the interface's language (not the browser's date input).
    const deadline = page.getByRole('group', { name: 'Date limite de retour' });
    await deadline.getByLabel('Jour').fill('31');
    expect(await deadline.getByLabel('Mois').locator('option').allTextContents()).toContain('mars');
    await deadline.getByLabel('Mois').selectOption({ label: 'mars' });
    await deadline.getByLabel('Année').fill('2021');
    await page.getByLabel('Message aux administrations').fill('Merci de compléter vos fiches avant la fin du mois.');
    await page.getByRole('button', { name: 'Choisir le dossier et préparer les paquets' }).click();
    const done = page.getByRole('status').filter({ hasText: 'paquets écrits' });
    await done.waitFor();
    expect(await done.innerText()).toContain('Etalab — etalab.bilan (5 fiches)');
    expect(readdirSync(folder)).toContain('etalab.bilan');
    // Bilan sends nothing itself: the folder is shown, and each institution has its e-mail ready.
    await done.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await expect.poll(() => shown).toEqual([folder]);
    await done.getByText('Message pour Etalab', { exact: true }).click();
    const mail = await done.getByRole('textbox', { name: 'Message pour Etalab' }).inputValue();
    expect(mail).toMatch(/^Objet\s: .+ — paquet de contribution pour Etalab\n/);
    expect(mail).toContain('etalab.bilan');
    expect(mail).toMatch(/pour Etalab\s: 5 fiches du rapport/);
    expect(mail).toContain('au plus tard le 31 mars 2021');
    expect(mail).toContain('Merci de compléter vos fiches avant la fin du mois.');
    expect(await seriousViolations(page, '.bilan-cut-result')).toEqual([]);
    await takeScreenshot(page, 'cut-packages-done-1366.png');
  });

  it('shows the dashboard before any package came back', async () => {
    await showDashboard(page);
    before.c05returned = await cell(page, 'c05', 'returned');
    before.c17en = await cell(page, 'c17', 'en');
    expect(before.c05returned).toBe('non');
    expect(await cell(page, 'c05', 'sent')).toMatch(/2\d{3}/);
    const reminders = await page.getByLabel('Texte de relance, à coller dans un courriel').inputValue();
    expect(reminders).toContain('Etalab (fiches 4, 5, 6, 7, 8)\n  - Julien Marchetti <julien.marchetti@etalab.example>');
  });

  it('reviews two returned packages, the conflict side by side with the differences marked', async () => {
    await contribute(join(folder, 'etalab.bilan'), sender, (r) => {
      const title = card(r, 'c05').fields['title'] as Text;
      card(r, 'c05').fields['title'] = { ...withFrench(title, ETALAB_TITLE), kind: 'text' };
    });
    await contribute(join(folder, 'MTE.bilan'), sender, (r) => {
      const aim = card(r, 'c17').fields['aim'] as Rich;
      card(r, 'c17').fields['aim'] = { ...withEnglish(aim, [{ type: 'paragraph', children: [{ type: 'text', text: C17_AIM_EN }] }]), kind: 'richText' };
    });
    // Meanwhile the coordinator retitles commitment 5 in the window.
    await showCard5(page);
    await titleBox(page).fill(OUR_TITLE);
    await page.locator('#card-heading').click();

    chosen = [join(folder, 'etalab.bilan'), join(folder, 'MTE.bilan')];
    await page.getByRole('button', { name: 'Importer des paquets…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des paquets renvoyés' }).waitFor();
    const etalab = page.getByRole('region', { name: 'Etalab', exact: true });
    await etalab.waitFor();
    expect(await etalab.innerText()).toContain('Envoyé par Julien Marchetti (julien.marchetti@etalab.example) le 20 mars 2021');
    const ecology = page.getByRole('region', { name: 'Ministère de la Transition écologique' });
    expect(await ecology.innerText()).toMatch(/Engagement n°17 – .* — Ambition/);
    const conflict = page.getByRole('region', { name: /^Conflit sur Titre de l’engagement, Engagement n°5/ });
    expect(await conflict.locator('[data-version="base"]').innerText()).toContain('Désigner des administrateurs ministériels des données');
    expect(await versionText(conflict.locator('[data-version="theirs"]'))).toBe(ETALAB_TITLE);
    expect(await versionText(conflict.locator('[data-version="ours"]'))).toBe(OUR_TITLE);
    expect(await conflict.locator('[data-version="theirs"] ins').allTextContents()).toContain('ouvrir les données ');
    expect(await conflict.locator('[data-version="ours"] del').count()).toBeGreaterThan(0);
    // Nothing is applied while the conflict is unsettled.
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).isDisabled()).toBe(true);
    await page.setViewportSize({ width: 1440, height: 1100 });
    await conflict.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await takeScreenshot(page, 'import-conflict.png');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes the institution’s version, applies, and shows the dashboard updated', async () => {
    const conflict = page.getByRole('region', { name: /^Conflit sur Titre de l’engagement/ });
    // The choices in the order of the version columns: the institution's, then the current one.
    const columns = await conflict.locator('.bilan-conflict__label').allTextContents();
    expect(columns.slice(1)).toEqual(['Version de l’administration', 'Version actuelle']);
    const choices = (await conflict.getByRole('radiogroup').locator('label').allTextContents()).map((l) => l.trim());
    expect(choices.slice(0, 2)).toEqual(['Prendre la version de l’administration', 'Garder la version actuelle']);
    await conflict.getByText('Prendre la version de l’administration').click();
    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    await page.getByRole('button', { name: 'Oui, appliquer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    expect(await cell(page, 'c05', 'returned')).toMatch(/^1 sur 3 · \d+ .+ 20\d\d par Julien Marchetti$/);
    expect(await cell(page, 'c05', 'outOfDate')).toBe('1');
    const c17en = await cell(page, 'c17', 'en');
    expect(parseInt(c17en)).toBeGreaterThan(parseInt(before.c17en));
    expect(await cell(page, 'c17', 'returned')).toMatch(/^\d+ .+ 20\d\d par Julien Marchetti$/);
    const reminders = await page.getByLabel('Texte de relance, à coller dans un courriel').inputValue();
    expect(reminders).not.toContain('Etalab (');
    // Sorting by completeness in English puts the least translated first.
    await heading(page, 'Complétude EN').click();
    const firstEn = await page.locator('tbody tr').first().locator('[data-column="en"]').innerText();
    const lastEn = await page.locator('tbody tr').last().locator('[data-column="en"]').innerText();
    expect(parseInt(firstEn)).toBeLessThanOrEqual(parseInt(lastEn));
    await heading(page, 'N°').click();
    await page.getByLabel('Filtrer les lignes').fill('Etalab');
    expect(await page.locator('tbody tr[data-row]').count()).toBe(5);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.startsWith('\uFEFFN°,Intitulé,Paquet envoyé,Renvoyé,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(5 + 2);
    await page.getByLabel('Filtrer les lignes').fill('');
    await page.setViewportSize({ width: 1440, height: 1400 });
    await page.locator('#dashboard-heading').click();
    await page.evaluate(() => {
      globalThis.scrollTo(0, 0);
      document.querySelector('main')?.scrollTo(0, 0);
    });
    await takeScreenshot(page, 'dashboard.png');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists the import in the card’s history, and Undo takes the whole import back', async () => {
    await showCard5(page);
    expect(await titleBox(page).inputValue()).toBe(ETALAB_TITLE);
    const history = page.locator('details.bilan-history');
    await history.locator('summary').click();
    expect(await history.innerText()).toMatch(/Historique des imports \(1\)[\s\S]*20 mars 2021|Etalab, envoyé par Julien Marchetti, importé par inconnu/);
    expect(await history.innerText()).toContain('Champs : Titre de l’engagement'.replace(' :', '\u00a0:'));
    await page.getByRole('button', { name: 'Annuler (Ctrl+Z)' }).click();
    expect(await titleBox(page).inputValue()).toBe(OUR_TITLE);
    expect(await page.locator('details.bilan-history').count()).toBe(0);
    await showDashboard(page);
    expect(await cell(page, 'c05', 'returned')).toBe(before.c05returned);
    expect(await cell(page, 'c17', 'en')).toBe(before.c17en);
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import type { Report } from '../../shared/model/report.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, takeScreenshot, type OpenedPage, type RendererRig } from './support/browser.js';

// The interface as `bilan serve` gives it to a browser tab: no preload, no native menu, no
// system dialogs. Files are chosen in the page from the workspace folder, the page's own menu
// and shortcuts stand in for the native ones, exports are downloaded, and two tabs on one file
// do not overwrite each other's work.

const TITLE_LABEL = 'Titre de l’engagement (français)';
const FIRST_TITLE = 'Titre écrit dans le premier onglet';
const SECOND_TITLE = 'Titre écrit dans le second onglet';

const card5Title = (report: Report) => {
  const field = report.cards.find((c) => c.number === '5')!.fields['title'];
  return field?.kind === 'text' ? field.fr?.content : undefined;
};
const chooser = (page: Page, name: string) => page.getByRole('dialog', { name });
const saveStatus = (page: Page) => page.locator('.bilan-save-status').innerText();

/** Opens `folder/name` of the workspace with the page's chooser, from the page's menu. */
async function openFromWorkspace(page: Page, folder: string, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu de l’application' }).getByRole('button', { name: 'Fichier' }).click();
  await page.locator('#page-menu-file [data-command="open"]').click();
  const dialog = chooser(page, 'Ouvrir un fichier');
  await dialog.waitFor();
  if (folder) await dialog.getByRole('button', { name: `Ouvrir le dossier « ${folder} »` }).click();
  // DSFR draws the radio in its label, which takes the click.
  await dialog.locator('label').filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}`) }).click();
  expect(await dialog.getByRole('radio', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) }).isChecked()).toBe(true);
  await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
}

/** Shows card 5 and types a new French title into it. */
async function retitleCard5(page: Page, title: string): Promise<void> {
  await page.locator('.bilan-outline button[data-card="c05"]').click();
  await page.getByRole('textbox', { name: TITLE_LABEL }).fill(title);
}

describe.skipIf(!existsSync(CHROMIUM))(`the interface served by bilan serve (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let first: OpenedPage;
  let page: Page;
  const workspace = tempDir('bilan-serve-ui-');
  const reports = join(workspace, 'rapports');
  const copy = join(reports, 'copie.bilan');

  beforeAll(async () => {
    mkdirSync(join(workspace, 'exports'), { recursive: true });
    mkdirSync(reports, { recursive: true });
    const sample = await files.open(SAMPLE);
    await files.save(join(reports, 'plan-2018-2020.bilan'), sample.report, sample.media);
    writeFileSync(join(reports, 'notes.txt'), 'Relire le chapitre 2.\n');
    rig = await startRenderer();
    const service = createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() });
    first = await rig.open(service, { workspace, viewport: { width: 1366, height: 768 } });
    page = first.page;
  });
  afterAll(async () => rig?.close());

  it('shows the start screen with the page’s own menu, in French', async () => {
    await page.getByRole('article').first().waitFor();
    await takeScreenshot(page, 'serve-start-screen.png');
    const menu = page.getByRole('navigation', { name: 'Menu de l’application' });
    expect(await menu.getByRole('button').allInnerTexts()).toEqual(['Fichier', 'Édition', 'Affichage']);
    await menu.getByRole('button', { name: 'Fichier' }).click();
    const items = page.locator('#page-menu-file button');
    // Nothing is open: the commands on a document are there, but disabled, as in the native menu.
    expect(await items.filter({ hasText: 'Ouvrir un rapport…' }).isEnabled()).toBe(true);
    expect(await items.filter({ hasText: 'Enregistrer sous…' }).isDisabled()).toBe(true);
    expect(await items.filter({ hasText: /^Nouveau : / }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await takeScreenshot(page, 'serve-menu.png');
    await page.keyboard.press('Escape');
    await page.locator('#page-menu-file').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fichier');
  });

  it('opens the chooser, keeps the focus in it, and gives it back when closed', async () => {
    const opener = page.getByRole('button', { name: 'Ouvrir un fichier…' });
    await opener.click();
    const dialog = chooser(page, 'Ouvrir un fichier');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ouvrir le dossier « rapports »' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Dossier parent' }).isDisabled()).toBe(true);
    await takeScreenshot(page, 'serve-chooser.png');
    expect(await seriousViolations(page, '.bilan-chooser')).toEqual([]);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('enters a folder with the keyboard (Ctrl+O), goes back up, and opens a report from the workspace', async () => {
    await page.keyboard.press('Control+o');
    const dialog = chooser(page, 'Ouvrir un fichier');
    await dialog.getByRole('button', { name: 'Ouvrir le dossier « rapports »' }).focus();
    await page.keyboard.press('Enter');
    // The keyboard lands on the folder's first entry; a file that is not a report is listed, not offered.
    const radio = dialog.getByRole('radio', { name: /^plan-2018-2020\.bilan/ });
    await expect.poll(() => radio.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByText('notes.txt').count()).toBe(1);
    expect(await dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Dossier parent' }).click();
    await dialog.getByRole('button', { name: 'Ouvrir le dossier « exports »' }).waitFor();
    await dialog.getByRole('button', { name: 'Ouvrir le dossier « rapports »' }).click();
    await radio.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
    expect(await page.locator('.bilan-toolbar__file').innerText()).toBe('plan-2018-2020.bilan');
  });

  it('saves the report as a new file of the workspace, named in the chooser', async () => {
    await retitleCard5(page, FIRST_TITLE);
    await page.keyboard.press('Control+Shift+S');
    const dialog = chooser(page, 'Enregistrer sous');
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: /^Nom du fichier/ });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('plan-2018-2020.bilan');
    // Keeping the name replaces the file, and the chooser says so.
    expect(await dialog.getByText(/Un fichier de ce nom existe déjà ici/).count()).toBe(1);
    await takeScreenshot(page, 'serve-save-as.png');
    expect(await seriousViolations(page, '.bilan-chooser')).toEqual([]);
    await name.fill('copie');
    expect(await dialog.getByText(/Un fichier de ce nom existe déjà ici/).count()).toBe(0);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => saveStatus(page)).toContain('Enregistré');
    expect(await page.locator('.bilan-toolbar__file').innerText()).toBe('copie.bilan');
    expect(card5Title((await files.open(copy)).report)).toBe(FIRST_TITLE);
    expect(card5Title((await files.open(join(reports, 'plan-2018-2020.bilan'))).report)).not.toBe(FIRST_TITLE);
  });

  it('exports into a folder chosen in the page, and offers each file to download', async () => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Exporter le rapport' });
    await dialog.waitFor();
    for (const name of ['DOCX (Word, LibreOffice)', 'English']) {
      if (await dialog.getByRole('checkbox', { name }).isChecked()) await dialog.locator('label').filter({ hasText: name }).click();
    }
    await dialog.getByRole('button', { name: 'Choisir…' }).click();
    const folders = chooser(page, 'Dossier d’export');
    await folders.waitFor();
    // It opens where the last choice was made: up, then into exports/.
    await folders.getByRole('button', { name: 'Dossier parent' }).click();
    await folders.getByRole('button', { name: 'Ouvrir le dossier « exports »' }).click();
    await folders.getByRole('navigation', { name: 'Dossier actuel' }).getByText('exports').waitFor();
    await folders.getByRole('button', { name: 'Choisir ce dossier' }).click();
    await folders.waitFor({ state: 'detached' });
    await expect.poll(() => dialog.getByTestId('export-folder').innerText()).toBe(join(workspace, 'exports'));
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByRole('button', { name: /^Exporter( quand même)?/ }).click();
    const link = dialog.getByRole('link', { name: 'Télécharger rapport-fr.pdf' });
    await link.waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('downloads').innerText()).toContain(`Écrit dans ${join(workspace, 'exports')}. Téléchargez-le :`);
    await takeScreenshot(page, 'serve-export-downloads.png');
    expect(await seriousViolations(page, '.bilan-export')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('rapport-fr.pdf');
    const saved = join(tempDir('bilan-downloads-'), 'rapport-fr.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(saved).equals(readFileSync(join(workspace, 'exports', 'rapport-fr.pdf')))).toBe(true);
    expect(pdfText(saved).replace(/\s+/g, ' ')).toContain(FIRST_TITLE);
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  }, 90_000);

  it('tells the second tab on one file that the file changed, keeps the first tab’s file, and saves the second’s work under another name', async () => {
    const second = await rig.openTab(first);
    const other = second.page;
    await other.setViewportSize({ width: 1366, height: 768 });
    await openFromWorkspace(other, 'rapports', 'copie.bilan');
    // The first tab saves again after the second opened the file: the second's copy is now stale.
    await retitleCard5(page, `${FIRST_TITLE} (2)`);
    await menuCommand(page, 'save');
    await expect.poll(() => saveStatus(page)).toContain('Enregistré');

    await retitleCard5(other, SECOND_TITLE);
    await other.keyboard.press('Control+s');
    const notice = other.getByRole('heading', { name: 'Le fichier a changé sur le disque' });
    await notice.waitFor();
    expect(await other.locator('main .fr-alert--warning').innerText()).toMatch(/modifié par quelqu’un d’autre/);
    await takeScreenshot(other, 'serve-changed-on-disk.png');
    expect(await seriousViolations(other)).toEqual([]);
    expect(card5Title((await files.open(copy)).report)).toBe(`${FIRST_TITLE} (2)`);
    // Nothing of the second tab's work is lost: it is still unsaved, and saved under another name.
    expect(await saveStatus(other)).toContain('Modifications non enregistrées');
    expect(await other.getByRole('textbox', { name: TITLE_LABEL }).inputValue()).toBe(SECOND_TITLE);
    await other.getByRole('button', { name: 'Enregistrer ma version sous…' }).click();
    const dialog = chooser(other, 'Enregistrer sous');
    await dialog.getByRole('textbox', { name: /^Nom du fichier/ }).fill('copie-second-onglet');
    await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => saveStatus(other)).toContain('Enregistré');
    expect(card5Title((await files.open(join(reports, 'copie-second-onglet.bilan'))).report)).toBe(SECOND_TITLE);
    expect(card5Title((await files.open(copy)).report)).toBe(`${FIRST_TITLE} (2)`);
    expect(second.problems).toEqual([]);
  }, 60_000);

  it('cuts packages into a folder chosen in the page, each offered to download', async () => {
    await menuCommand(page, 'cutPackages');
    await page.getByRole('button', { name: 'Choisir le dossier et préparer les paquets' }).click();
    const folders = chooser(page, 'Dossier des paquets');
    await folders.waitFor();
    await folders.getByRole('button', { name: 'Choisir ce dossier' }).click();
    const links: Locator = page.getByTestId('downloads').getByRole('link');
    await links.first().waitFor();
    const names = await links.allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    const saved = join(tempDir('bilan-downloads-'), download.suggestedFilename());
    await download.saveAs(saved);
    expect((await files.open(saved)).report.package).toBeTruthy();
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(first.problems).toEqual([]);
  });

  it('starts a new report from the page menu, and a cancelled Save as leaves everything as it was', async () => {
    const fresh = await rig.open(createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() }), { workspace });
    const other = fresh.page;
    await other.getByRole('article').first().waitFor();
    await other.getByRole('navigation', { name: 'Menu de l’application' }).getByRole('button', { name: 'Fichier' }).click();
    await other.locator('#page-menu-file button', { hasText: 'Nouveau : Plan d’action national (PGO)' }).click();
    await other.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
    expect(await other.locator('.bilan-toolbar__file').innerText()).toBe('pas encore enregistré dans un fichier');
    const before = readdirSync(workspace).sort();
    await other.keyboard.press('Control+s');
    const dialog = chooser(other, 'Enregistrer sous');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await other.locator('.fr-alert').count()).toBe(0);
    expect(readdirSync(workspace).sort()).toEqual(before);
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  it('says so when the server stopped, and keeps the edits in the page', async () => {
    await retitleCard5(page, 'Écrit après l’arrêt du serveur');
    await first.server.close();
    await page.keyboard.press('Control+s');
    const alert = page.locator('.fr-alert--error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Le serveur Bilan ne répond plus : relancez « bilan serve »');
    expect(await page.getByRole('textbox', { name: TITLE_LABEL }).inputValue()).toBe('Écrit après l’arrêt du serveur');
    expect(await saveStatus(page)).toContain('Modifications non enregistrées');
  });
});

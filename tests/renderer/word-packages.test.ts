import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Word packages from the window: the coordinator chooses the Word format in "Préparer les
// paquets", says whom the forms go back to, gets one .docx per institution and an e-mail that
// says to open it with Word; a form comes back rewritten by Word with a remark typed outside the
// boxes, and the review shows that remark.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const STRAY = 'Une remarque tapée hors des cases';
const DRAFT = 'Brouillon à ne pas reprendre';
const MILESTONE = 'Former les agents d’accueil aux nouveaux indicateurs';

describe.skipIf(!existsSync(CHROMIUM))(`Word packages in the window (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const dir = tempDir('bilan-word-window-');
  const folder = join(dir, 'paquets');
  let chosen: string[] = [];

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackagesFolder: async () => folder, choosePackageFiles: async () => chosen, openFile: async () => '' });
    ({ page, problems } = await rig.open(service));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
  });
  afterAll(async () => rig?.close());

  it('cuts Word forms once the coordinator says whom they go back to', async () => {
    await page.getByRole('button', { name: 'Préparer les paquets…' }).click();
    const format = page.getByRole('group', { name: 'Format des paquets\u00a0:' });
    expect(await format.getByRole('radio', { name: /^Bilan/ }).isChecked()).toBe(true);
    await format.locator('label', { hasText: /^Word/ }).click();
    expect(await format.getByRole('radio', { name: /^Word/ }).isChecked()).toBe(true);
    // A Word form's languages: both by default, or one.
    const langs = page.getByRole('group', { name: /^Langues du formulaire Word/ });
    expect(await langs.getByRole('radio', { name: 'Français et anglais' }).isChecked()).toBe(true);
    expect(await langs.getByRole('radio').count()).toBe(3);
    await langs.getByText('English', { exact: true }).click();
    expect(await langs.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await langs.getByText('Français et anglais', { exact: true }).click();
    // No identity remembered yet: the form asks for it, and nothing is written.
    await page.getByRole('button', { name: 'Choisir le dossier et préparer les paquets' }).click();
    await page.getByText('Indiquez votre nom.').waitFor();
    expect(existsSync(folder)).toBe(false);
    const contact = page.getByRole('group', { name: /^À qui les administrations renvoient le formulaire/ });
    await contact.getByLabel('Votre nom').fill('Camille Durand');
    await contact.getByLabel('Votre adresse électronique').fill('camille.durand@modernisation.example');
    await page.getByRole('button', { name: 'Choisir le dossier et préparer les paquets' }).click();
    const done = page.getByRole('status').filter({ hasText: 'paquets écrits' });
    await done.waitFor();
    const files = readdirSync(folder);
    expect(files).toContain('DITP.docx');
    expect(files.filter((f) => f.endsWith('.bilan'))).toEqual([]);
    expect(await done.innerText()).toMatch(/DITP\.docx \(\d+ fiches?\)/);
    // The form names whom to send it back to.
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(folder, 'DITP.docx'))))['word/document.xml']!);
    expect(xml).toContain('camille.durand@modernisation.example');
    const ditp = done.getByRole('listitem').filter({ hasText: 'DITP.docx' });
    await ditp.locator('summary').click();
    const mail = await ditp.getByRole('textbox').inputValue();
    expect(mail).toContain('DITP.docx');
    expect(mail).toContain('Ouvrez-le avec Word');
    expect(mail).toContain('renvoyez-moi le fichier tel quel');
    expect(mail).not.toContain('Préparer l’envoi');
    expect(await seriousViolations(page, '.bilan-merge')).toEqual([]);
    await takeScreenshot(page, 'cut-word-packages-1366.png');
  });

  it('imports a form Word rewrote, and lists the text typed outside the boxes', async () => {
    const returned = join(dir, 'DITP-retour.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(join(folder, 'DITP.docx'))));
    let xml = strFromU8(parts['word/document.xml']!);
    xml = xml.replace('Mettre à la disposition des administrations des outils', 'Mettre à la disposition de toutes les administrations des outils');
    const table = xml.indexOf('</w:tbl>', xml.indexOf('Engagement n°')) + '</w:tbl>'.length;
    // Another remark before the next card's heading: apart from the first, it is a leftover of its own.
    const next = xml.lastIndexOf('<w:p>', xml.indexOf('Engagement n°', table));
    xml = `${xml.slice(0, next)}<w:p><w:r><w:t>${MILESTONE}</w:t></w:r></w:p>${xml.slice(next)}`;
    xml = `${xml.slice(0, table)}<w:p><w:r><w:t>${STRAY}</w:t></w:r></w:p>${xml.slice(table)}`;
    const end = xml.lastIndexOf('<w:sectPr');
    xml = `${xml.slice(0, end)}<w:p><w:r><w:t>${DRAFT}</w:t></w:r></w:p>${xml.slice(end)}`;
    parts['word/document.xml'] = strToU8(xml);
    writeFileSync(returned, zipSync(parts));

    chosen = [returned];
    // The toolbar folds these away once the page scrolls.
    await page.evaluate(() => {
      globalThis.scrollTo(0, 0);
      document.querySelector('main')?.scrollTo(0, 0);
    });
    await page.getByRole('button', { name: 'Importer des paquets…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des paquets renvoyés' }).waitFor();
    const ditp = page.locator('section.bilan-package[data-institution="ditp"]');
    await ditp.waitFor();
    expect(await ditp.innerText()).toContain(STRAY);
    expect(await ditp.innerText()).toMatch(/texte écrit hors des cases/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('places one leftover in a field, discards the other, applies, and the card holds the text', async () => {
    const ditp = page.locator('section.bilan-package[data-institution="ditp"]');
    const apply = page.getByRole('button', { name: 'Appliquer l’import' });
    const stray = ditp.locator('li.bilan-leftover').filter({ hasText: STRAY });
    const draft = ditp.locator('li.bilan-leftover').filter({ hasText: DRAFT });
    // Nothing applies while a leftover is undecided.
    expect(await apply.isDisabled()).toBe(true);
    await page.getByText('Placez, gardez ou écartez chaque élément du document Word avant d’appliquer (3 restants).').waitFor();
    expect(await stray.innerText()).toMatch(/Fiche d’origine\u00a0: Engagement n°1 – /);

    await stray.getByRole('button', { name: 'Placer dans un champ…' }).click();
    const form = stray.getByRole('form', { name: 'Placer dans un champ' });
    expect(await form.getByLabel('Fiche').evaluate((el) => el === document.activeElement)).toBe(true);
    // Its own card by default; a field of it, and the language.
    expect(await form.getByLabel('Fiche').locator('option:checked').innerText()).toMatch(/^Engagement n°1 – /);
    await form.getByLabel(/^Champ/).selectOption({ label: 'Résultats et impacts' });
    expect(await form.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await form.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await takeScreenshot(page, 'word-leftover-place-1366.png');
    await form.getByRole('button', { name: 'Placer', exact: true }).click();
    await stray.getByText('Sera ajouté à «\u00a0Résultats et impacts\u00a0» (français), Engagement n°1').waitFor();

    // The keyboard stays with the leftover: on its undo once placed.
    expect(await stray.getByRole('button', { name: 'Annuler ce choix' }).evaluate((el) => el === document.activeElement)).toBe(true);

    // A new milestone: a cell of a list, in a new row or one the list holds, a column, the languages.
    const milestone = ditp.locator('li.bilan-leftover').filter({ hasText: MILESTONE });
    await milestone.getByRole('button', { name: 'Placer dans un champ…' }).click();
    const cell = milestone.getByRole('form', { name: 'Placer dans un champ' });
    await cell.getByLabel('Fiche').selectOption({ index: 0 });
    // A web address column takes only a web address: said, and nothing can be placed.
    await cell.getByLabel(/^Champ/).selectOption({ label: 'Ressources' });
    expect(await cell.getByLabel(/^Ligne/).locator('option').allInnerTexts()).toEqual(['1. Site de la transformation publique', '2. Page de la France sur le site du Partenariat', 'Nouvelle ligne (ajoutée à la fin)']);
    await cell.getByLabel(/^Colonne/).selectOption({ label: 'Adresse' });
    await cell.getByText('Ce texte n’est pas une adresse web (commençant par https:// ou http://), et la colonne «\u00a0Adresse\u00a0» n’en prend qu’une\u00a0: placez-le dans une autre colonne, ou gardez-le pour plus tard.').waitFor();
    expect(await cell.getByRole('button', { name: 'Placer', exact: true }).isDisabled()).toBe(true);
    await cell.getByLabel(/^Champ/).selectOption({ label: 'Jalons' });
    const rowChoices = await cell.getByLabel(/^Ligne/).locator('option').allInnerTexts();
    expect(rowChoices[0]).toBe('1. Définir un socle d’indicateurs communs');
    expect(await cell.getByLabel(/^Ligne/).locator('option:checked').innerText()).toBe('Nouvelle ligne (ajoutée à la fin)');
    expect(await cell.getByLabel(/^Colonne/).locator('option').allInnerTexts()).toEqual(['Jalon', 'Statut']);
    // A choice column takes one of its options; a text column the languages.
    await cell.getByLabel(/^Colonne/).selectOption({ label: 'Statut' });
    expect(await cell.getByRole('button', { name: 'Placer', exact: true }).isDisabled()).toBe(true);
    await cell.getByLabel(/^Colonne/).selectOption({ label: 'Jalon' });
    await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await cell.locator('label').filter({ hasText: /^Les deux$/ }).click();
    expect(await cell.getByRole('radio', { name: 'Les deux' }).evaluate((el) => el === document.activeElement && (el as HTMLInputElement).checked)).toBe(true);
    // The arrow keys move between the languages, as radios do.
    await page.keyboard.press('ArrowLeft');
    expect(await cell.getByRole('radio', { name: 'Anglais' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await cell.getByRole('radio', { name: 'Les deux' }).isChecked()).toBe(true);
    expect(await seriousViolations(page, '.bilan-merge')).toEqual([]);
    // Its end above the import's buttons, which stay at the bottom of the window.
    await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await takeScreenshot(page, 'word-leftover-place-cell-1366.png');
    await cell.getByRole('button', { name: 'Placer', exact: true }).click();
    const placedRow = rowChoices.length;
    await milestone.getByText(`Sera ajouté à «\u00a0Jalons\u00a0», une nouvelle ligne, colonne «\u00a0Jalon\u00a0» (français et anglais), Engagement n°1`).waitFor();
    expect(placedRow).toBeGreaterThan(1);

    // Discarded, then taken back, then discarded again: undo until applied (from the keyboard).
    await draft.getByRole('button', { name: 'Écarter' }).click();
    await draft.getByText('Sera écarté à l’application de l’import.').waitFor();
    expect(await draft.getByRole('button', { name: 'Annuler ce choix' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await draft.getByRole('button', { name: 'Écarter' }).waitFor();
    expect(await draft.getByRole('button', { name: 'Placer dans un champ…' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await apply.isDisabled()).toBe(true);
    await draft.getByRole('button', { name: 'Écarter' }).click();
    await ditp.getByText('Chaque élément est décidé').waitFor();
    expect(await seriousViolations(page, '.bilan-merge')).toEqual([]);
    await stray.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await takeScreenshot(page, 'word-leftovers-decided-1366.png');

    await apply.click();
    await page.getByRole('button', { name: 'Oui, appliquer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).locator('button[data-card="c01"]').click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
    await expect.poll(async () => (await page.locator('main').innerText()).includes(STRAY), { timeout: 30_000 }).toBe(true);
    const results = page.getByRole('textbox', { name: 'Résultats et impacts (français)' });
    await results.scrollIntoViewIfNeeded();
    expect(await results.innerText()).toMatch(new RegExp(`${STRAY}$`));
    await takeScreenshot(page, 'word-leftover-placed-card-1366.png');
    expect(await page.locator('main').innerText()).not.toContain(DRAFT);
    // The milestone is the list's last row, in French and in English.
    const newCell = page.getByRole('textbox', { name: new RegExp(`^Jalon, ligne ${placedRow}\\b`) });
    await expect.poll(async () => newCell.count()).toBeGreaterThan(0);
    expect(await newCell.first().inputValue()).toBe(MILESTONE);
    // One undo takes the whole import back, the placement with it.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await page.locator('main').innerText()).includes(STRAY)).toBe(false);
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Exporting from the window as a coordinator would: an unsaved edit, the check of what is
// missing, an export anyway, and the word found in the PDF the worker wrote.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const WORD = 'Quetzalcoatlesque';

describe.skipIf(!existsSync(CHROMIUM))(`the export dialog (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  let dialog: Locator;
  const folder = tempDir('bilan-export-ui-');

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseExportFolder: async () => folder });
    ({ page, problems } = await rig.open(service));
    dialog = page.getByRole('dialog', { name: 'Exporter le rapport' });
  });
  afterAll(async () => rig?.close());

  const checkbox = (name: string) => dialog.getByRole('checkbox', { name });
  const setChecked = async (name: string, on: boolean) => {
    if ((await checkbox(name).isChecked()) !== on) await dialog.locator('label').filter({ hasText: name }).click();
  };

  it('exports an unsaved edit of commitment 5 to PDF in French, after listing what is missing', async () => {
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.locator('.bilan-outline button[data-card="c05"]').click();
    const field = page.getByRole('textbox', { name: 'Autres acteurs impliqués (français)' });
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${WORD}.`);

    await page.keyboard.press('Control+e');
    await dialog.waitFor();
    expect(await checkbox('PDF (publication)').isChecked()).toBe(true);
    expect(await checkbox('Français').isChecked()).toBe(true);
    await setChecked('DOCX (Word, LibreOffice)', false);
    await setChecked('English', false);
    await dialog.getByRole('button', { name: 'Choisir…' }).click();
    await expect.poll(() => dialog.getByTestId('export-folder').innerText()).toBe(folder);

    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    const heading = dialog.getByRole('heading', { name: /^Français : \d+ textes? manquants?$/ });
    await heading.waitFor();
    expect(await dialog.getByTestId('export-check').getByRole('button').count()).toBeGreaterThan(0);
    expect(await dialog.getByRole('button', { name: 'Exporter', exact: true }).count()).toBe(0);
    await takeScreenshot(page, 'export-dialog.png');
    expect(await seriousViolations(page, '.bilan-export')).toEqual([]);

    await dialog.getByRole('button', { name: 'Exporter quand même (texte de remplacement visible)' }).click();
    // While the worker renders, the dialog goes down to the toolbar and the editing goes on.
    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Continuer à modifier' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await field.click();
    await page.keyboard.type(' Postexportation.');
    await page.getByRole('button', { name: 'Export terminé – voir les fichiers' }).click({ timeout: 30_000 });
    const files = dialog.getByTestId('export-files');
    await files.waitFor();
    const pdf = join(folder, 'rapport-fr.pdf');
    expect(await files.innerText()).toBe(pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(WORD);
    expect(text).not.toContain('Postexportation');
  });

  it('keeps the focus inside, and closes with Escape back to the editor', async () => {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('lists the English texts missing, and each leads to its field', async () => {
    await page.getByRole('button', { name: 'Exporter…' }).click();
    await dialog.waitFor();
    await setChecked('Français', false);
    await setChecked('English', true);
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByRole('heading', { name: /^English : \d+ textes? manquants?$/ }).waitFor();
    const entry = dialog.getByTestId('export-check').getByRole('button', { name: /^\[EN\] Résultats et impacts/ }).first();
    await entry.click();
    await expect.poll(() => dialog.count()).toBe(0);
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('aria-label')).toBe('Résultats et impacts (anglais)');
  });

  it('cancels a running export, leaving the folder as it was, then exports again', async () => {
    await page.getByRole('button', { name: 'Exporter…' }).click();
    await dialog.waitFor();
    for (const name of ['PDF (publication)', 'DOCX (Word, LibreOffice)', 'Français', 'English']) await setChecked(name, true);
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    const before = readdirSync(folder).sort();
    await dialog.getByRole('button', { name: 'Exporter quand même (texte de remplacement visible)' }).click();
    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Annuler l’export' }).click();
    const notice = dialog.getByTestId('export-cancelled');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('Export annulé : aucun fichier n’a été écrit, le dossier est resté tel quel.');
    expect(await dialog.getByRole('progressbar').count()).toBe(0);
    await takeScreenshot(page, 'export-cancelled.png');
    expect(await seriousViolations(page, '.bilan-export')).toEqual([]);
    // Given the time the whole export would have taken, nothing of it shows up.
    await page.waitForTimeout(6000);
    expect(readdirSync(folder).sort()).toEqual(before);

    await dialog.getByRole('button', { name: 'Exporter quand même (texte de remplacement visible)' }).click();
    const files = dialog.getByTestId('export-files');
    await files.waitFor({ timeout: 30_000 });
    expect((await files.innerText()).split('\n').sort()).toEqual(['rapport-fr.docx', 'rapport-fr.pdf', 'report-en.docx', 'report-en.pdf'].map((f) => join(folder, f)));
    expect(problems).toEqual([]);
  }, 60_000);
});

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, type RendererRig } from '../renderer/support/browser.js';
import { englishReport, frenchReport } from './documents.js';

// "Importer un document Word…" in the real interface (bilan serve, Chromium): the documents are
// picked in the page's chooser from the workspace, what was found is shown before anything is
// created, and the report then opens in the editor, with no file and unsaved.

describe.skipIf(!existsSync(CHROMIUM))(`importing a Word document in the window (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  const workspace = tempDir('bilan-docx-window-');
  const files = () => readdirSync(workspace).sort();

  beforeAll(async () => {
    mkdirSync(workspace, { recursive: true });
    const fr = await frenchReport();
    writeFileSync(join(workspace, 'rapport.docx'), fr);
    writeFileSync(join(workspace, 'report-en.docx'), await englishReport());
    // Cut short in a copy: its zip directory is gone.
    writeFileSync(join(workspace, 'abime.docx'), fr.subarray(0, Math.floor(fr.length / 2)));
    rig = await startRenderer();
    ({ page } = await rig.open(createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() }), { workspace, viewport: { width: 1366, height: 768 } }));
  }, 300_000);
  afterAll(async () => rig?.close());

  /** Picks a workspace file in the page's chooser, opened by the button named `button`. */
  async function pick(dialog: Locator, button: string, chooserName: string, action: string, file: string): Promise<void> {
    await dialog.getByRole('button', { name: button }).click();
    const chooser = page.getByRole('dialog', { name: chooserName });
    await chooser.locator('label').filter({ hasText: new RegExp(`^${file.replace('.', '\\.')}`) }).click();
    await chooser.getByRole('button', { name: action, exact: true }).click();
    await expect.poll(() => chooser.count()).toBe(0);
    await expect.poll(() => dialog.textContent()).toContain(file);
  }

  it('refuses a damaged document with the message, and creates nothing', async () => {
    const before = files();
    await page.getByRole('button', { name: 'Importer un document Word…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Importer un document Word' });
    await expect.poll(() => dialog.count(), { timeout: 30_000 }).toBe(1);
    await dialog.getByLabel('Modèle du nouveau rapport').selectOption('ogp-end-of-term');
    await pick(dialog, 'Choisir le document français…', 'Choisir un document Word', 'Choisir', 'abime.docx');
    await dialog.getByRole('button', { name: 'Lire les documents' }).click();
    const alert = dialog.locator('.fr-alert--error');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('Impossible d’importer abime.docx\u00a0: le document Word est endommagé');
    expect(await dialog.getByRole('button', { name: 'Créer le rapport' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Still the start screen, and the workspace as it was.
    expect(await page.locator('.bilan-outline').count()).toBe(0);
    expect(files()).toEqual(before);
  }, 120_000);

  it('shows what was found in English, then creates the report in French: its cards in the outline, an item to sort on a card, unsaved', async () => {
    const before = files();
    // In English first, from the page's File menu.
    await page.locator('input[name="ui-language"][value="en"]').check({ force: true });
    await menuCommand(page, 'importDocx');
    const en = page.getByRole('dialog', { name: 'Import a Word document' });
    await expect.poll(() => en.count(), { timeout: 30_000 }).toBe(1);
    await en.getByLabel('Template of the new report').selectOption('ogp-end-of-term');
    await pick(en, 'Choose the French document…', 'Choose a Word document', 'Choose', 'rapport.docx');
    await pick(en, 'Choose the English document…', 'Choose a Word document', 'Choose', 'report-en.docx');
    await en.getByRole('button', { name: 'Read the documents' }).click();
    const enReview = en.getByTestId('import-docx-review');
    await expect.poll(() => enReview.count(), { timeout: 60_000 }).toBe(1);
    expect(await enReview.textContent()).toMatch(/Found: \d+ cards/);
    // The English document holds a card the French one lacks: said, with its number.
    expect(await enReview.textContent()).toMatch(/Cards not in the French document: \d/);
    expect(await seriousViolations(page, '.bilan-import-docx')).toEqual([]);
    await page.screenshot({ path: '/tmp/bilan-import-docx-en.png' });
    await en.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => en.count()).toBe(0);
    expect(await page.locator('.bilan-outline').count()).toBe(0);
    await page.locator('input[name="ui-language"][value="fr"]').check({ force: true });

    // In French, from the start screen.
    await page.getByRole('button', { name: 'Importer un document Word…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Importer un document Word' });
    await dialog.getByLabel('Modèle du nouveau rapport').selectOption('ogp-end-of-term');
    await pick(dialog, 'Choisir le document français…', 'Choisir un document Word', 'Choisir', 'rapport.docx');
    await dialog.getByRole('button', { name: 'Lire les documents' }).click();
    const review = dialog.getByTestId('import-docx-review');
    await expect.poll(() => review.count(), { timeout: 60_000 }).toBe(1);
    const text = (await review.textContent()) ?? '';
    expect(text).toMatch(/Trouvé\u00a0: \d+ fiches, 2 ambitions/);
    // Each card with its number, title and the fields filled; the items left to sort.
    const first = review.locator('tr[data-card-number="1"]');
    expect(await first.locator('th').textContent()).toContain('Ouvrir les données des collectivités');
    expect(await first.textContent()).toMatch(/\d+ sur \d+/);
    expect(await first.textContent()).toContain('2 éléments');
    expect(text).toMatch(/À trier\u00a0: \d+ éléments sur les fiches/);
    expect(await seriousViolations(page, '.bilan-import-docx')).toEqual([]);
    await page.screenshot({ path: '/tmp/bilan-import-docx-fr.png' });
    // Nothing is created until the user says so.
    expect(files()).toEqual(before);
    expect(await page.locator('.bilan-outline').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Créer le rapport' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const card = page.locator('.bilan-outline button[data-card="c01"]');
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    expect(await card.textContent()).toContain('Ouvrir les données des collectivités');
    expect(await page.locator('.bilan-outline button[data-card="c02"]').count()).toBe(1);
    await card.click();
    const list = page.getByRole('region', { name: '2 éléments à trier' });
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBe(1);
    expect(await list.textContent()).toContain('Un million deux cent mille euros');
    // Open, unsaved, with no file: the workspace has nothing new.
    await expect.poll(() => page.getByText('Modifications non enregistrées').count()).toBeGreaterThan(0);
    expect(files()).toEqual(before);
  }, 180_000);
});

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../electron/main/services/docx-import.js';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import { files, templates } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, type RendererRig } from '../renderer/support/browser.js';
import { frenchReport } from './documents.js';

// What an import left to sort shows on its card, beside the fields: each item with the label it
// stood under, moved into a field or deleted, in the real interface (bilan serve, Chromium).

describe.skipIf(!existsSync(CHROMIUM))(`the "to sort" list on a card (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  const workspace = tempDir('bilan-to-sort-');

  beforeAll(async () => {
    mkdirSync(workspace, { recursive: true });
    const docx = join(workspace, 'rapport.docx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(docx, await frenchReport());
    const imported = await importDocx(templates.get('ogp-end-of-term'), docx);
    await files.save(join(workspace, 'importe.bilan'), imported.report, imported.media);
    rig = await startRenderer();
    ({ page } = await rig.open(createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() }), { workspace, viewport: { width: 1366, height: 768 } }));
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un fichier' });
    await dialog.locator('label').filter({ hasText: /^importe\.bilan/ }).click();
    await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    await page.locator('.bilan-outline button[data-card="c01"]').click();
  }, 300_000);
  afterAll(async () => rig?.close());

  it('shows the card’s items with where they stood, and no serious accessibility violation', async () => {
    const list = page.getByRole('region', { name: '2 éléments à trier' });
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => list.textContent()).toContain('Sous «\u00a0Budget mobilisé\u00a0» dans le document');
    expect(await list.textContent()).toContain('Un million deux cent mille euros');
    expect(await seriousViolations(page, '.bilan-to-sort')).toEqual([]);
    await page.screenshot({ path: '/tmp/bilan-to-sort-fr.png' });
    // The same in English: the interface's words change, the document's stay as written.
    await page.locator('input[name="ui-language"][value="en"]').check({ force: true });
    const english = page.getByRole('region', { name: '2 items to sort' });
    await expect.poll(() => english.count(), { timeout: 30_000 }).toBe(1);
    expect(await english.textContent()).toContain('Under “Budget mobilisé” in the document');
    await page.screenshot({ path: '/tmp/bilan-to-sort-en.png' });
    await page.locator('input[name="ui-language"][value="fr"]').check({ force: true });
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBe(1);
  }, 120_000);

  it('moves an item into the field chosen, and deletes another: the list goes once empty', async () => {
    const first = page.locator('[data-to-sort="sort-3"]');
    await first.getByLabel('Ranger dans le champ (texte en français)').selectOption({ label: 'Prochaines étapes' });
    await first.getByRole('button', { name: 'Ranger' }).click();
    await expect.poll(() => page.getByRole('region', { name: '1 élément à trier' }).count(), { timeout: 30_000 }).toBe(1);
    // The words are now in the field's editor.
    await expect.poll(() => page.locator('#field-c01-nextSteps').textContent(), { timeout: 30_000 }).toContain('Un million deux cent mille euros');
    await page.locator('[data-to-sort="sort-4"]').getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => page.locator('.bilan-to-sort').count(), { timeout: 30_000 }).toBe(0);
  }, 120_000);
});

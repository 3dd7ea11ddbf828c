import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The screens and dialogs at 1366×768, as a ministry laptop shows them: what they say is true,
// and the action they put first is the one to take.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;

describe.skipIf(!existsSync(CHROMIUM))(`screens and dialogs at 1366×768 (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  beforeAll(async () => (rig = await startRenderer()));
  afterAll(async () => rig?.close());

  it('does not call a report with no file of its own “Enregistré”', async () => {
    const { page, context } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } });
    await page.locator('.bilan-templates li').filter({ hasText: 'Rapport d’autoévaluation de fin de mandat' }).getByRole('button', { name: 'Nouveau rapport' }).click();
    await page.locator('.bilan-save-status').waitFor();
    expect(await page.locator('.bilan-save-status').innerText()).toContain('Pas encore enregistré');
    expect(await page.locator('.bilan-save-status').innerText()).not.toMatch(/^\W*Enregistré/);
    // A report with no card yet: the summary, the dashboard and its reminders say that, not “0 %”,
    // “no row matches the filter” or “every institution has returned its package”.
    const nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    await nav.getByRole('button', { name: /Tableau de synthèse/ }).click();
    const summary = page.locator('#main');
    await summary.getByRole('heading', { level: 1 }).waitFor();
    expect(await summary.innerText()).toMatch(/n’a encore aucune fiche/);
    expect(await summary.innerText()).not.toMatch(/0\s?%/);
    await nav.getByRole('button', { name: /Tableau de bord/ }).click();
    const dashboard = page.locator('#main');
    await dashboard.getByRole('table').waitFor();
    const text = await dashboard.innerText();
    expect(text).toContain('Aucune ligne pour l’instant');
    expect(text).not.toContain('Aucune ligne ne correspond au filtre');
    expect(text).not.toContain('ont renvoyé leur paquet');
    expect(text).toContain('Aucun paquet n’a encore été préparé');
    await takeScreenshot(page, 'screens-new-dashboard.png');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('names every lead institution of an outline entry, not “MTFP +2”', async () => {
    const { page, context } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } });
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    const lead = page.locator('.bilan-outline button[data-card="c04"] .bilan-outline__lead');
    await lead.waitFor();
    const title = await lead.getAttribute('title');
    expect(title).toMatch(/^Porté par Ministère de la Transformation et de la Fonction publiques, .+, .+$/);
    expect(await lead.locator('.fr-sr-only').textContent()).toBe(title);
    expect(await lead.locator('[aria-hidden="true"]').textContent()).toBe('MTFP +2');
    // The dashboard fits the window: no sideways scrolling.
    await page.getByRole('button', { name: /Tableau de bord/ }).click();
    await page.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await takeScreenshot(page, 'screens-dashboard-1366.png');
    // The outline offers to add a card under each ambition; the new card opens, its heading focused.
    const cards = await page.locator('.bilan-outline button[data-card]').count();
    await page.getByRole('button', { name: 'Ajouter une fiche à Ambition 1' }).click();
    await expect.poll(() => page.locator('.bilan-outline button[data-card]').count()).toBe(cards + 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('card-heading');
    expect(await page.locator('#card-heading').innerText()).toMatch(/^Engagement n°\d+/);
    await context.close();
  });

  it('gives the export check’s list the room it needs, exporting anyway as the second choice, the folder in the page’s font', async () => {
    const { page, context } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), { viewport: { width: 1366, height: 768 } });
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.locator('#card-heading').waitFor();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByTestId('export-check').waitFor();
    const anyway = dialog.getByRole('button', { name: 'Exporter quand même (texte de remplacement visible)' });
    if (await anyway.count()) expect(await anyway.getAttribute('class')).toContain('fr-btn--secondary');
    // No folder yet: once checked, choosing one is the step left, the one blue button.
    expect(await dialog.getByRole('button', { name: 'Choisir…' }).getAttribute('class')).not.toContain('fr-btn--secondary');
    expect(await dialog.getByRole('button', { name: 'Vérifier' }).getAttribute('class')).toContain('fr-btn--secondary');
    const font = await dialog.getByTestId('export-folder').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).not.toMatch(/monospace/);
    // The dialog takes the window's height, less a margin, and the list its bottom part: its
    // body ends inside the window, not below it.
    const body = await dialog.locator('.fr-modal__body').boundingBox();
    expect(body!.y).toBeLessThanOrEqual(24);
    expect(body!.y + body!.height).toBeLessThanOrEqual(768);
    expect(body!.height).toBeGreaterThan(700);
    // The two documents, publication and working copy, sit side by side on one row.
    const publication = await dialog.getByRole('radio', { name: /^Publication/ }).boundingBox();
    const working = await dialog.getByRole('radio', { name: /^Document de travail/ }).boundingBox();
    expect(Math.abs(publication!.y - working!.y)).toBeLessThan(4);
    expect(working!.x).toBeGreaterThan(publication!.x + 200);
    await takeScreenshot(page, 'screens-export-1366.png');
    expect(await seriousViolations(page, '.bilan-export')).toEqual([]);
    await context.close();
  });
});

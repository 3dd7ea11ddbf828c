import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWorkspaceService } from '../../electron/serve/workspace-service.js';
import { files } from '../support/fixtures.js';
import { ACTION_PLAN, SAMPLE, tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The start screen begins with what a civil servant came to do: the files they worked on lately,
// "Open a file…", and a new report — empty, or from the action plan the end-of-term report
// accounts for. The samples come after.

const chooser = (page: Page) => page.getByRole('dialog', { name: 'Ouvrir un fichier' });

/** Picks `rapports/name` in the page's chooser, open already. */
async function pick(page: Page, name: string): Promise<void> {
  const dialog = chooser(page);
  await dialog.waitFor();
  // The chooser opens where it was last left: in "rapports" already, or at the workspace's top.
  const folder = dialog.getByRole('button', { name: 'Ouvrir le dossier « rapports »' });
  const file = dialog.locator('label').filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}`) });
  await folder.or(file).first().waitFor();
  if (await folder.count()) await folder.click();
  await file.click();
  await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

const outlineNumbers = (page: Page) => page.locator('.bilan-outline button[data-card]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-card')));

describe.skipIf(!existsSync(CHROMIUM))(`the start screen’s recent files and a report from an action plan (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  const workspace = tempDir('bilan-start-');
  const data = tempDir('bilan-start-data-');
  let planCards: string[];

  beforeAll(async () => {
    mkdirSync(join(workspace, 'rapports'));
    const sample = await files.open(SAMPLE);
    await files.save(join(workspace, 'rapports', 'bilan-2018-2020.bilan'), sample.report, sample.media);
    const plan = await files.open(ACTION_PLAN);
    planCards = plan.report.cards.map((c) => c.id);
    await files.save(join(workspace, 'rapports', 'plan-2021-2023.bilan'), plan.report, plan.media);
    rig = await startRenderer();
    ({ page } = await rig.open(await createUserWorkspaceService(workspace, data, { locale: () => 'fr-FR' }), { workspace, viewport: { width: 1366, height: 768 } }));
    await page.getByRole('article').first().waitFor();
  });
  afterAll(async () => rig?.close());

  it('offers to start an end-of-term report from an action plan, and not an action plan from one', async () => {
    expect(await page.getByRole('heading', { name: 'Fichiers récents' }).count()).toBe(0);
    const template = (name: string) => page.locator('.bilan-templates > li').filter({ has: page.getByText(name, { exact: true }) });
    const fromPlan = template('Rapport d’autoévaluation de fin de mandat (PGO)').getByRole('button', { name: /^À partir d’un rapport « Plan d’action national \(PGO\) »…$/ });
    expect(await fromPlan.count()).toBe(1);
    // An action plan starts from nothing: no such button on its own template.
    expect(await template('Plan d’action national (PGO)').getByRole('button', { name: /^À partir d’un rapport/ }).count()).toBe(0);
    expect(await fromPlan.getAttribute('title')).toMatch(/^Commencer un rapport «\sRapport d’autoévaluation de fin de mandat \(PGO\)\s» à partir/);
    await fromPlan.click();
    await pick(page, 'plan-2021-2023.bilan');
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
    // The plan's commitments, each as a card of the new report, which has no file yet.
    expect(await outlineNumbers(page)).toEqual(planCards);
    expect(await page.locator('.bilan-toolbar__file').innerText()).toBe('pas encore enregistré dans un fichier');
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    await page.getByRole('article').first().waitFor();
  });

  it('lists a report once opened, with its folder and date, first on the screen, and opens it again in one click', async () => {
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await pick(page, 'bilan-2018-2020.bilan');
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();

    const recent = page.getByRole('list', { name: 'Fichiers récents' });
    await recent.waitFor();
    // The opened plan was never a file of the new report: only the report opened is listed.
    expect(await recent.getByRole('listitem').count()).toBe(1);
    expect(await recent.innerText()).toMatch(/bilan-2018-2020\.bilan\s+rapports · Modifié le \d{1,2} \S+ \d{4}/);
    // Before the samples, in reading order.
    const [recentTop, samplesTop] = await Promise.all([recent.boundingBox(), page.getByRole('heading', { name: 'Rapports d’exemple' }).boundingBox()]);
    expect(recentTop!.y).toBeLessThan(samplesTop!.y);
    await takeScreenshot(page, 'start-screen-recent-1366.png');
    expect(await seriousViolations(page)).toEqual([]);

    await recent.getByRole('button', { name: 'Ouvrir bilan-2018-2020.bilan, dans rapports' }).click();
    await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
    expect(await page.locator('.bilan-toolbar__file').innerText()).toBe('bilan-2018-2020.bilan');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import type { Report } from '../../shared/model/report.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The open file changed on disk, as Word tells it: another process rewrites the report's file;
// when the window comes back to the front it says so, and offers to reload the file (asking
// first when that loses unsaved changes) or to keep its own version under another name.

const TITLE_LABEL = 'Titre de l’engagement (français)';
const OUTSIDE_TITLE = 'Titre écrit par un autre programme';
const MINE = 'Titre écrit dans cette fenêtre';

const withCard5Title = (report: Report, title: string): Report => ({
  ...report,
  cards: report.cards.map((c) => {
    const field = c.fields['title'];
    if (c.number !== '5' || field?.kind !== 'text' || !field.fr) return c;
    return { ...c, fields: { ...c.fields, title: { ...field, fr: { ...field.fr, content: title } } } };
  }),
});
const card5Title = (report: Report) => {
  const field = report.cards.find((c) => c.number === '5')!.fields['title'];
  return field?.kind === 'text' ? field.fr?.content : undefined;
};
/** The window coming back to the front. */
const refocus = (page: Page) => page.evaluate(() => dispatchEvent(new Event('focus')));
const notice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Ce fichier a changé sur le disque' });

describe.skipIf(!existsSync(CHROMIUM))(`the open file changed on disk (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  const workspace = tempDir('bilan-changed-');
  const file = join(workspace, 'plan.bilan');
  const theirs = join(tempDir('bilan-theirs-'), 'plan.bilan');
  /** Another process writes their version over the report's file. */
  const rewrite = () => execFileSync(process.execPath, ['-e', 'require("node:fs").copyFileSync(process.argv[1], process.argv[2])', theirs, file]);

  beforeAll(async () => {
    mkdirSync(workspace, { recursive: true });
    const sample = await files.open(SAMPLE);
    await files.save(file, sample.report, sample.media);
    await files.save(theirs, withCard5Title(sample.report, OUTSIDE_TITLE), sample.media);
    rig = await startRenderer();
    ({ page } = await rig.open(createWorkspaceService(workspace, { locale: () => 'fr-FR', appDataDir: tempDir() }), { workspace, viewport: { width: 1366, height: 768 } }));
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un fichier' });
    await dialog.locator('label').filter({ hasText: /^plan\.bilan/ }).click();
    await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    await page.locator('.bilan-outline button[data-card="c05"]').click();
  });
  afterAll(async () => rig?.close());

  it('says nothing while the file is as it was, even touched with its bytes unchanged', async () => {
    await refocus(page);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    await refocus(page);
    await page.waitForTimeout(500);
    expect(await notice(page).count()).toBe(0);
  });

  it('tells of a rewrite when the window comes back to the front, and Recharger, asked first over unsaved changes, shows the new content', async () => {
    await page.getByRole('textbox', { name: TITLE_LABEL }).fill(MINE);
    rewrite();
    await refocus(page);
    await notice(page).waitFor();
    expect(await notice(page).innerText()).toContain('« plan.bilan » a été modifié par un autre programme');
    await takeScreenshot(page, 'file-changed-notice.png');
    expect(await seriousViolations(page)).toEqual([]);
    await notice(page).getByRole('button', { name: 'Recharger' }).click();
    // Unsaved changes would be lost: asked first, and nothing reloaded yet.
    await notice(page).getByText('Recharger efface les modifications que vous n’avez pas enregistrées.').waitFor();
    expect(await page.getByRole('textbox', { name: TITLE_LABEL }).inputValue()).toBe(MINE);
    await notice(page).getByRole('button', { name: 'Recharger quand même' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: TITLE_LABEL }).inputValue()).toBe(OUTSIDE_TITLE);
    expect(await notice(page).count()).toBe(0);
    expect(await page.locator('.bilan-save-status').innerText()).toContain('Enregistré');
    // Reloaded, the file is the window's again: a save goes through.
    await page.getByRole('textbox', { name: TITLE_LABEL }).fill(MINE);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => card5Title((await files.open(file)).report)).toBe(MINE);
  });

  it('tells of it when the tab is shown again, and Garder ma version saves this version under another name', async () => {
    rewrite();
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await notice(page).waitFor();
    await notice(page).getByRole('button', { name: 'Garder ma version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
    await dialog.getByRole('textbox', { name: /^Nom du fichier/ }).fill('ma-version');
    await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.bilan-toolbar__file').innerText()).toBe('ma-version.bilan');
    expect(await notice(page).count()).toBe(0);
    expect(card5Title((await files.open(join(workspace, 'ma-version.bilan'))).report)).toBe(MINE);
    expect(card5Title((await files.open(file)).report)).toBe(OUTSIDE_TITLE);
  });
});

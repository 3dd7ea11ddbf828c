import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { Report } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { files } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Editing the sample as a coordinator would, in the built renderer in Chromium, with the real
// AppService behind window.api; the saved file is then read back with ReportFiles.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const NEW_TITLE = 'Désigner des administrateurs des données et ouvrir les données par défaut';
const FR_ADDITION = ' Les collectivités territoriales ont rejoint le réseau.';
const EN_ADDITION = ' Local authorities joined the network.';

const card5 = (report: Report) => report.cards.find((c) => c.number === '5')!;
const text = (page: Page, selector: string) => page.locator(selector).innerText();

async function openSample(page: Page): Promise<void> {
  await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
  await page.getByRole('navigation', { name: 'Sommaire du rapport' }).waitFor();
}

async function showCard5(page: Page): Promise<void> {
  await page.locator('.bilan-outline button[data-card="c05"]').click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
}

describe.skipIf(!existsSync(CHROMIUM))(`the report editor (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const savePath = join(tempDir(), 'rapport-2018-2020.bilan');

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    ({ page, problems } = await rig.open(service));
  });
  afterAll(async () => rig?.close());

  it('passes an accessibility check on the start screen', async () => {
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens the sample on its outline and shows commitment 5 side by side, with the template’s labels', async () => {
    await openSample(page);
    const nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    expect(await nav.locator('section[data-ambition]').count()).toBe(5);
    expect(await nav.locator('button[data-card]').count()).toBe(21);
    const entry = (await nav.locator('button[data-card="c05"]').innerText()).replace(/\s+/g, ' ');
    expect(entry).toMatch(/^5 Désigner des administrateurs/);
    expect(entry.toLowerCase()).toContain('substantiel');
    expect(entry).toMatch(/FR \d+/);
    await showCard5(page);
    expect(await page.getByRole('heading', { level: 2, name: /Administration\(s\) porteuse\(s\)/ }).count()).toBe(1);
    expect(await page.getByText('Reprenez l’intitulé exact de l’engagement').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).inputValue()).toMatch(/^Désigner des administrateurs ministériels/);
    expect(await page.getByRole('textbox', { name: 'Titre de l’engagement (anglais)' }).inputValue()).toMatch(/^Appoint ministerial data administrators/);
    expect(await page.getByRole('radiogroup', { name: 'Avancement' }).getByRole('radio', { name: 'Substantiel' }).isChecked()).toBe(true);
    await takeScreenshot(page, 'editor-side-by-side.png');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('flags the English title after its French changed, shows the old French, and clears the flag when reviewed', async () => {
    await page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).fill(NEW_TITLE);
    const flag = page.getByRole('group', { name: 'Texte anglais à revoir' });
    await flag.waitFor();
    expect(await flag.textContent()).toContain('À revoir');
    expect(await flag.locator('del').allInnerTexts()).toContain('ministériels ');
    expect(await flag.innerText()).toContain('Désigner des administrateurs ministériels des données');
    expect(await flag.locator('ins').count()).toBeGreaterThan(0);
    await flag.scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'needs-review.png');
    await flag.getByRole('button', { name: 'Marquer comme revu' }).click();
    await expect.poll(() => flag.count()).toBe(0);
  });

  it('edits a rich-text field in French, then in English', async () => {
    const fr = page.getByRole('textbox', { name: 'Autres acteurs impliqués (français)' });
    await fr.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(FR_ADDITION);
    const en = page.getByRole('textbox', { name: 'Autres acteurs impliqués (anglais)' });
    await en.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(EN_ADDITION);
    expect(await en.innerText()).toContain(EN_ADDITION.trim());
    await page.locator('#card-heading').click();
    // Written after the French, the English translates the current French: nothing to review.
    expect(await page.getByRole('group', { name: 'Texte anglais à revoir' }).count()).toBe(0);
  });

  it('updates the summary table and headline when the progress changes', async () => {
    await page.getByRole('radiogroup', { name: 'Avancement' }).getByText('Limité', { exact: true }).click();
    await page.getByRole('button', { name: /Tableau de synthèse/ }).click();
    const headline = page.getByTestId('headline');
    expect((await headline.innerText()).replace(/\s/g, ' ')).toBe('71 % des engagements substantiellement réalisés ou achevés');
    const row = page.locator('tr[data-card="c05"]');
    expect(await row.locator('td[data-level="limited"]').textContent()).toContain('niveau atteint');
    expect((await row.locator('td[data-level="substantial"]').textContent())?.trim()).toBe('');
  });

  it('adds a milestone, lists it as missing, and leads to it from the validation panel', async () => {
    await showCard5(page);
    await page.getByRole('button', { name: 'Ajouter une ligne à « Jalons »' }).click();
    const rows = page.locator('#field-c05-milestones li[data-row]');
    const count = await rows.count();
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    const panel = page.getByRole('region', { name: 'Points bloquants' });
    await panel.waitFor();
    const entry = panel.getByRole('button', { name: `[FR] Jalons, ligne ${count}, Jalon : manquant` });
    await entry.scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'validation-panel.png');
    expect(await seriousViolations(page)).toEqual([]);
    await entry.click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('aria-label')).toBe('Jalon, ligne ' + count + ' (français)');
    await page.keyboard.type('Publier le guide de l’administrateur des données');
    await rows.last().getByText('En cours', { exact: true }).click();
    expect(await rows.last().getByRole('radio', { name: 'En cours' }).isChecked()).toBe(true);
  });

  it('undoes and redoes across the report with the keyboard, outside text fields', async () => {
    const ongoing = page.locator('#field-c05-milestones li[data-row]').last().getByRole('radio', { name: 'En cours' });
    await page.locator('#card-heading').click();
    await page.keyboard.press('Control+z');
    expect(await ongoing.isChecked()).toBe(false);
    await page.keyboard.press('Control+y');
    expect(await ongoing.isChecked()).toBe(true);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await ongoing.isChecked()).toBe(true);
  });

  it('saves to a new .bilan file, and the file holds every edit', async () => {
    expect(await text(page, '.bilan-save-status')).toContain('Modifications non enregistrées');
    await page.keyboard.press('Control+s');
    await expect.poll(() => text(page, '.bilan-save-status')).toContain('Enregistré');
    expect(await text(page, '.bilan-toolbar__file')).toBe('rapport-2018-2020.bilan');
    const { report } = await files.open(savePath);
    const card = card5(report);
    const title = card.fields['title'];
    expect(title?.kind === 'text' && title.fr?.content).toBe(NEW_TITLE);
    expect(title?.kind === 'text' && title.en?.source.rev).toBe(title?.kind === 'text' && title.fr?.rev);
    const others = card.fields['otherStakeholders'];
    expect(others?.kind === 'richText' && plainText(others.fr!.content)).toContain(FR_ADDITION.trim());
    expect(others?.kind === 'richText' && plainText(others.en!.content)).toContain(EN_ADDITION.trim());
    expect(card.fields['progress']).toEqual({ kind: 'choice', value: 'limited' });
    const milestones = card.fields['milestones'];
    const last = milestones?.kind === 'rows' ? milestones.rows.at(-1) : undefined;
    expect(last?.cells['status']).toEqual({ kind: 'choice', value: 'ongoing' });
    const lastTitle = last?.cells['title'];
    expect(lastTitle?.kind === 'text' && lastTitle.fr?.content).toBe('Publier le guide de l’administrateur des données');
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(CHROMIUM))(`recovery after a crash (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  beforeAll(async () => (rig = await startRenderer()));
  afterAll(async () => rig?.close());

  it('restores an autosaved edit after the service stopped without saving', async () => {
    const appDataDir = tempDir();
    const first = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir }));
    await openSample(first.page);
    await showCard5(first.page);
    await first.page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).fill('Titre jamais enregistré');
    await expect.poll(() => text(first.page, '.bilan-save-status'), { timeout: 10_000 }).toContain('copie de secours');
    // The crash: the page and its service go away without saving or closing anything.
    await first.context.close();

    const { page, problems } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir }));
    const banner = page.getByRole('region', { name: 'Des modifications non enregistrées peuvent être restaurées' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(SAMPLE_TITLE);
    await banner.getByRole('button', { name: 'Restaurer' }).click();
    await showCard5(page);
    expect(await page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).inputValue()).toBe('Titre jamais enregistré');
    expect(await text(page, '.bilan-save-status')).toContain('Modifications non enregistrées');
    expect(problems).toEqual([]);
  });
});

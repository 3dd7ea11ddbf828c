import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { files } from '../support/fixtures.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The report's own details edited in the window as a coordinator would: the cover, a new
// institution, a new ambition with a new commitment (one added, undone, added again and moved),
// refusals that say which cards are in the way, then the saved file read back and reopened.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const TITLE_FR = 'Plan d’action national 2018–2020 – Bilan de fin de parcours';
const TITLE_EN = 'National Action Plan 2018–2020 – End-of-term report';
const ISSUER_FR = 'Direction interministérielle de la transformation publique (DITP)';
const AGENCY_FR = 'Agence nationale de la cohésion des territoires';
const AGENCY_EN = 'National Agency for Territorial Cohesion';
const AMBITION_FR = 'Territoires ouverts';
const AMBITION_EN = 'Open territories';

describe.skipIf(!existsSync(CHROMIUM))(`the report details view (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  let nav: Locator;
  const savePath = join(tempDir(), 'bilan-2018-2020.bilan');

  const details = () => page.getByRole('article', { name: 'Détails du rapport' });
  const group = (name: string) => details().getByRole('group', { name, exact: true });
  const outlineNumbers = (ambition: string) => nav.locator(`section[data-ambition="${ambition}"] button[data-card] .bilan-outline__number`).allInnerTexts();

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    ({ page, problems } = await rig.open(service));
    nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
  });
  afterAll(async () => rig?.close());

  it('edits the cover: title in both languages, period, issuer and date of publication', async () => {
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await nav.getByRole('button', { name: 'Détails du rapport' }).click();
    await details().waitFor();
    expect(await details().getByRole('textbox', { name: 'Titre du rapport (anglais)' }).inputValue()).toMatch(/^National Action Plan for France 2018–2020/);
    await details().getByRole('textbox', { name: 'Titre du rapport (français)' }).fill(TITLE_FR);
    // The French changed after the English was written: the English is to review.
    await details().getByRole('group', { name: 'Texte anglais à revoir' }).waitFor();
    await details().getByRole('textbox', { name: 'Titre du rapport (anglais)' }).fill(TITLE_EN);
    expect(await details().getByRole('group', { name: 'Texte anglais à revoir' }).count()).toBe(0);
    await details().locator('#report-period input').fill('2018–2021');
    await details().getByRole('textbox', { name: 'Administration éditrice (français)' }).fill(ISSUER_FR);
    // Day, month (named in the interface's language) and year, not the browser's date input.
    const date = details().locator('#report-published');
    await date.getByLabel('Jour').fill('14');
    await date.getByLabel('Mois').selectOption({ label: 'juillet' });
    await date.getByLabel('Année').fill('2021');
    // A date left half typed is refused where it is typed, and the date kept is the last whole one.
    await date.getByLabel('Année').fill('20');
    await details().getByRole('heading', { level: 1 }).click();
    const error = details().locator('#report-published .fr-error-text');
    expect(await error.innerText()).toBe('Cette date est incomplète ou n’existe pas : saisissez le jour, le mois et l’année. La date enregistrée reste : 14 juillet 2021.');
    expect(await date.getByLabel('Année').getAttribute('aria-invalid')).toBe('true');
    await date.getByLabel('Année').fill('2021');
    expect(await error.count()).toBe(0);
    expect(await page.locator('.bilan-toolbar__title').innerText()).toBe(TITLE_FR);
  });

  it('adds an institution with its names and acronyms, and refuses to remove one that cards still name', async () => {
    await details().getByRole('button', { name: 'Ajouter une administration' }).click();
    const added = group('Administration 14');
    await added.waitFor();
    // The new institution's French name has the focus, to be typed at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nom (français)');
    await page.keyboard.type(AGENCY_FR);
    await added.getByRole('textbox', { name: 'Nom (anglais)' }).fill(AGENCY_EN);
    await added.getByRole('textbox', { name: 'Sigle (français)' }).fill('ANCT');
    await added.getByRole('textbox', { name: 'Sigle (anglais)' }).fill('ANCT');

    const ditp = group('Administration 2');
    await ditp.getByRole('button', { name: 'Retirer' }).click();
    const refusal = ditp.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.locator('p').innerText()).toBe('Impossible de retirer « Direction interministérielle de la transformation publique » : les fiches ci-dessous la citent encore. Retirez-la d’abord de chacune d’elles.');
    const uses = await refusal.getByRole('button').allInnerTexts();
    expect(uses).toHaveLength(4);
    expect(uses[0]).toMatch(/^Engagement n°1 – .+ \(Administration\(s\) porteuse\(s\)\)$/);
    expect(uses.filter((u) => u.startsWith('Engagement n°15 – '))).toHaveLength(2);
    expect(await details().getByRole('group', { name: /^Administration \d+$/ }).count()).toBe(14);
  });

  it('adds an ambition, titles it, moves it up, and refuses to delete one that holds commitments', async () => {
    await details().getByRole('button', { name: 'Ajouter Ambition 6' }).click();
    const ambition = group('Ambition 6');
    await ambition.waitFor();
    await ambition.getByRole('textbox', { name: 'Intitulé (français)' }).fill(AMBITION_FR);
    await ambition.getByRole('textbox', { name: 'Intitulé (anglais)' }).fill(AMBITION_EN);
    await ambition.getByRole('button', { name: 'Monter « Ambition 6 »' }).click();
    await expect.poll(() => group('Ambition 5').getByRole('textbox', { name: 'Intitulé (français)' }).inputValue()).toBe(AMBITION_FR);
    const order = await nav.locator('section[data-ambition] h2').allInnerTexts();
    expect(order.map((h) => h.replace(/\s+/g, ' '))[4]).toBe(`AMBITION 5 ${AMBITION_FR}`);

    const first = group('Ambition 1');
    await first.getByRole('button', { name: 'Supprimer « Ambition 1 »' }).click();
    const refusal = first.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.locator('p').innerText()).toMatch(/^Impossible de supprimer « Transparence.* » : 3 fiches y sont encore regroupées, ci-dessous\./);
    expect(await refusal.getByRole('button').count()).toBe(3);
    expect(await nav.locator('section[data-ambition]').count()).toBe(6);
  });

  it('adds a commitment numbered next, and undo takes it back', async () => {
    const ambition = group('Ambition 5');
    const id = await ambition.getAttribute('data-ambition');
    await ambition.getByRole('button', { name: 'Ajouter une fiche' }).click();
    await expect.poll(() => outlineNumbers(id!)).toEqual(['22']);
    expect(await ambition.locator('li[data-card]').count()).toBe(1);
    await page.getByRole('button', { name: 'Annuler (Ctrl+Z)' }).click();
    await expect.poll(() => outlineNumbers(id!)).toEqual([]);
    expect(await ambition.locator('li[data-card]').count()).toBe(0);
    expect(await nav.locator('button[data-card]').count()).toBe(21);
    // The undo took back the commitment only: the ambition and the institution are still there.
    expect(await ambition.getByRole('textbox', { name: 'Intitulé (français)' }).inputValue()).toBe(AMBITION_FR);
    expect(await group('Administration 14').getByRole('textbox', { name: 'Nom (français)' }).inputValue()).toBe(AGENCY_FR);
  });

  it('adds a commitment to another ambition, moves it to the new one, and deletes one after asking', async () => {
    const second = group('Ambition 2');
    await second.getByRole('button', { name: 'Ajouter une fiche' }).click();
    await expect.poll(() => outlineNumbers('digital-resources')).toContain('22');
    const target = await group('Ambition 5').getAttribute('data-ambition');
    await second.getByRole('combobox', { name: 'Ambition de la fiche n°22' }).selectOption(target!);
    await expect.poll(() => outlineNumbers(target!)).toEqual(['22']);
    expect(await outlineNumbers('digital-resources')).not.toContain('22');

    const last = group('Ambition 6');
    await last.getByRole('button', { name: 'Supprimer la fiche n°21' }).click();
    const confirm = last.getByRole('alertdialog');
    expect(await confirm.locator('p').innerText()).toMatch(/^Supprimer « Engagement n°21 – .+ » et tout ce qui y est écrit \? Annuler \(Ctrl\+Z\) la rétablit\./);
    await confirm.getByRole('button', { name: 'Garder la fiche' }).click();
    expect(await nav.locator('button[data-card="c21"]').count()).toBe(1);
    await last.getByRole('button', { name: 'Supprimer la fiche n°21' }).click();
    await takeScreenshot(page, 'report-details-confirm.png');
    await last.getByRole('alertdialog').getByRole('button', { name: 'Supprimer la fiche' }).click();
    await expect.poll(() => nav.locator('button[data-card="c21"]').count()).toBe(0);
  });

  it('passes an accessibility check, and looks right', async () => {
    await details().getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'report-details.png');
    await group('Ambition 5').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'report-details-ambitions.png');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('leads from a blocking point about the report to its place in the details view', async () => {
    await nav.getByRole('button', { name: /Points bloquants/ }).click();
    const panel = page.getByRole('region', { name: 'Points bloquants' });
    // The French issuer changed after its translation: the English one is to review, in the details view.
    await panel.getByRole('button', { name: /\[EN\] Administration éditrice : / }).click();
    await details().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Administration éditrice (anglais)');
  });

  it('saves, and the file and the reopened report hold every edit', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.bilan-save-status').innerText()).toContain('Enregistré');
    const { report } = await files.open(savePath);
    expect(report.title.fr?.content).toBe(TITLE_FR);
    expect(report.title.en?.content).toBe(TITLE_EN);
    expect(report.title.en?.source.rev).toBe(report.title.fr?.rev);
    expect(report.period).toBe('2018–2021');
    expect(report.issuer.fr?.content).toBe(ISSUER_FR);
    expect(report.published).toBe('2021-07-14');
    const agency = report.institutions.at(-1)!;
    expect(agency.name.fr?.content).toBe(AGENCY_FR);
    expect(agency.name.en?.content).toBe(AGENCY_EN);
    expect(agency.acronym).toEqual({ fr: 'ANCT', en: 'ANCT' });
    expect(report.ambitions.map((a) => a.id).slice(0, 4)).toEqual(['transparency', 'digital-resources', 'participation', 'global-challenges']);
    const ambition = report.ambitions[4]!;
    expect(ambition.title.fr?.content).toBe(AMBITION_FR);
    expect(report.ambitions[5]!.id).toBe('courts-authorities');
    expect(report.cards.map((c) => c.number).sort((a, b) => Number(a) - Number(b))).toEqual([...Array.from({ length: 20 }, (_, i) => String(i + 1)), '22']);
    expect(report.cards.find((c) => c.number === '22')).toMatchObject({ ambition: ambition.id, fields: {} });

    // Reopened from the start screen of a new session, as a user would find it.
    const again = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), seedsDir: dirname(savePath) }));
    await again.page.getByRole('article').filter({ hasText: TITLE_FR }).getByRole('button', { name: 'Ouvrir' }).click();
    await again.page.getByRole('navigation', { name: 'Sommaire du rapport' }).getByRole('button', { name: 'Détails du rapport' }).click();
    const view = again.page.getByRole('article', { name: 'Détails du rapport' });
    expect(await view.getByRole('textbox', { name: 'Titre du rapport (anglais)' }).inputValue()).toBe(TITLE_EN);
    const published = view.locator('#report-published');
    expect([await published.getByLabel('Jour').inputValue(), await published.getByLabel('Mois').inputValue(), await published.getByLabel('Année').inputValue()]).toEqual(['14', '7', '2021']);
    expect(await view.getByRole('group', { name: 'Administration 14' }).getByRole('textbox', { name: 'Sigle (français)' }).inputValue()).toBe('ANCT');
    expect(await view.getByRole('group', { name: 'Ambition 5', exact: true }).locator('li[data-card]').allInnerTexts()).toEqual([expect.stringMatching(/^22\s/)]);
    expect(again.problems).toEqual([]);
    expect(problems).toEqual([]);
  });
});

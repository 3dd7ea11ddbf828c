import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import { ShellSettings } from '../../electron/main/services/shell-settings.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { digest, files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The contributor's round trip in the built renderer: the coordinator's packages are cut from
// the sample, Etalab's is opened from the start screen, a missing field is filled from the
// "before sending" list, the cards are previewed as a PDF, and the package is sent, signed.

const MESSAGE = 'Merci de compléter vos fiches, en particulier les prochaines étapes.';
const NEXT_STEPS = 'Publier la liste révisée des données de référence au premier trimestre.';
const jeanne = { name: 'Jeanne Martin', email: 'jeanne.martin@etalab.example' };

type Text = Extract<FieldValue, { kind: 'text' }>;
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const titleOf = (c: Card) => (c.fields['title'] as Text).fr!.content;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day `days` from today, as `YYYY-MM-DD`. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sommaire du rapport' });
const banner = (page: Page) => page.getByRole('region', { name: 'Paquet de contribution : Etalab'.replace(' :', '\u00a0:') });
const missingEntries = (page: Page) => page.getByRole('region', { name: 'Avant l’envoi' }).locator('.bilan-validation__list button');

async function showBeforeSending(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: /^Avant l’envoi/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Avant l’envoi' }).waitFor();
}

describe.skipIf(!existsSync(CHROMIUM))(`the contributor’s view of a package (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const folder = join(tempDir(), 'paquets');
  const file = join(folder, 'etalab.bilan');
  const userData = tempDir('bilan-user-data-');
  const deadline = inDays(10);
  const opened: string[] = [];
  let sample: Report;
  let before = 0;
  let service: AppService;

  beforeAll(async () => {
    const opened_ = await files.open(SAMPLE);
    sample = opened_.report;
    await new PackageService(files, templates).cutAll(opened_, folder, { deadline, message: MESSAGE });
    const settings = new ShellSettings(userData);
    await settings.load();
    rig = await startRenderer();
    service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), identity: settings, chooseReportFile: async () => file, openFile: async (path) => (opened.push(path), '') });
    ({ page, problems } = await rig.open(service));
  });
  afterAll(async () => rig?.close());

  it('opens the package from the start screen, with its institution, deadline and message', async () => {
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await banner(page).waitFor();
    const text = await banner(page).innerText();
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${deadline}T00:00:00Z`));
    expect(text).toContain(`À renvoyer au coordinateur au plus tard le ${date}`);
    expect(await page.getByTestId('deadline-left').textContent()).toBe('dans 10 jours');
    expect(text).toContain(MESSAGE);
    expect(text).toMatch(/Pas encore prêt à envoyer\s: choisissez «\sPréparer l’envoi…\s» une fois vos fiches complétées./);
    // The card shown first is shared: the note names the other institutions that receive it.
    await page.getByRole('heading', { level: 1, name: /^Engagement n°4 – / }).waitFor();
    // In English, the same banner in English words and dates.
    await page.locator('.bilan-header').getByText('English', { exact: true }).click();
    const english = page.getByRole('region', { name: 'Contribution package: Etalab' });
    const dateEn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${deadline}T00:00:00Z`));
    expect(await english.innerText()).toContain(`To return to the coordinator by ${dateEn}`);
    expect(await page.getByTestId('deadline-left').textContent()).toBe('in 10 days');
    await page.locator('.bilan-header').getByText('Français', { exact: true }).click();
    await banner(page).waitFor();
    expect((await page.getByTestId('shared-note').innerText()).trim()).toBe('Fiche partagée\u00a0: cette fiche est aussi envoyée à Ministère de la Transformation et de la Fonction publiques, Direction interministérielle du numérique. Le coordinateur rapprochera vos réponses.');
  });

  it('shows only the package’s cards, and none of the coordinator’s panels or actions', async () => {
    const cards = nav(page).locator('button[data-card]');
    expect(await cards.count()).toBe(5);
    expect((await cards.allInnerTexts()).map((t) => t.trim().split(/\s/)[0])).toEqual(['4', '5', '6', '7', '8']);
    for (const name of ['Points bloquants', 'Tableau de bord', 'Tableau de synthèse de l’avancement']) expect(await nav(page).getByRole('button', { name }).count()).toBe(0);
    for (const name of ['Préparer les paquets…', 'Importer des paquets…', 'Exporter…']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    // The main process was told, so that its menu leaves them out too.
    expect(service.openDocumentKind()).toBe('package');
    // Ctrl+E leads to "before sending" (its preview) rather than to the report's export.
    await page.locator('#card-heading').click();
    await page.keyboard.press('Control+e');
    await page.getByRole('heading', { level: 1, name: 'Avant l’envoi' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('follows the File menu’s contributor commands, and leaves out the coordinator’s', async () => {
    // Chosen in the page's own menu (the browser's), which sends them as the native menu does.
    await nav(page).locator('button[data-card="c05"]').click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
    await menuCommand(page, 'beforeSending');
    await page.getByRole('heading', { level: 1, name: 'Avant l’envoi' }).waitFor();
    await menuCommand(page, 'sendPackage');
    const dialog = page.getByRole('dialog', { name: 'Préparer l’envoi au coordinateur' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The menu follows what the page holds: a package is not exported, cut or merged.
    await page.getByRole('navigation', { name: 'Menu de l’application' }).getByRole('button', { name: 'Fichier' }).click();
    const file = page.locator('#page-menu-file');
    expect(await file.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Avant l’envoi…'), expect.stringContaining('Préparer l’envoi…')]));
    for (const name of ['Exporter…', 'Préparer les paquets…', 'Importer des paquets…']) expect(await file.getByRole('button', { name }).count(), name).toBe(0);
    await page.keyboard.press('Escape');
    await file.waitFor({ state: 'detached' });
  });

  it('lists what is missing per card and language, English as warnings, and leads to the field', async () => {
    await showBeforeSending(page);
    before = await missingEntries(page).count();
    expect(before).toBeGreaterThan(5);
    const card4 = page.locator('section[data-card="c04"]');
    expect(await card4.innerText()).toMatch(/En français, à compléter\u00a0: 1[\s\S]*En anglais, avertissements\u00a0: 2/);
    expect(await card4.getByRole('button', { name: /^Avertissement\s*\[EN\] Résultats et impacts : manquant$/ }).count()).toBe(1);
    const counts = await page.getByTestId('missing-counts').innerText();
    // Words agree with their numbers (« 1 point », « 0 point », « 6 points »).
    const [, errors, point, warnings, warning] = /^(\d+) (points?) à compléter, (\d+) (avertissements?) pour l’anglais\.$/.exec(counts) ?? [];
    expect(point).toBe(Number(errors) < 2 ? 'point' : 'points');
    expect(warning).toBe(Number(warnings) < 2 ? 'avertissement' : 'avertissements');
    await card4.getByRole('button', { name: '[FR] Prochaines étapes : manquant' }).click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°4 – / }).waitFor();
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Prochaines étapes (français)');
    await page.keyboard.type(NEXT_STEPS);
    await page.locator('#card-heading').click();
    await showBeforeSending(page);
    expect(await missingEntries(page).count()).toBe(before - 1);
    expect(await page.locator('section[data-card="c04"]').getByRole('button', { name: '[FR] Prochaines étapes : manquant' }).count()).toBe(0);
    await page.setViewportSize({ width: 1440, height: 1100 });
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    await takeScreenshot(page, 'contributor-before-sending.png');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('previews the package’s cards alone as a PDF, opened with the system’s viewer', async () => {
    await page.getByRole('button', { name: 'Voir l’aperçu PDF' }).click();
    await page.getByText('Aperçu ouvert dans votre lecteur PDF').waitFor({ timeout: 60_000 });
    expect(opened).toHaveLength(1);
    expect(await page.locator('.bilan-contribution__files').innerText()).toBe(opened[0]);
    const text = flat(pdfText(opened[0]!));
    const mine = new Set(['c04', 'c05', 'c06', 'c07', 'c08']);
    for (const card of sample.cards) {
      if (mine.has(card.id)) expect(text).toContain(flat(titleOf(card)));
      else expect(text).not.toContain(flat(titleOf(card)));
    }
    // The edit not yet saved is in it.
    expect(text).toContain(NEXT_STEPS);
  });

  it('passes an accessibility check on a card of the package, banner included', async () => {
    await nav(page).locator('button[data-card="c07"]').click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°7 – / }).waitFor();
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    expect(await page.getByTestId('shared-note').innerText()).toContain('aussi envoyée à Ministère de la Transformation et de la Fonction publiques');
    await takeScreenshot(page, 'contributor-card.png');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks who sends, checks the email, and says why a send failed, leaving the file as it was', async () => {
    const was = digest(file);
    await page.getByRole('button', { name: 'Préparer l’envoi…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Préparer l’envoi au coordinateur' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/\d+ avertissements pour l’anglais/);
    expect(await dialog.getByRole('region', { name: 'Ce qui manque' }).locator('button').count()).toBe(before - 1);
    await dialog.getByLabel('Votre nom').fill(jeanne.name);
    await dialog.getByLabel('Votre adresse électronique').fill('jeanne.martin@etalab');
    await dialog.getByRole('button', { name: 'Enregistrer pour l’envoi quand même' }).click();
    expect(await dialog.getByText('Cette adresse électronique n’est pas valide').count()).toBe(1);
    expect(await page.locator(':focus').getAttribute('id')).toBe('send-email');
    expect(digest(file)).toBe(was);
    await takeScreenshot(page, 'contributor-send.png');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Votre adresse électronique').fill(jeanne.email);
    // A folder in the way of the backup copy: the write fails, and the file stays as it was.
    mkdirSync(join(`${file}.bak`, 'occupé'), { recursive: true });
    await dialog.getByRole('button', { name: 'Enregistrer pour l’envoi quand même' }).click();
    const failure = dialog.getByRole('alert').filter({ hasText: 'Le paquet n’a pas été enregistré pour l’envoi' });
    await failure.waitFor();
    expect(await failure.innerText()).toContain(`Le rapport n’a pas été enregistré dans ${file}`);
    expect(digest(file)).toBe(was);
    rmSync(`${file}.bak`, { recursive: true });
  });

  it('prepares the package for sending, then says when, who signed, which file to attach, and shows its folder', async () => {
    const dialog = page.getByRole('dialog', { name: 'Préparer l’envoi au coordinateur' });
    await dialog.getByRole('button', { name: 'Enregistrer pour l’envoi quand même' }).click();
    await dialog.waitFor({ state: 'detached' });
    const status = banner(page).getByRole('status');
    await status.getByText(/^Prêt à envoyer\s: enregistré le /).waitFor();
    const text = await status.innerText();
    expect(text).toMatch(/Prêt à envoyer\s: enregistré le \d{1,2} \S+ 20\d\d( à)? \d\d:\d\d, signé par Jeanne Martin \(jeanne\.martin@etalab\.example\)\./);
    expect(text).toContain(`Le fichier à joindre à votre courriel\u00a0: ${file}`);
    expect(text).toMatch(/Joignez ce fichier à un courriel au coordinateur\s: Bilan ne l’envoie pas lui-même\./);
    // Its folder, in the file manager, where the user picks the file to attach.
    await status.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await expect.poll(() => opened.at(-1)).toBe(dirname(file));
    expect(await page.locator('.bilan-toolbar__file').innerText()).toBe('etalab.bilan');
    await takeScreenshot(page, 'contributor-sent.png');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('wrote the stamp and the edit to the package’s file, and remembered the sender', async () => {
    const { report } = await files.open(file);
    expect(report.package!.sent!.by).toEqual(jeanne);
    expect(Date.now() - Date.parse(report.package!.sent!.at)).toBeLessThan(120_000);
    const steps = report.cards.find((c) => c.id === 'c04')!.fields['nextSteps'] as Rich;
    expect(plainText(steps.fr!.content)).toBe(NEXT_STEPS);
    expect(JSON.parse(readFileSync(join(userData, 'user.json'), 'utf8'))).toEqual(jeanne);
  });

  it('shows the package as sent when opened again, and offers the remembered sender', async () => {
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await banner(page).waitFor();
    expect(await banner(page).getByRole('status').innerText()).toMatch(/^Prêt à envoyer\s: enregistré le .+, signé par Jeanne Martin/);
    await page.getByRole('button', { name: 'Préparer l’envoi…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Préparer l’envoi au coordinateur' });
    await expect.poll(() => dialog.getByLabel('Votre adresse électronique').inputValue()).toBe(jeanne.email);
    expect(await dialog.getByLabel('Votre nom').inputValue()).toBe(jeanne.name);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });

  it('lets the coordinator say once who imports, and records it in the card’s history', async () => {
    const coordinator = { name: 'Paul Durand', email: 'paul.durand@modernisation.gouv.fr' };
    const coordinatorData = tempDir('bilan-user-data-');
    const settings = new ShellSettings(coordinatorData);
    await settings.load();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), identity: settings, choosePackageFiles: async () => [file] });
    const { page: other, problems: otherProblems } = await rig.open(service);
    await other.getByRole('article').filter({ hasText: /Plan d’action national pour la France 2018–2020/ }).getByRole('button', { name: 'Ouvrir' }).click();
    await nav(other).waitFor();
    await other.getByRole('button', { name: 'Importer des paquets…' }).click();
    const ask = other.getByRole('form', { name: 'Votre nom pour l’historique des fiches' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Retenir' }).click();
    expect(await ask.getByText('Indiquez votre nom.').count()).toBe(1);
    expect(await seriousViolations(other)).toEqual([]);
    await ask.getByLabel('Votre nom').fill(coordinator.name);
    await ask.getByLabel('Votre adresse électronique').fill(coordinator.email);
    await ask.getByRole('button', { name: 'Retenir' }).click();
    await other.getByTestId('importer').waitFor();
    expect(await other.getByTestId('importer').innerText()).toContain('au nom de Paul Durand (paul.durand@modernisation.gouv.fr)');
    expect(JSON.parse(readFileSync(join(coordinatorData, 'user.json'), 'utf8'))).toEqual(coordinator);
    await other.getByRole('button', { name: 'Appliquer l’import' }).click();
    await other.getByRole('button', { name: 'Oui, appliquer' }).click();
    await other.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await nav(other).locator('button[data-card="c04"]').click();
    const history = other.locator('details.bilan-history');
    await history.locator('summary').click();
    expect(await history.innerText()).toContain('Etalab, envoyé par Jeanne Martin, importé par Paul Durand');
    expect(otherProblems).toEqual([]);
  });
});

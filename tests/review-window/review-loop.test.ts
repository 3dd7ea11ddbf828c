import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { ShellSettings } from '../../electron/main/services/shell-settings.js';
import type { FieldValue } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { CHROMIUM, seriousViolations, startRenderer, type RendererRig } from '../renderer/support/browser.js';

// The review loop in the window, as a coordinator and as a ministry, each in their own tab
// served by `bilan serve`'s server: the coordinator comments on a few words of a card's results
// and asks for changes; Bilan prepares the package of that card for Etalab; Etalab opens it,
// finds the question at the field, answers, edits the text and sends it back; the coordinator
// imports it, sees the answer and the change, approves the card, resolves the comments and
// exports: the publication prints no comment, the internal review copy prints them all.

const WORDS = 'un sous-produit de l’action administrative';
const QUESTION = 'Pouvez-vous ajouter les chiffres de 2020 ?';
const REASON = 'Les résultats de 2020 manquent.';
const ANSWER = 'Chiffres de 2020 ajoutés à la fin du premier paragraphe.';
const ADDED = ' En 2020, 42 jeux de données ont été ouverts.';
const MESSAGE = 'Merci de compléter les résultats de 2020.';
const claire = { name: 'Claire Dubois', email: 'claire.dubois@modernisation.example' };
const jeanne = { name: 'Jeanne Martin', email: 'jeanne.martin@etalab.example' };
const SHOTS = process.env['REVIEW_SHOTS'] ?? tempDir('bilan-review-shots-');

type Rich = Extract<FieldValue, { kind: 'richText' }>;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Sommaire du rapport' });
const results = (page: Page) => page.locator('#field-c05-results');
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function showCard5(page: Page): Promise<void> {
  await nav(page).locator('button[data-card="c05"]').click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
}

/** Selects `words` in the French results of card 5's editor, as a mouse would. */
async function selectWords(page: Page, words: string): Promise<void> {
  // The editor mounts once its field is on screen; the words are selected in it.
  await results(page).scrollIntoViewIfNeeded();
  const editable = results(page).locator('#field-c05-results-fr [contenteditable="true"]');
  await editable.getByText(words.slice(0, 12), { exact: false }).first().waitFor();
  await page.evaluate((quote) => {
    const side = document.querySelector('#field-c05-results-fr [contenteditable="true"]')!;
    const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`words not found: ${quote}`);
  }, words);
  await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe(words);
}

/** Fills a name and email where the window asks who signs, and saves them. */
async function signAs(page: Page, person: { name: string; email: string }): Promise<void> {
  const group = page.locator('.bilan-comment-author').first();
  await group.getByLabel('Votre nom').fill(person.name);
  await group.getByLabel('Votre adresse électronique').fill(person.email);
  await group.getByRole('button', { name: 'Enregistrer mon nom' }).click();
  await group.waitFor({ state: 'detached' });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name) });
}

describe.skipIf(!existsSync(CHROMIUM))(`the review loop in the window (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let coordinator: Page;
  let ministry: Page;
  const problems: string[][] = [];
  const dir = tempDir('bilan-review-loop-');
  const reportFile = join(dir, 'rapport.bilan');
  const packages = join(dir, 'paquets');
  const exportsDir = join(dir, 'exports');
  const pkgFile = join(packages, 'etalab-modifications.bilan');

  beforeAll(async () => {
    mkdirSync(packages);
    mkdirSync(exportsDir);
    const sample = await files.open(SAMPLE);
    await files.save(reportFile, sample.report, sample.media);
    const settings = async (name: string) => {
      const s = new ShellSettings(tempDir(`bilan-${name}-`));
      await s.load();
      return s;
    };
    rig = await startRenderer();
    const coordinatorService = new AppService({
      locale: () => 'fr-FR',
      appDataDir: tempDir(),
      identity: await settings('coordinator'),
      chooseReportFile: async () => reportFile,
      choosePackagesFolder: async () => packages,
      choosePackageFiles: async () => [pkgFile],
      chooseExportFolder: async () => exportsDir,
    });
    const ministryService = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), identity: await settings('ministry'), chooseReportFile: async () => pkgFile });
    const viewport = { width: 1366, height: 768 };
    const a = await rig.open(coordinatorService, { viewport });
    const b = await rig.open(ministryService, { viewport });
    coordinator = a.page;
    ministry = b.page;
    problems.push(a.problems, b.problems);
    await coordinator.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await nav(coordinator).waitFor();
  });
  afterAll(async () => rig?.close());

  it('1. the coordinator comments on words of a field, signed, highlighted, and asks for changes', { timeout: 240_000 }, async () => {
    const page = coordinator;
    await showCard5(page);
    await selectWords(page, WORDS);
    await results(page).getByRole('button', { name: 'Commenter le champ « Résultats et impacts »'.replace('« ', '«\u00a0').replace(' »', '\u00a0»') }).click();
    // No name known yet: asked once, then remembered.

    await signAs(page, claire);
    const box = page.getByRole('textbox', { name: 'Votre commentaire sur ces mots' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await results(page).locator('.bilan-comment--draft blockquote').innerText()).toContain(WORDS);
    // An empty comment is refused, said under the box.
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    expect(await results(page).getByText('Le commentaire est vide').count()).toBe(1);
    await box.fill(QUESTION);
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    const thread = results(page).locator('article.bilan-comment');
    await thread.waitFor();
    expect(await thread.innerText()).toContain(QUESTION);
    expect(await thread.innerText()).toContain('Claire Dubois (coordination)');
    // The commented words are highlighted, without touching the editor's content.
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('bilan-comment')?.size ?? 0)).toBe(1);
    const highlighted = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('bilan-comment') ?? [])].map((r) => r.toString()));
    expect(highlighted).toEqual([WORDS]);

    // "Needs changes" requires a reason.
    const review = page.locator('.bilan-card-review');
    await review.getByRole('button', { name: 'Demander des modifications' }).click();
    await review.getByRole('button', { name: 'Demander ces modifications' }).click();
    expect(await review.locator('.fr-error-text').innerText()).toMatch(/écrivez en commentaire ce qu’il faut changer/);
    await review.getByLabel(/^Ce qu’il faut modifier/).fill(REASON);
    await review.getByRole('button', { name: 'Demander ces modifications' }).click();
    await review.locator('[data-review-state="needsChanges"]').waitFor();
    expect(await review.getByTestId('card-review-state').textContent()).toMatch(/À modifier\s*par Claire Dubois \(coordination\), /);
    expect(await nav(page).locator('button[data-card="c05"] [data-review-state="needsChanges"]').count()).toBe(1);
    expect(await review.innerText()).toContain(REASON);
    // Ctrl+Alt+M comments on the field the focus is in; Escape leaves the form.
    await page.getByRole('textbox', { name: 'Titre de l’engagement (français)' }).focus();
    await page.keyboard.press('Control+Alt+m');
    const titleBox = page.locator('#field-c05-title').getByRole('textbox', { name: 'Votre commentaire' });
    await expect.poll(() => titleBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await titleBox.waitFor({ state: 'detached' });
    await page.locator('.bilan-card-review').scrollIntoViewIfNeeded();
    await shot(page, 'coordinator-card-fr.png');
    expect(await seriousViolations(page, '.bilan-card-editor')).toEqual([]);
  });

  it('2. Bilan prepares the package of the card that needs changes, with its comments and a message', { timeout: 240_000 }, async () => {
    const page = coordinator;
    await nav(page).getByTestId('outline-comments').click();
    await page.getByRole('heading', { level: 1, name: 'Commentaires' }).waitFor();
    expect(await page.locator('.bilan-comments-panel .fr-text--lead').innerText()).toContain('2 commentaires ouverts sur 1 fiche');
    const etalab = page.locator('[data-institution="etalab"]');
    await etalab.getByRole('button', { name: 'Renvoyer pour modifications (1 fiche)' }).click();
    await etalab.getByLabel(/^Message à l’administration/).fill(MESSAGE);
    await shot(page, 'comments-panel-fr.png');
    expect(await seriousViolations(page, '.bilan-comments-panel')).toEqual([]);
    await etalab.getByRole('button', { name: 'Choisir le dossier et préparer le paquet' }).click();
    await etalab.getByRole('status').filter({ hasText: 'etalab-modifications.bilan' }).waitFor();
    expect(readdirSync(packages)).toEqual(['etalab-modifications.bilan']);
    const pkg = (await files.open(pkgFile)).report;
    expect(pkg.cards.map((c) => c.id)).toEqual(['c05']);
    expect(pkg.package!.message).toBe(MESSAGE);
    expect(pkg.comments!.map((c) => c.text)).toEqual([QUESTION, REASON]);
    // The register records the package: the report is saved with it.
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await files.open(reportFile)).report.issued?.packages.length ?? 0).toBe(1);

    // The same panel in English, looked at.
    await page.locator('input[name="ui-language"][value="en"] + label').click();
    await page.getByRole('heading', { level: 1, name: 'Comments' }).waitFor();
    await shot(page, 'comments-panel-en.png');
    expect(await seriousViolations(page, '.bilan-comments-panel')).toEqual([]);
    await page.locator('.bilan-outline button[data-card="c05"]').click();
    await page.getByRole('heading', { level: 1, name: /^Commitment 5 – / }).waitFor();
    await shot(page, 'coordinator-card-en.png');
    await page.locator('input[name="ui-language"][value="fr"] + label').click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
  });

  it('3. the ministry finds the question at the field, answers, edits the text and sends the package back', { timeout: 240_000 }, async () => {
    const page = ministry;
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°5 – / }).waitFor();
    const thread = results(page).locator('article.bilan-comment');
    await thread.waitFor();
    expect(await thread.innerText()).toContain(QUESTION);
    expect(await thread.innerText()).toContain(WORDS);
    expect(await page.locator('.bilan-card-review').innerText()).toContain(REASON);
    expect(await nav(page).getByTestId('outline-comments').innerText()).toMatch(/Commentaires\s*2/);
    await thread.getByRole('button', { name: 'Répondre' }).click();
    await signAs(page, jeanne);
    await thread.getByRole('textbox', { name: 'Votre réponse' }).fill(ANSWER);
    await thread.getByRole('button', { name: 'Publier la réponse' }).click();
    await thread.getByText(ANSWER).waitFor();
    expect(await thread.innerText()).toContain('Jeanne Martin (Etalab)');
    await shot(page, 'ministry-card-fr.png');
    expect(await seriousViolations(page, '.bilan-card-editor')).toEqual([]);

    // The text edited after the commented words: the comment keeps its place.
    const editor = results(page).locator('#field-c05-results-fr [role="textbox"]').first();
    await editor.click();
    await results(page).locator('#field-c05-results-fr [contenteditable="true"]').waitFor();
    await page.evaluate(() => {
      const side = document.querySelector('#field-c05-results-fr [contenteditable="true"] p')!;
      const range = document.createRange();
      range.selectNodeContents(side);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.type(ADDED);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('bilan-comment')?.size ?? 0)).toBe(1);

    await page.getByRole('button', { name: 'Préparer l’envoi…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Préparer l’envoi au coordinateur' });
    await expect.poll(() => dialog.getByLabel('Votre nom').inputValue()).toBe(jeanne.name);
    await dialog.getByRole('button', { name: /^Enregistrer pour l’envoi/ }).last().click();
    await dialog.waitFor({ state: 'detached' });
    const sent = (await files.open(pkgFile)).report;
    expect(sent.package!.sent!.by).toEqual(jeanne);
    expect(plainText((sent.cards[0]!.fields['results'] as Rich).fr!.content)).toContain(ADDED.trim());
    expect(sent.comments!.find((c) => c.text === QUESTION)!.replies.map((r) => r.text)).toEqual([ANSWER]);
  });

  it('4. the coordinator imports it and sees the answer at the field and the change', { timeout: 240_000 }, async () => {
    const page = coordinator;
    // From the dashboard, which opens at its top, where the toolbar shows its import button.
    await nav(page).getByRole('button', { name: 'Tableau de bord', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.getByRole('button', { name: 'Importer des paquets…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des paquets renvoyés' }).waitFor();
    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    await page.getByRole('button', { name: 'Oui, appliquer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    expect(await page.getByTestId('review-summary').locator('li[data-state="received"]').textContent()).toMatch(/Reçue\s*1$/);
    await showCard5(page);
    const thread = results(page).locator('article.bilan-comment');
    expect(await thread.innerText()).toContain(ANSWER);
    expect(await results(page).locator('#field-c05-results-fr').innerText()).toContain(ADDED.trim());
    expect(await page.locator('.bilan-card-review [data-review-state="received"]').count()).toBe(1);
  });

  it('5. the coordinator approves the card, resolves the comments and exports', { timeout: 240_000 }, async () => {
    const page = coordinator;
    const review = page.locator('.bilan-card-review');
    await review.getByRole('button', { name: 'Valider la fiche' }).click();
    await review.locator('[data-review-state="approved"]').waitFor();
    await results(page).locator('article.bilan-comment').getByRole('button', { name: 'Résoudre' }).click();
    await review.locator('article.bilan-comment').getByRole('button', { name: 'Résoudre' }).click();
    await expect.poll(() => page.locator('article.bilan-comment:not(.bilan-comment--resolved)').count()).toBe(0);
    expect(await nav(page).getByTestId('outline-comments').innerText()).toMatch(/Commentaires\s*0/);

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Exporter le rapport' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Choisir…' }).click();
    await dialog.getByTestId('export-folder').filter({ hasText: exportsDir }).waitFor();
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByRole('button', { name: /^Exporter/ }).click();
    await dialog.getByRole('button', { name: 'Nouvel export' }).click({ timeout: 120_000 });
    await dialog.getByText('Document de travail pour la relecture interne').click();
    await shot(page, 'export-review-fr.png');
    expect(await seriousViolations(page, '.bilan-export')).toEqual([]);
    await dialog.getByRole('button', { name: 'Vérifier' }).click();
    await dialog.getByRole('button', { name: /^Exporter/ }).click();
    await dialog.getByRole('button', { name: 'Nouvel export' }).waitFor({ timeout: 120_000 });
    expect(readdirSync(exportsDir).sort()).toEqual(['rapport-fr.pdf', 'relecture-fr.pdf']);
  });

  it('6. the comments are absent from the published PDF and present in the internal review copy', { timeout: 240_000 }, () => {
    const published = flat(pdfText(join(exportsDir, 'rapport-fr.pdf')));
    expect(published).toContain(ADDED.trim().slice(0, 30));
    for (const words of ['Pouvez-vous ajouter les chiffres', ANSWER, REASON, 'ne pas publier', 'Jeanne Martin']) expect(published).not.toContain(words);
    const review = pdfText(join(exportsDir, 'relecture-fr.pdf'));
    for (const page of review.split('\f').filter((p) => p.trim())) expect(page).toContain('Document de travail — ne pas publier');
    const text = flat(review);
    for (const words of ['Pouvez-vous ajouter les chiffres', ANSWER, REASON, 'Jeanne Martin (Etalab)', 'résolu par Claire Dubois (coordination)']) expect(text).toContain(words);
    expect(text).toMatch(/État de relecture\s?: validée, par Claire Dubois \(coordination\)/);
    expect(problems.flat()).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { List, RichText } from '../../shared/model/richtext.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { files } from '../support/fixtures.js';
import { addPicture, contribute } from '../support/packages.js';
import { tempDir } from '../support/paths.js';
import { caretToEnd, CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Commitment 1 is led by two institutions, and both rewrote its list of aims: the second
// package clashes with the first. The coordinator writes the result in the rich-text editor,
// combining both and adding an aim in bold, applies it, finds it in the card, undoes and redoes
// the import, saves, and finds it again in the reopened file.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const sender = { name: 'Claire Dubois', email: 'claire.dubois@finances.example' };
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;
const aimOf = (report: Report) => card(report, 'c01').fields['aim'] as Rich;
const listOf = (blocks: RichText) => blocks.find((b): b is List => b.type === 'list')!;

/** The aim's list with the text of item `n` (from 0) replaced. */
function withItem(aim: RichText, n: number, children: List['items'][number]['children']): RichText {
  return aim.map((b) => (b.type === 'list' ? { ...b, items: b.items.map((item, i) => (i === n ? { ...item, children } : item)) } : b));
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sommaire du rapport' });
const aimField = (page: Page) => page.getByRole('textbox', { name: 'Ambition (français)' });

async function showCard1(page: Page): Promise<void> {
  await page.locator('.bilan-outline button[data-card="c01"]').click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
}

const PICTURE_ALT = 'Schéma des indicateurs publiés';

/** Whether an image is drawn from its bytes (loaded, with a size), not left as its alternative text. */
const shown = (img: Locator) => img.evaluate((el) => el instanceof HTMLImageElement && el.src.startsWith('data:image/png;base64,') && el.complete && el.naturalWidth > 0);

/** The list items of a rich-text editor, as their text reads. */
const items = (field: Locator) => field.locator('li').allInnerTexts();

describe.skipIf(!existsSync(CHROMIUM))(`a rich-text conflict settled in the editor (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  let service: AppService;
  const folder = join(tempDir(), 'paquets');
  const savePath = join(tempDir(), 'rapport-2018-2020.bilan');
  let chosen: string[] = [];
  let originalItems: string[] = [];

  beforeAll(async () => {
    rig = await startRenderer();
    service = new AppService({
      locale: () => 'fr-FR',
      appDataDir: tempDir(),
      choosePackagesFolder: async () => folder,
      choosePackageFiles: async () => chosen,
      chooseSavePath: async () => savePath,
      chooseReportFile: async () => savePath,
    });
    ({ page, problems } = await rig.open(service));
  });
  afterAll(async () => rig?.close());

  it('tells the main process what the window holds, for its menu', async () => {
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).waitFor();
    expect(service.openDocumentKind()).toBe('none');
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await nav(page).waitFor();
    await expect.poll(() => service.openDocumentKind()).toBe('report');
    await showCard1(page);
    originalItems = await items(aimField(page));
    expect(originalItems).toHaveLength(3);
  });

  it('shows the clash on the list of aims formatted, with the changed words marked', async () => {
    await page.getByRole('button', { name: 'Préparer les paquets…' }).click();
    await page.getByRole('button', { name: 'Choisir le dossier et préparer les paquets' }).click();
    await page.getByRole('status').filter({ hasText: 'paquets écrits' }).waitFor();
    const [economie, ditp] = [join(folder, 'economie.bilan'), join(folder, 'DITP.bilan')];
    expect((await files.open(economie)).report.package!.institution).toBe('economie');
    expect((await files.open(ditp)).report.package!.institution).toBe('ditp');
    await contribute(economie, sender, (r) => {
      const aim = aimOf(r);
      card(r, 'c01').fields['aim'] = { ...withFrench(aim, withItem(aim.fr!.content, 0, [{ type: 'text', text: 'la publication trimestrielle d’indicateurs de qualité communs aux services qui reçoivent du public ;' }])), kind: 'richText' };
    });
    await contribute(ditp, sender, (r, media) => {
      const aim = aimOf(r);
      const link = { type: 'link' as const, url: 'https://www.data.gouv.fr', children: [{ type: 'text' as const, text: 'data.gouv.fr' }] };
      const picture = addPicture(r, media, 'schema-ditp', PICTURE_ALT);
      card(r, 'c01').fields['aim'] = { ...withFrench(aim, [...withItem(aim.fr!.content, 2, [{ type: 'text', text: 'la mise à disposition de ces résultats sur ' }, link, { type: 'text', text: '.' }]), picture]), kind: 'richText' };
    });

    chosen = [economie, ditp];
    await page.getByRole('button', { name: 'Importer des paquets…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des paquets renvoyés' }).waitFor();
    const conflict = page.getByRole('region', { name: /^Conflit sur Ambition, Engagement n°1 – / });
    await conflict.waitFor();
    // Each version is a list, as in the card; what differs from the version sent is marked.
    const theirs = conflict.locator('[data-version="theirs"]');
    const ours = conflict.locator('[data-version="ours"]');
    expect(await conflict.locator('[data-version="base"] li').count()).toBe(3);
    expect(await theirs.locator('li[data-state="changed"] ins a[href="https://www.data.gouv.fr"]').innerText()).toBe('data.gouv.fr');
    expect(await theirs.locator('li[data-state="changed"] del').innerText()).toContain('en données ouvertes');
    expect(await ours.locator('li[data-state="changed"] ins').innerText()).toBe('trimestrielle ');
    expect(await ours.locator('li[data-state="same"]').count()).toBe(2);
    // The diagram the institution added shows as the picture it is, not yet being the report's.
    await expect.poll(() => shown(theirs.getByRole('img', { name: PICTURE_ALT }))).toBe(true);
    expect(await conflict.locator('textarea').count()).toBe(0);
  });

  it('edits the result in the rich-text editor, from the institution’s version, without losing a word', async () => {
    const conflict = page.getByRole('region', { name: /^Conflit sur Ambition/ });
    await conflict.getByText('Modifier', { exact: true }).click();
    const editor = conflict.getByRole('textbox', { name: 'Texte retenu pour Ambition (français)' });
    await editor.waitFor();
    expect(await editor.locator('a').getAttribute('href')).toBe('https://www.data.gouv.fr');
    await expect.poll(() => shown(editor.getByRole('img', { name: PICTURE_ALT }))).toBe(true);
    // The other institution's word goes into the first aim…
    await editor.locator('li').first().click();
    // The formatting toolbar shows for the text being written.
    expect(await conflict.getByRole('toolbar', { name: 'Mise en forme : Texte retenu pour Ambition (français)' }).count()).toBe(1);
    await page.keyboard.press('Home');
    for (let i = 0; i < 'la publication '.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('trimestrielle ');
    await expect.poll(async () => (await items(editor))[0]).toContain('la publication trimestrielle ');
    // …and a fourth aim, partly in bold.
    await caretToEnd(page, editor.locator('li').last());
    await page.keyboard.press('Enter');
    await page.keyboard.type('un bilan annuel ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('publié en ligne');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('.');
    expect(await items(editor)).toHaveLength(4);
    expect(await editor.locator('.bilan-rte__bold').innerText()).toBe('publié en ligne');

    // Starting again from the current version asks first, and keeping the text keeps it.
    await conflict.getByRole('button', { name: 'Repartir de la version actuelle' }).click();
    const ask = conflict.getByRole('alertdialog');
    expect(await ask.innerText()).toContain('Ce que vous y avez modifié sera perdu.');
    await ask.getByRole('button', { name: 'Garder mon texte' }).click();
    await ask.waitFor({ state: 'detached' });
    expect((await items(editor))[3]).toBe('un bilan annuel publié en ligne.');

    await page.setViewportSize({ width: 1440, height: 1500 });
    await conflict.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await takeScreenshot(page, 'import-rich-conflict.png');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('applies the edited result, which the card shows as written', async () => {
    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    await page.getByRole('button', { name: 'Oui, appliquer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await showCard1(page);
    const field = aimField(page);
    expect(await items(field)).toEqual([
      originalItems[0]!.replace('la publication ', 'la publication trimestrielle '),
      originalItems[1],
      'la mise à disposition de ces résultats sur data.gouv.fr.',
      'un bilan annuel publié en ligne.',
    ]);
    expect(await field.locator('.bilan-rte__bold').innerText()).toBe('publié en ligne');
    expect(await field.locator('a').getAttribute('href')).toBe('https://www.data.gouv.fr');
    await expect.poll(() => shown(field.getByRole('img', { name: PICTURE_ALT }))).toBe(true);
  });

  it('takes the whole import back with Undo, and brings it again with Redo', async () => {
    await page.getByRole('button', { name: 'Annuler (Ctrl+Z)' }).click();
    await expect.poll(() => items(aimField(page))).toEqual(originalItems);
    // No import in the card's history any more: the history is not shown.
    expect(await page.locator('details.bilan-history').count()).toBe(0);
    await page.getByRole('button', { name: 'Rétablir (Ctrl+Y)' }).click();
    await expect.poll(() => items(aimField(page))).toHaveLength(4);
  });

  it('saves, and the reopened report holds the edited list, its link and its bold words', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.bilan-save-status').innerText()).toContain('Enregistré');
    const saved = listOf(aimOf((await files.open(savePath)).report).fr!.content);
    expect(saved.items[2]!.children).toContainEqual({ type: 'link', url: 'https://www.data.gouv.fr', children: [{ type: 'text', text: 'data.gouv.fr' }] });
    expect(saved.items[3]!.children).toEqual([
      { type: 'text', text: 'un bilan annuel ' },
      { type: 'text', text: 'publié en ligne', bold: true },
      { type: 'text', text: '.' },
    ]);
    expect(aimOf((await files.open(savePath)).report).fr!.content.at(-1)).toMatchObject({ type: 'image', media: 'schema-ditp', alt: PICTURE_ALT });
    expect((await files.open(savePath)).media.get('schema-ditp.png')?.length).toBeGreaterThan(1000);

    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    await expect.poll(() => service.openDocumentKind()).toBe('none');
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await nav(page).waitFor();
    await showCard1(page);
    expect((await items(aimField(page)))[3]).toBe('un bilan annuel publié en ligne.');
    expect(await aimField(page).locator('.bilan-rte__bold').innerText()).toBe('publié en ligne');
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

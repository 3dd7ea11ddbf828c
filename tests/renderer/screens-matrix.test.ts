import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { Card, FieldValue } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The seven screens issue 20 names, in both interface languages, on a ministry laptop
// (1366×768) and on a large screen (1920×1080): each one is photographed for a person to look
// at (`matrix-<screen>-<lang>-<width>.png`), and checked for what a person would notice first:
// no serious accessibility fault, no sideways scrolling, its heading and its main action in the
// first screenful and not hidden under a sticky bar, and no words of the other language.

type Lang = 'fr' | 'en';
type Text = Extract<FieldValue, { kind: 'text' }>;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
type Size = (typeof SIZES)[number];
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const SAMPLE_TITLE = { fr: /Plan d’action national pour la France 2018–2020/, en: /National Action Plan for France 2018–2020/ };
const OUR_TITLE = 'Désigner des administrateurs des données dans tous les ministères';
const ETALAB_TITLE = 'Désigner des administrateurs des données et ouvrir les données par défaut';
const sender = { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' };

/**
 * Words of the interface, per language, that each screen shows; a screen in one language must
 * show its own and none of the other's. None of them is in the sample report's own text, which
 * the screens show in both languages whatever the interface's.
 */
const WORDS: Record<string, Record<Lang, string[]>> = {
  // Header and menus, on every screen.
  chrome: { fr: ['Fichier', 'Affichage'], en: ['File', 'View'] },
  start: { fr: ['Vos rapports', 'Ouvrir un fichier…', 'Nouveau rapport', 'Rapports d’exemple', 'Importer un document Word…'], en: ['Your reports', 'Open a file…', 'New report', 'Sample reports', 'Import a Word document…'] },
  workspace: { fr: ['Enregistrer', 'Exporter…', 'Préparer les paquets…', 'Détails du rapport', 'Tableau de bord', 'Points bloquants'], en: ['Save', 'Export…', 'Prepare packages…', 'Report details', 'Dashboard', 'What blocks publication'] },
  card: { fr: ['Engagement n°1', 'Complétude'], en: ['Commitment 1', 'Completeness'] },
  blocking: { fr: ['textes manquants en français', 'Langue', 'Administration porteuse'], en: ['texts missing in French', 'Language', 'Lead institution'] },
  export: { fr: ['Exporter le rapport', 'Formats', 'Langues', 'Dossier de destination', 'textes manquants'], en: ['Export the report', 'Formats', 'Languages', 'Destination folder', 'missing texts'] },
  dashboard: { fr: ['Exporter en CSV', 'Relances', 'Complétude EN', 'Paquet envoyé', 'Filtrer les lignes'], en: ['Export as CSV', 'Reminders', 'Completeness EN', 'Package sent', 'Filter the rows'] },
  import: { fr: ['Importer des paquets renvoyés', 'Envoyé par Julien Marchetti', 'Ce qui sera repris', 'Conflits à trancher', 'Abandonner l’import'], en: ['Import returned packages', 'Sent by Julien Marchetti', 'What will be taken', 'Conflicts to settle', 'Drop the import'] },
  contributor: { fr: ['Paquet de contribution', 'À renvoyer au coordinateur', 'Message du coordinateur', 'Préparer l’envoi…', 'Avant l’envoi'], en: ['Contribution package', 'To return to the coordinator', 'Message from the coordinator', 'Prepare for sending…', 'Before sending'] },
};

/** The interface's words on the page: its text and its elements' names, not what is typed in fields. */
function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // The report's own text, in both languages whatever the interface's, is not the interface's.
    const skip = '[contenteditable], textarea, .bilan-rich-preview, [data-version], .bilan-merge__text';
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(skip)) parts.push(node.textContent ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) if (!el.closest(skip)) for (const a of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole: "Save" is not in "Saved", "File" is not in "Files". */
const phrase = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'u');

/** Two frames, for a new window size to be laid out and drawn. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * The screen at both sizes: photographed, then checked. `first` are the elements a person must
 * see without scrolling (the heading, the main action), neither cut nor covered.
 */
async function look(page: Page, screen: string, lang: Lang, first: Locator[], words: string[], more?: (size: Size, where: string) => Promise<void>): Promise<void> {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  for (const size of SIZES) {
    const where = `${screen}, ${lang}, ${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await settled(page);
    await takeScreenshot(page, `matrix-${screen}-${lang}-${size.width}.png`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `sideways scrolling: ${where}`).toBeLessThanOrEqual(size.width);
    for (const el of first) {
      const box = await el.boundingBox();
      expect(box, `${String(el)} shown: ${where}`).not.toBeNull();
      expect(box!.x, `${String(el)} starts in the window: ${where}`).toBeGreaterThanOrEqual(0);
      expect(box!.y, `${String(el)} starts in the window: ${where}`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${String(el)} ends in the window: ${where}`).toBeLessThanOrEqual(size.width);
      expect(box!.y + box!.height, `${String(el)} in the first screenful: ${where}`).toBeLessThanOrEqual(size.height);
      // Not under something else (a sticky bar, a banner, a floating button): what is drawn at
      // its middle and near both its ends is it.
      const onTop = await el.evaluate((node) => {
        // A heading's words, not its whole line (a button may stand at the line's end).
        const words = document.createRange();
        words.selectNodeContents(node);
        const drawn = words.getBoundingClientRect();
        const r = drawn.width > 0 && !(node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) ? drawn : node.getBoundingClientRect();
        const y = r.y + Math.min(r.height / 2, 12);
        return [r.x + 4, r.x + r.width / 2, r.right - 4].every((x) => {
          const hit = document.elementFromPoint(x, y);
          return !!hit && (node.contains(hit) || hit.contains(node));
        });
      });
      expect(onTop, `${String(el)} not covered: ${where}`).toBe(true);
    }
    const text = await interfaceText(page);
    const found = (w: string) => {
      const at = text.search(phrase(w));
      return at < 0 ? null : `…${text.slice(Math.max(0, at - 60), at + w.length + 60)}…`;
    };
    for (const w of [...WORDS['chrome']![lang], ...words.flatMap((k) => WORDS[k]![lang])]) expect(found(w), `“${w}” on ${where}`).not.toBeNull();
    const own = new Set([...WORDS['chrome']![lang], ...words.flatMap((k) => WORDS[k]![lang])]);
    // Words both languages spell alike ("Formats") say nothing of the language.
    for (const w of [...WORDS['chrome']![other], ...words.flatMap((k) => WORDS[k]![other])]) if (!own.has(w)) expect(found(w), `“${w}” (${other}) on ${where}`).toBeNull();
    await more?.(size, where);
    expect(await seriousViolations(page), `axe: ${where}`).toEqual([]);
  }
}

/** The right edge of the banner's last control (the language switch) and that of `el`, which should be the same. */
async function rightEdges(page: Page, el: Locator): Promise<[number, number]> {
  const tools = (await page.locator('.bilan-header__tools .fr-segmented__elements').boundingBox())!;
  const box = (await el.boundingBox())!;
  return [Math.round(tools.x + tools.width), Math.round(box.x + box.width)];
}

describe.skipIf(!existsSync(CHROMIUM))(`the screens of issue 20 in both languages at 1366×768 and 1920×1080 (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  const folder = join(tempDir(), 'paquets');
  const coordinator = join(tempDir(), 'rapport-2018-2020.bilan');
  /** Etalab's package as it came back (retitling commitment 5), and as it was sent out. */
  const returned = join(tempDir(), 'retour', 'etalab.bilan');
  const toWrite = join(tempDir(), 'a-remplir', 'etalab.bilan');

  beforeAll(async () => {
    // The coordinator cut the packages from the sample, then retitled commitment 5; Etalab
    // retitled it too in its package: a conflict to settle on import.
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await new PackageService(files, templates).cutAll(await files.open(SAMPLE), folder, { deadline, message: 'Merci de compléter vos fiches avant la fin du mois.', saveTo: coordinator });
    const ours = await files.open(coordinator);
    const c05 = ours.report.cards.find((c: Card) => c.id === 'c05')!;
    c05.fields['title'] = { ...withFrench(c05.fields['title'] as Text, OUR_TITLE), kind: 'text' };
    await files.save(coordinator, ours.report, ours.media);
    for (const copy of [returned, toWrite]) {
      mkdirSync(join(copy, '..'), { recursive: true });
      copyFileSync(join(folder, 'etalab.bilan'), copy);
    }
    await contribute(returned, sender, (r) => {
      const c = r.cards.find((x) => x.id === 'c05')!;
      c.fields['title'] = { ...withFrench(c.fields['title'] as Text, ETALAB_TITLE), kind: 'text' };
    });
    rig = await startRenderer();
  });
  afterAll(async () => rig?.close());

  for (const lang of ['fr', 'en'] as const) {
    const fr = lang === 'fr';
    it(`shows the coordinator’s screens in ${fr ? 'French' : 'English'}`, async () => {
      const service = new AppService({ locale: () => LOCALE[lang], appDataDir: tempDir(), chooseReportFile: async () => coordinator, choosePackageFiles: async () => [returned] });
      const { page, context, problems } = await rig.open(service, { locale: LOCALE[lang], viewport: SIZES[0] });
      const h1 = page.getByRole('heading', { level: 1 });
      const outlineTool = (name: string) => page.locator('.bilan-outline__tools button').filter({ hasText: name });

      // The start screen: open a file first, the samples after.
      await page.getByRole('article').filter({ hasText: SAMPLE_TITLE[lang] }).waitFor();
      await look(page, 'start', lang, [h1, page.getByRole('button', { name: fr ? 'Ouvrir un fichier…' : 'Open a file…' })], ['start'], async (_, where) => {
        // Each template's buttons stand on one row, and each label on one line.
        const rows = await page.locator('.bilan-template-actions').evaluateAll((groups) =>
          groups.map((group) => [...group.querySelectorAll('button')].map((b) => ({ top: Math.round(b.getBoundingClientRect().top), lines: Math.round(b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight)) }))),
        );
        expect(rows.length, `templates: ${where}`).toBeGreaterThan(1);
        for (const buttons of rows) {
          expect(new Set(buttons.map((b) => b.top)).size, `one row of buttons per template: ${where}`).toBe(1);
          expect(buttons.map((b) => b.lines), `button labels on one line: ${where}`).toEqual(buttons.map(() => 1));
        }
      });
      // The banner's name and the page's heading start at the same left edge.
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const name = (await page.locator('.bilan-header .fr-header__service-title').boundingBox())!;
        const tools = (await page.locator('.bilan-header__tools .fr-segmented__elements').boundingBox())!;
        const heading = (await h1.boundingBox())!;
        const right = await page.locator('#main').evaluate((main) => main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight));
        expect(Math.abs(name.x - heading.x), `banner and heading left edges at ${size.width}`).toBeLessThanOrEqual(2);
        expect(Math.abs(tools.x + tools.width - right), `banner and page right edges at ${size.width}`).toBeLessThanOrEqual(2);
      }

      // A card opened: the coordinator's copy of the sample, at its first commitment.
      await page.getByRole('button', { name: fr ? 'Ouvrir un fichier…' : 'Open a file…' }).click();
      await page.locator('#card-heading').waitFor();
      await look(page, 'card', lang, [page.locator('#card-heading'), page.locator('.bilan-toolbar__title'), page.locator('.bilan-card-editor .bilan-field__label').first(), page.locator('.bilan-card-editor .bilan-field').first().locator('textarea, input, [contenteditable="true"]').first()], ['workspace', 'card'], async (size, where) => {
        // The card reaches the banner's right edge, as the bar above it does: no strip left empty at 1920.
        const [banner, card] = await rightEdges(page, page.locator('.bilan-card-editor .bilan-field').first());
        expect(Math.abs(banner - card), `card and banner right edges: ${where}`).toBeLessThanOrEqual(2);
        // The report's title is whole: not cut, not wrapped into a second line at 1920.
        const title = page.locator('.bilan-toolbar__title');
        expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight), `title whole: ${where}`).toBe(true);
        // At 1366 too, two balanced lines at most, and the file's name beside it rather than
        // under it: the bar is two rows of controls high, not three.
        const lines = await title.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, `title lines: ${where}`).toBeLessThanOrEqual(size.width < 1500 ? 2 : 1);
        expect((await page.locator('.bilan-toolbar').boundingBox())!.height, `editor bar height: ${where}`).toBeLessThanOrEqual(110);
      });

      // What blocks publication.
      await outlineTool(fr ? 'Points bloquants' : 'What blocks publication').click();
      const panel = page.getByRole('region', { name: fr ? 'Points bloquants' : 'What blocks publication' });
      await panel.locator('.bilan-validation__entry').first().waitFor();
      await look(page, 'blocking', lang, [panel.getByRole('heading', { level: 1 }), panel.locator('.fr-text--lead'), panel.getByLabel(fr ? 'Langue' : 'Language')], ['workspace', 'blocking']);

      // The export dialog, once checked.
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: fr ? 'Vérifier' : 'Check', exact: true }).click();
      await dialog.getByTestId('export-check').waitFor();
      await look(page, 'export', lang, [dialog.getByRole('heading', { name: fr ? 'Exporter le rapport' : 'Export the report' })], ['export']);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // The dashboard, the packages sent and none back.
      await outlineTool(fr ? 'Tableau de bord' : 'Dashboard').click();
      await page.getByRole('table').waitFor();
      const csv = page.getByRole('button', { name: fr ? 'Exporter en CSV' : 'Export as CSV' });
      await look(page, 'dashboard', lang, [h1, csv], ['workspace', 'dashboard'], async (_, where) => {
        // The search box and the CSV button stand on one line.
        const search = (await page.getByLabel(fr ? 'Filtrer les lignes' : 'Filter the rows').boundingBox())!;
        const button = (await csv.boundingBox())!;
        expect(Math.abs(search.y + search.height - (button.y + button.height)), `search and CSV button bottoms: ${where}`).toBeLessThanOrEqual(2);
        const [banner, table] = await rightEdges(page, page.locator('.bilan-dashboard__table'));
        expect(Math.abs(banner - table), `table and banner right edges: ${where}`).toBeLessThanOrEqual(2);
      });
      // The packages were cut before the report was opened again: the file's register says when.
      const sent = page.locator('tr[data-row="c05"] [data-column="sent"]');
      expect(await sent.innerText()).toMatch(/\d{4}/);
      // The date on one line, at 1920 as at 1366.
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const lines = await sent.evaluate((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, `lines of the date sent at ${size.width}`).toBe(1);
      }

      // The import of Etalab's package, its conflict on commitment 5's title to settle.
      await page.getByRole('button', { name: fr ? 'Importer des paquets…' : 'Import packages…' }).click();
      await page.getByRole('heading', { level: 1, name: fr ? 'Importer des paquets renvoyés' : 'Import returned packages' }).waitFor();
      const conflict = page.locator('[data-version="theirs"]').first();
      await conflict.waitFor();
      await look(page, 'import', lang, [h1, page.getByRole('button', { name: fr ? 'Appliquer l’import' : 'Apply the import' })], ['workspace', 'import'], async (size, where) => {
        // The bar pinned at the bottom (what is left to settle, the buttons) is one row, not two.
        const bar = (await page.locator('.bilan-merge__actions').boundingBox())!;
        expect(bar.height, `import actions bar height: ${where}`).toBeLessThan(size.width < 1500 ? 90 : 80);
        // The conflict's versions start in the first screen, above that bar: the intro and the
        // headings do not push them down.
        const versions = (await conflict.boundingBox())!;
        expect(versions.y, `conflict's versions top: ${where}`).toBeLessThan(bar.y - 40);
      });
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`shows the contributor’s view of a package in ${fr ? 'French' : 'English'}`, async () => {
      const service = new AppService({ locale: () => LOCALE[lang], appDataDir: tempDir(), chooseReportFile: async () => toWrite });
      const { page, context, problems } = await rig.open(service, { locale: LOCALE[lang], viewport: SIZES[0] });
      await page.getByRole('button', { name: fr ? 'Ouvrir un fichier…' : 'Open a file…' }).click();
      const banner = page.getByRole('region', { name: fr ? 'Paquet de contribution\u00a0: Etalab' : 'Contribution package: Etalab' });
      await banner.waitFor();
      await page.locator('#card-heading').waitFor();
      await look(page, 'contributor', lang, [banner.locator('.fr-callout__title'), page.getByRole('button', { name: fr ? 'Préparer l’envoi…' : 'Prepare for sending…' }).first(), page.locator('#card-heading')], ['contributor']);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, type RendererRig, caretToEnd } from './support/browser.js';

// Spelling in the built renderer, in Chromium, with the real service behind it: misspelled words
// underlined in the French and English fields, each checked in its own language; the field's
// menu from the mouse and the keyboard; a suggestion replacing the word; a word added to the
// personal dictionary still known after the page is opened again.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const SHOTS = join(process.env['BILAN_SHOTS'] ?? '/tmp', 'bilan-spelling-shots');
const editorOf = (page: Page, name: string) => page.locator(`[contenteditable="true"][aria-label="${name}"]`);


async function openSample(page: Page): Promise<void> {
  await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
}

/** The words underlined in the field named `label` (rich text: the highlight; text areas: the mirror). */
function underlined(page: Page, label: string): Promise<string[]> {
  return page.evaluate((name) => {
    const field = document.querySelector(`[aria-label="${name}"]`);
    if (!field) return [];
    const words: string[] = [];
    const highlight = CSS.highlights.get('bilan-spelling');
    for (const range of (highlight ?? new Set()) as Set<Range>) if (field.contains(range.startContainer)) words.push(range.toString());
    return words;
  }, label);
}

/** Where an underlined word is drawn, for a right-click on it. */
async function wordAt(page: Page, label: string, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([name, w]) => {
      const field = document.querySelector(`[aria-label="${name}"]`)!;
      for (const range of (CSS.highlights.get('bilan-spelling') ?? new Set()) as Set<Range>) {
        if (field.contains(range.startContainer) && range.toString() === w) {
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    [label, word] as const,
  );
  if (!point) throw new Error(`${word} is not underlined in ${label}`);
  return point;
}

describe.skipIf(!existsSync(CHROMIUM))(`spelling in the fields (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  const appData = tempDir();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    rig = await startRenderer();
    ({ page, problems } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: appData }), { viewport: { width: 1366, height: 768 } }));
    await openSample(page);
  }, 300_000);
  afterAll(async () => rig?.close());

  it('underlines a misspelled French word in a French field, and offers the word meant, which replaces it', async () => {
    const field = editorOf(page, 'Ambition (français)');
    await field.waitFor();
    await caretToEnd(page, field, 'Control+End');
    await page.keyboard.type(' Le gouvernemnt publie ses données.');
    await expect.poll(() => underlined(page, 'Ambition (français)'), { timeout: 60_000 }).toEqual(['gouvernemnt']);

    const { x, y } = await wordAt(page, 'Ambition (français)', 'gouvernemnt');
    await page.mouse.click(x, y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Orthographe de « gouvernemnt »' });
    await menu.getByRole('menuitem', { name: 'gouvernement', exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['Ajouter au dictionnaire (français)', 'Couper\nCtrl+X', 'Copier\nCtrl+C', 'Coller\nCtrl+V']));
    await page.screenshot({ path: join(SHOTS, 'spelling-menu-fr.png') });
    expect(await seriousViolations(page, '.bilan-spelling-menu')).toEqual([]);

    await menu.getByRole('menuitem', { name: 'gouvernement', exact: true }).click();
    await expect.poll(() => field.innerText()).toContain('Le gouvernement publie ses données.');
    await expect.poll(() => underlined(page, 'Ambition (français)')).toEqual([]);
  }, 180_000);

  it('checks the English field as English: an English word is right there and wrong in French', async () => {
    const english = editorOf(page, 'Ambition (anglais)');
    await caretToEnd(page, english, 'Control+End');
    await page.keyboard.type(' The government publishes its data, as the gouvernement does.');
    await expect.poll(() => underlined(page, 'Ambition (anglais)'), { timeout: 60_000 }).toEqual(['gouvernement']);

    const french = editorOf(page, 'Ambition (français)');
    await caretToEnd(page, french, 'Control+End');
    await page.keyboard.type(' Le government aussi.');
    await expect.poll(() => underlined(page, 'Ambition (français)')).toEqual(['government']);

    // The English word misspelled gets English suggestions.
    await caretToEnd(page, english, 'Control+End');
    await page.keyboard.type(' The goverment agrees.');
    await expect.poll(() => underlined(page, 'Ambition (anglais)')).toEqual(['gouvernement', 'goverment']);
    const { x, y } = await wordAt(page, 'Ambition (anglais)', 'goverment');
    await page.mouse.click(x, y, { button: 'right' });
    await page.getByRole('menu', { name: 'Orthographe de « goverment »' }).getByRole('menuitem', { name: 'government', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ambition (anglais)');
  }, 180_000);

  it('opens the menu from the keyboard in a text area, underlined there too, and Escape gives the focus back', async () => {
    const area = page.locator('textarea[lang="fr"]').first();
    const label = (await area.getAttribute('aria-label'))!;
    await area.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' transparance');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.bilan-spelling-mirror__word').allInnerTexts(), { timeout: 60_000 }).toEqual(['transparance']);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Orthographe de « transparance »' });
    await menu.getByRole('menuitem', { name: 'transparence', exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('transparence');
    await page.screenshot({ path: join(SHOTS, 'spelling-textarea-fr.png') });
    await page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    // Again, and Enter on the suggestion.
    await page.keyboard.press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'transparence', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => area.inputValue()).toMatch(/ transparence$/);
    await expect.poll(() => page.locator('.bilan-spelling-mirror__word').count()).toBe(0);
  }, 180_000);

  it('adds a word to the personal dictionary, still known when the report is opened again', async () => {
    const field = editorOf(page, 'Ambition (français)');
    await caretToEnd(page, field, 'Control+End');
    await page.keyboard.type(' Bilanix accompagne.');
    await expect.poll(() => underlined(page, 'Ambition (français)'), { timeout: 60_000 }).toContain('Bilanix');
    const { x, y } = await wordAt(page, 'Ambition (français)', 'Bilanix');
    await page.mouse.click(x, y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Ajouter au dictionnaire (français)' }).click();
    await expect.poll(() => underlined(page, 'Ambition (français)')).not.toContain('Bilanix');

    const again = await rig.openTab({ page, context: page.context(), problems, server: (await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: appData }))).server });
    await openSample(again.page);
    const reopened = editorOf(again.page, 'Ambition (français)');
    await reopened.waitFor();
    await caretToEnd(again.page, reopened, 'Control+End');
    await again.page.keyboard.type(' Bilanix et le gouvernemnt.');
    await expect.poll(() => underlined(again.page, 'Ambition (français)'), { timeout: 60_000 }).toEqual(['gouvernemnt']);
    expect(again.problems).toEqual([]);
  }, 180_000);

  it('shows the menu in English when the interface is', async () => {
    await page.locator('label[for]').filter({ hasText: /^English$/ }).first().click();
    const field = editorOf(page, 'Aim(s) (French)');
    await page.getByRole('textbox', { name: 'Aim(s) (French)' }).click();
    await caretToEnd(page, field, 'Control+End');
    await page.keyboard.type(' Le gouvernemnt publie.');
    await expect.poll(() => underlined(page, 'Aim(s) (French)'), { timeout: 60_000 }).toContain('gouvernemnt');
    const { x, y } = await wordAt(page, 'Aim(s) (French)', 'gouvernemnt');
    await page.mouse.click(x, y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Spelling of “gouvernemnt”' });
    await menu.getByRole('menuitem', { name: 'gouvernement', exact: true }).waitFor();
    await menu.getByRole('menuitem', { name: 'Add to the dictionary (French)' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'spelling-menu-en.png') });
    expect(await seriousViolations(page, '.bilan-spelling-menu')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  }, 180_000);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { countWords } from '../../shared/text/words.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { CHROMIUM, menuCommand, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// Find and replace as a coordinator uses it: Ctrl+F over the sample, the count, next and
// previous with the keyboard, the match marked in the text, a result chosen in the list; then
// Ctrl+H, a replacement across all 21 cards, and one Ctrl+Z that gives the report back as it was.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;

/** The texts of the page's find highlights: every match marked, and the current one. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const texts = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());
    return { all: texts('bilan-find'), current: texts('bilan-find-current') };
  });

/** The find marks of a search for "e": their texts, how many start at distinct places, the rich texts they are in and how many e's those hold. */
const markedLetters = (page: Page) =>
  page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('bilan-find') ?? [])] as Range[];
    const roots = new Set<Element>();
    const places = new Set<string>();
    const nodes: Node[] = [];
    for (const range of ranges) {
      const at = range.startContainer.parentElement?.closest('[contenteditable], [role="textbox"]');
      if (at) roots.add(at);
      if (!nodes.includes(range.startContainer)) nodes.push(range.startContainer);
      places.add(`${nodes.indexOf(range.startContainer)}:${range.startOffset}`);
    }
    let letters = 0;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('label, input, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) letters += (n.textContent ?? '').replace(/[^eE]/g, '').length;
    }
    return { count: ranges.length, texts: [...new Set(ranges.map((r) => r.toString()))].sort(), distinct: places.size, letters, roots: roots.size };
  });

describe.skipIf(!existsSync(CHROMIUM))(`find and replace (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  let panel: Locator;
  let outline: Locator;
  const savePath = join(tempDir(), 'apres-annulation.bilan');

  const count = () => panel.locator('.bilan-find__count').innerText();
  const outlineTitles = () => outline.locator('button[data-card]').allInnerTexts();

  beforeAll(async () => {
    rig = await startRenderer();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseSavePath: async () => savePath });
    ({ page, problems } = await rig.open(service, { viewport: { width: 1366, height: 768 } }));
    outline = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    panel = page.getByRole('complementary', { name: 'Rechercher et remplacer' });
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
    await outline.waitFor();
    await page.locator('.bilan-card-editor').waitFor();
  }, 240_000);
  afterAll(async () => rig?.close());

  it('shows each text’s word count under it, per language, counted as validation counts', async () => {
    const card = await page.locator('.bilan-card-editor').getAttribute('data-card');
    const french = page.locator(`#field-${card}-title-fr`);
    const value = await french.locator('textarea').inputValue();
    expect(await french.locator('.bilan-words').innerText()).toBe(`${countWords(value)} mots`);
    await french.locator('textarea').fill(`${value} – l’État, 2018-2020`);
    await expect.poll(() => french.locator('.bilan-words').innerText()).toBe(`${countWords(value) + 2} mots`);
    expect(await page.locator(`#field-${card}-title-en .bilan-words`).innerText()).toMatch(/^\d+ mots$/);
    // Undone as a step of the report (not the text box's own undo), the report is as opened.
    await page.locator('#card-heading').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => french.locator('textarea').inputValue()).toBe(value);
  });

  it('opens with Ctrl+F, its search box focused, and counts the matches across the report', async () => {
    await page.locator('#card-heading').click();
    await page.keyboard.press('Control+f');
    await panel.waitFor();
    const box = panel.getByRole('searchbox', { name: /Rechercher/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('transparence');
    await expect.poll(count).toMatch(/^\d+ résultats$/);
    const total = Number((await count()).split(' ')[0]);
    expect(total).toBeGreaterThan(5);
    // The list gives each result's place and the words around it.
    const first = panel.locator('.bilan-find__result').first();
    expect(await first.locator('.bilan-find__where').innerText()).toMatch(/\S/);
    expect((await first.locator('mark').innerText()).toLowerCase()).toBe('transparence');
    expect(await panel.locator('.bilan-find__result').count()).toBe(total);
  });

  it('goes to the next and previous match with Enter, Shift+Enter and F3, marking it in the text', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(count).toMatch(/^1 sur \d+$/);
    await page.keyboard.press('F3');
    await expect.poll(count).toMatch(/^2 sur \d+$/);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(count).toMatch(/^1 sur \d+$/);
    // The focus stays in the search box, for the next Enter.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('marks a match in rich text with the page’s highlights, the editor’s content untouched', async () => {
    const box = panel.getByRole('searchbox', { name: /Rechercher/ });
    await box.fill('norme internationale');
    await expect.poll(count).toMatch(/^\d+ résultats?$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await highlighted(page)).current).toEqual(['norme internationale']);
    expect((await highlighted(page)).all).toContain('norme internationale');
    // Marked, not written into the text: the editor holds no mark of it.
    expect(await page.locator('.bilan-card-editor mark, .bilan-card-editor [data-find]').count()).toBe(0);
    await box.fill('transparence');
    await expect.poll(count).toMatch(/^\d+ résultats$/);
  });

  it('marks every match of a common letter in the rich texts drawn, each once', async () => {
    const box = panel.getByRole('searchbox', { name: /Rechercher/ });
    await box.fill('e');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^\d+ résultats$/);
    // The marks of the search before ("transparence") give way to those of "e".
    await expect.poll(async () => (await highlighted(page)).all.filter((t) => t.toLowerCase() === 'e').length, { timeout: 10_000 }).toBeGreaterThan(20);
    // In the page: each mark over one "e", none twice, and every "e" of the texts marked (their
    // words as the search reads them: not the labels and boxes inside a rich text). Read once the
    // page is still: an editor mounting over its field's preview replaces the text the marks were
    // on, and they are painted again a frame later.
    const settled = async () => {
      const m = await markedLetters(page);
      return m.texts.every((t) => t === 'e' || t === 'E') && m.distinct === m.count && m.count === m.letters;
    };
    await expect.poll(settled, { timeout: 10_000 }).toBe(true);
    const marks = await markedLetters(page);
    expect(marks.texts.filter((t) => t !== 'e' && t !== 'E')).toEqual([]);
    expect(marks.distinct).toBe(marks.count);
    expect(marks.roots).toBeGreaterThan(1);
    expect(marks.count).toBe(marks.letters);
    // The search the next test starts from.
    await box.fill('transparence');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^\d+ résultats$/);
  });

  it('leads to a result chosen in the list: its card, its field focused', async () => {
    const results = panel.locator('.bilan-find__result');
    const chosen = results.filter({ hasText: /Engagement \d+ · / }).nth(2);
    const where = await chosen.locator('.bilan-find__where').innerText();
    const number = /Engagement (\d+)/.exec(where)![1]!;
    await chosen.click();
    await expect.poll(() => page.locator('#card-heading').innerText()).toMatch(new RegExp(`^Engagement n°${number} `));
    expect(await chosen.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.bilan-card-editor'))).toBe(true);
  });

  it('has no serious accessibility violation, and looks right at 1366×768', async () => {
    expect(await seriousViolations(page, '.bilan-find')).toEqual([]);
    await takeScreenshot(page, 'find-panel-fr.png');
    await page.locator('input[name="ui-language"][value="en"]').check({ force: true });
    await page.getByRole('complementary', { name: 'Find and replace' }).waitFor();
    expect(await seriousViolations(page, '.bilan-find')).toEqual([]);
    await takeScreenshot(page, 'find-panel-en.png');
    await page.locator('input[name="ui-language"][value="fr"]').check({ force: true });
    await panel.waitFor();
  });

  it('replaces across all 21 cards as one step, and one Ctrl+Z gives the report back exactly', async () => {
    const before = await outlineTitles();
    expect(before).toHaveLength(21);
    await menuCommand(page, 'replace');
    const box = panel.getByRole('searchbox', { name: /Rechercher/ });
    await box.fill('e');
    await panel.getByLabel('Respecter la casse').check({ force: true });
    await panel.getByLabel('Chercher dans').selectOption('fr');
    await panel.getByRole('textbox', { name: 'Remplacer par' }).fill('E');
    await expect.poll(count).toMatch(/^\d+ résultats$/);
    const total = Number((await count()).split(' ')[0]);
    expect(total).toBeGreaterThan(1000);
    await panel.getByRole('button', { name: 'Tout remplacer' }).click();
    await expect.poll(() => panel.locator('.bilan-find__outcome').innerText()).toMatch(new RegExp(`^${total} remplacements effectués`));
    await expect.poll(count).toBe('Aucun résultat');
    await takeScreenshot(page, 'find-replaced-fr.png');
    // Every card's French title changed: all 21 of them.
    const after = await outlineTitles();
    expect(after.filter((title, i) => title !== before[i])).toHaveLength(21);
    expect(after.join(' ')).not.toMatch(/[a-zà-ÿ]e/);
    // One undo (the focus on the button, not in a text) takes the whole replacement back.
    await page.keyboard.press('Control+z');
    await expect.poll(outlineTitles).toEqual(before);
    await expect.poll(count).toMatch(new RegExp(`^${total} résultats$`));
    // The report is the sample again, to the last value: saved and read back.
    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => existsSync(savePath), { timeout: 30_000 }).toBe(true);
    const saved = (await files.open(savePath)).report;
    const original = (await files.open(SAMPLE)).report;
    expect(saved.cards).toEqual(original.cards);
    expect(saved.chapters).toEqual(original.chapters);
    expect(saved.title).toEqual(original.title);
    expect(problems).toEqual([]);
  });

  it('closes with Escape, its marks gone', async () => {
    await panel.getByRole('searchbox', { name: /Rechercher/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await highlighted(page)).toEqual({ all: [], current: [] });
  });
});

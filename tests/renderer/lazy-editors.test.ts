import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { EDITOR_ICONS } from '../../renderer/src/components/workspace/editor-icons.js';
import type { Report } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { CHROMIUM, seriousViolations, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// A card opens with its first fields drawn, the others following frame by frame, and with the
// Lexical editors of the fields on screen only; the others show their text, drawn as the
// editor draws it, and become editors when they come near, are focused or are pressed. In the
// built renderer in Chromium, with the real AppService behind window.api.

const SAMPLE_TITLE = /Plan d’action national pour la France 2018–2020/;
const FAR = 'Recommandations du Mécanisme d’évaluation indépendant (français)';

const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const richFr = (report: Report, cardId: string, field: string) => {
  const value = report.cards.find((c) => c.id === cardId)!.fields[field];
  return value?.kind === 'richText' ? plainText(value.fr?.content ?? []) : '';
};
const editorOf = (page: Page, name: string) => page.locator(`[contenteditable="true"][aria-label="${name}"]`);

async function openSample(page: Page): Promise<void> {
  await page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).click();
  await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
}

describe.skipIf(!existsSync(CHROMIUM))(`rich-text editors mounted when needed in the card editor (needs ${CHROMIUM})`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];
  let report: Report;

  beforeAll(async () => {
    rig = await startRenderer();
    ({ report } = await files.open(SAMPLE));
    ({ page, problems } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() })));
  });
  afterAll(async () => rig?.close());

  it('opens a card with the fields on screen editable, and the far ones showing their text as a labelled textbox', async () => {
    await openSample(page);
    await editorOf(page, 'Ambition (français)').waitFor();
    await editorOf(page, 'Ambition (anglais)').waitFor();
    const far = page.getByRole('textbox', { name: FAR });
    expect(await far.getAttribute('contenteditable')).toBeNull();
    expect(await far.getAttribute('aria-describedby')).toBe('field-c01-irmRecommendations-help');
    expect(words(await far.innerText())).toBe(words(richFr(report, 'c01', 'irmRecommendations')));
    await takeScreenshot(page, 'card-opened.png');
    await takeScreenshot(page, 'card-opened-full.png', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('makes a far field an editor when it is scrolled to, without moving it, with the same words', async () => {
    const box = page.locator('#field-c01-irmRecommendations-fr .bilan-rte');
    // The editor's bar folds once the page scrolls, moving what is below it: fold it first.
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await page.locator('.bilan-toolbar').boundingBox())!.height).toBeLessThan(60);
    const scrolled = await page.evaluate(() => scrollY);
    const before = await box.boundingBox().then((b) => b && { ...b, y: b.y + scrolled });
    await page.getByRole('textbox', { name: FAR }).scrollIntoViewIfNeeded();
    await editorOf(page, FAR).waitFor();
    const after = await box.boundingBox();
    expect({ y: after!.y + (await page.evaluate(() => scrollY)), height: after!.height }).toEqual({ y: before!.y, height: before!.height });
    expect(words(await editorOf(page, FAR).innerText())).toBe(words(richFr(report, 'c01', 'irmRecommendations')));
  });

  it('leads from a validation entry to a field far down another card, focused, and keeps every key typed', async () => {
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    const panel = page.getByRole('region', { name: 'Points bloquants' });
    await panel.getByRole('button', { name: '[EN] Prochaines étapes : manquant' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°2 – / }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Prochaines étapes (anglais)');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
    await page.keyboard.type('Improve the quality of the data published by local buyers.');
    await page.locator('#card-heading').click();
    expect(words(await editorOf(page, 'Prochaines étapes (anglais)').innerText())).toBe('Improve the quality of the data published by local buyers.');
    await page.getByRole('button', { name: /Points bloquants/ }).click();
    await panel.waitFor();
    const card2 = panel.locator('ul').filter({ has: page.getByText('[EN] Résultats et impacts') }).first();
    expect(await card2.getByRole('button', { name: '[EN] Prochaines étapes : manquant' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('draws a card’s first fields with it, then the others in the frames that follow, every one in order', async () => {
    const fresh = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }));
    await fresh.page.getByRole('article').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Ouvrir' }).waitFor();
    // The fields in the page when the card's heading first is: the commit that draws the card.
    await fresh.page.evaluate(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.getElementById('card-heading')) return;
        observer.disconnect();
        document.body.dataset.firstFields = String(document.querySelectorAll('.bilan-card-editor .bilan-field').length);
      }).observe(document.body, { subtree: true, childList: true });
    });
    await openSample(fresh.page);
    const fields = templates.get(report.template.id).card.fields.map((def) => `field-c01-${def.id}`);
    const first = Number(await fresh.page.evaluate(() => document.body.dataset.firstFields));
    expect(first).toBeGreaterThanOrEqual(2);
    expect(first).toBeLessThan(fields.length);
    const drawn = fresh.page.locator('.bilan-card-editor .bilan-field');
    await expect.poll(() => drawn.count()).toBe(fields.length);
    expect(await drawn.evaluateAll((sections) => sections.map((section) => section.id))).toEqual(fields);
    // The first field on screen became an editor, and its text is the sample's (list items
    // are lines in the editor, run together in plain text).
    await editorOf(fresh.page, 'Ambition (français)').waitFor();
    const letters = (text: string) => text.replace(/\s+/g, '');
    expect(letters(await editorOf(fresh.page, 'Ambition (français)').innerText())).toBe(letters(richFr(report, 'c01', 'aim')));
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  it('has read every icon the card shows while the start screen waited for a click', async () => {
    const fresh = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }));
    const warmed = fresh.page.locator('.bilan-icon-warmup > span');
    await expect.poll(() => warmed.count(), { timeout: 10_000 }).toBe(EDITOR_ICONS.length);
    await openSample(fresh.page);
    await editorOf(fresh.page, 'Ambition (français)').waitFor();
    // Every field drawn (they follow the card's first ones frame by frame).
    const fields = templates.get(report.template.id).card.fields.length;
    await expect.poll(() => fresh.page.locator('.bilan-card-editor .bilan-field').count()).toBe(fields);
    const icons = await fresh.page.evaluate(() => {
      // The icons drawn: a pseudo-element without content is not drawn, and loads nothing.
      const masks = (elements: Element[]) =>
        new Set(
          elements
            .flatMap((element) => ['::before', '::after'].map((pseudo) => getComputedStyle(element, pseudo)))
            .filter((style) => style.content !== 'none' && style.content !== 'normal' && style.display !== 'none')
            .map((style) => style.maskImage)
            .filter((mask) => mask.startsWith('url(')),
        );
      const warmup = document.querySelector('.bilan-icon-warmup')!;
      const shown = [...document.querySelectorAll('#root *')].filter((element) => !warmup.contains(element));
      return { shown: [...masks(shown)], warmed: [...masks([...warmup.children])] };
    });
    expect(icons.shown.length).toBeGreaterThan(5);
    expect(icons.shown.filter((icon) => !icons.warmed.includes(icon))).toEqual([]);
    // The toolbar's icons are inline SVG, drawn with it: nothing to load or warm.
    await editorOf(fresh.page, 'Ambition (français)').click();
    const bold = fresh.page.getByRole('toolbar').getByRole('button', { name: 'Gras' });
    expect(await bold.locator('svg.bilan-rte__icon path').count()).toBe(1);
    expect(EDITOR_ICONS).not.toContain('fr-icon-bold');
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  it('ran without errors under the page’s Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

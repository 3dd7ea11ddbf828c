import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Chart, RichText } from '../../shared/model/richtext.js';
import { CHROMIUM, fieldPages } from './support/field-page.js';
import type { FieldPageGlobals } from './support/page-globals.js';
import { tempDir } from '../support/paths.js';

// The chart block as a writer makes one: inserted from the toolbar, its table typed with the
// keyboard, drawn as it is typed, stored as the report's `chart` block, and drawn again when the
// value is opened in a new field.

const emitted = (page: Page) => page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__value);
const setValue = (page: Page, value: RichText) => page.evaluate((v) => (globalThis as unknown as FieldPageGlobals).__setValue(v), value);
const field = (page: Page) => page.locator('#field');
const chartOf = async (page: Page) => (await emitted(page))?.find((b): b is Chart => b.type === 'chart');

describe.skipIf(!existsSync(CHROMIUM))(`the chart block in Chromium (needs ${CHROMIUM})`, () => {
  const pages = fieldPages();

  it('is inserted from the toolbar, typed with the keyboard, drawn, and reopened as it was', async () => {
    const page = await pages.open('', { width: 1366, height: 768 });
    await field(page).focus();
    await page.keyboard.type('Le budget a progressé.');
    // The toolbar is one tab stop before the text; its arrow keys reach Graphique.
    await page.keyboard.press('Shift+Tab');
    const chartButton = page.getByRole('button', { name: 'Graphique' });
    for (let i = 0; i < 20 && !(await chartButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The focus lands in the new chart's first control: its kind, then its title.
    const group = page.getByRole('group', { name: /^Graphique/ });
    await group.waitFor();
    await page.getByLabel('Titre', { exact: true }).focus();
    await page.keyboard.type('Budget des données ouvertes');
    await page.keyboard.press('Tab');
    await page.keyboard.type('M€');
    await page.getByLabel('Libellé de la ligne 1').focus();
    await page.keyboard.type('2019');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12,5');
    await page.getByLabel('Libellé de la ligne 2').focus();
    await page.keyboard.type('2020');
    await page.keyboard.press('Tab');
    await page.keyboard.type('17');
    await page.getByRole('button', { name: 'Ajouter une ligne' }).press('Enter');
    await page.getByLabel('Libellé de la ligne 3').focus();
    await page.keyboard.type('2021');
    await page.keyboard.press('Tab');
    // A typing slip says so, and leaves the chart as it was.
    await page.keyboard.type('vingt');
    await expect.poll(() => group.getByRole('status').textContent()).toContain('«\u00a0vingt\u00a0» n’est pas un nombre (ligne 3, série 1)');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('21');
    await page.getByLabel('Nom de la série 1').focus();
    await page.keyboard.type('État');
    await expect.poll(() => chartOf(page)).toEqual({
      type: 'chart',
      kind: 'bar',
      title: 'Budget des données ouvertes',
      labels: ['2019', '2020', '2021'],
      series: [{ name: 'État', values: [12.5, 17, 21] }],
      unit: 'M€',
    });
    expect(await group.getByRole('status').textContent()).toBe('');
    // Drawn: a bar per row, the values in the text's typography, the title above.
    const picture = group.locator('svg.bilan-chart__picture');
    await expect.poll(() => picture.locator('rect').count()).toBeGreaterThanOrEqual(3);
    const words = await picture.locator('text').allTextContents();
    expect(words).toEqual(expect.arrayContaining(['Budget des données ouvertes', '2019', '2021', '12,5\u202fM€', '21\u202fM€']));
    expect(await picture.getAttribute('aria-label')).toContain('2019\u00a0: 12,5\u202fM€');
    // Line chart, chosen from the keyboard.
    await page.getByLabel('Type').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await chartOf(page))?.kind).toBe('line');
    await expect.poll(() => picture.locator('polyline').count()).toBe(1);
    await page.screenshot({ path: join(tempDir('bilan-chart-shot-'), 'chart.png') });
    await page.screenshot({ path: '/tmp/chart/editor-chart.png' });
    const saved = (await emitted(page))!;
    expect(saved[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Le budget a progressé.' }] });
    await page.close();

    // Opened again, as when the report is reopened: the same chart, the same table.
    const again = await pages.open('', { width: 1366, height: 768 });
    await setValue(again, saved);
    const reopened = again.getByRole('group', { name: /^Graphique/ });
    await field(again).focus();
    await reopened.waitFor();
    expect(await again.getByLabel('Libellé de la ligne 3').inputValue()).toBe('2021');
    expect(await again.getByLabel('Valeur : État, 2019').inputValue()).toBe('12,5');
    await expect.poll(() => reopened.locator('svg polyline').count()).toBe(1);
    await again.close();
    expect(pages.problems).toEqual([]);
  }, 240_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // Without the app's policy only so that axe-core can be injected into the page.
    const page = await pages.open('csp=off', { width: 1366, height: 768 });
    await setValue(page, [{ type: 'chart', kind: 'bar', title: 'Budget', labels: ['2019', '2020'], series: [{ name: 'État', values: [3, null] }], unit: 'M€' }]);
    await field(page).focus();
    const group = page.getByRole('group', { name: /^Graphique/ });
    await group.waitFor();
    await page.getByLabel('Valeur : État, 2020').fill('x');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const found = await axe.run(document.querySelector('.bilan-chart'), { resultTypes: ['violations'] });
      return found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} at ${JSON.stringify(v.nodes[0]?.target)}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  }, 240_000);
});

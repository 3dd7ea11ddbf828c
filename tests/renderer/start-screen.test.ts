import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { ROOT, tempDir } from '../support/paths.js';
import { exposeApi } from './support/api-bridge.js';
import { serveFolder, type StaticSite } from './support/static-server.js';

// The start screen as a user sees it: the built renderer in Debian's Chromium, talking to the
// real AppService (the one the main process runs) through a stand-in for the preload's window.api.

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'tests', 'renderer', '__screenshots__');
/** An element's text as read aloud: hidden parts included, typographic spaces as plain ones. */
const textOf = async (locator: { textContent(): Promise<string | null> }) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

const SAMPLE_TITLE_FR = /Plan d’action national pour la France 2018–2020/;

describe.skipIf(!existsSync(CHROMIUM))(`the start screen (needs ${CHROMIUM}; skipped when Chromium is not installed)`, () => {
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  let outDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    outDir = tempDir('bilan-renderer-');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    site = await serveFolder(outDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await exposeApi(page, new AppService({ locale: () => 'fr-FR' }));
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(site.url);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('lists the 2018–2020 sample in French, with its template, cards, completeness and headline', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rapports d’exemple');
    const sample = page.getByRole('article').filter({ hasText: SAMPLE_TITLE_FR });
    await sample.waitFor();
    const text = await textOf(sample);
    expect(text).toContain('Rapport d’autoévaluation de fin de mandat (PGO)');
    expect(text).toContain('21');
    expect(text).toContain('76 % des engagements substantiellement réalisés ou achevés');
    const meters = sample.locator('meter');
    expect(await meters.count()).toBe(2);
    for (const value of await meters.evaluateAll((els) => els.map((m) => (m as unknown as { value: number }).value))) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(await page.getByLabel(/Complétude en français : \d+/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'start-fr.png'), fullPage: true });
  });

  it('opens the sample: 21 commitments under 5 ambitions, each with lead, progress and completeness', async () => {
    const sample = page.getByRole('article').filter({ hasText: SAMPLE_TITLE_FR });
    await sample.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE_FR }).waitFor();
    const ambitions = page.locator('section[data-ambition]');
    expect(await ambitions.count()).toBe(5);
    expect(await page.locator('tr[data-card]').count()).toBe(21);
    const perAmbition = await ambitions.evaluateAll((els) => els.map((s) => s.querySelectorAll('tr[data-card]').length));
    expect(perAmbition.reduce((a, b) => a + b, 0)).toBe(21);
    expect(perAmbition.every((n) => n > 0)).toBe(true);
    expect(await textOf(page.getByRole('heading', { level: 2 }).first())).toMatch(/^Ambition 1\s*Transparence/);

    const first = page.locator('tr[data-card="c01"]');
    const row = await textOf(first);
    expect(row).toContain('Renforcer la transparence');
    expect(row).toContain('Ministère de l’Économie, des Finances et de la Relance');
    expect(row).toContain('Substantiel');
    expect(row).toContain('Complétude en français : 100 %');
    expect(row).toContain('Complétude en anglais : 100 %');
    expect(await page.getByRole('columnheader', { name: 'Administration(s) porteuse(s)' }).count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'outline-fr.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'outline-fr-top.png') });
  });

  it('switches the labels and the report to English', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Back to reports' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/National Action Plan for France 2018–2020/);
    expect(await page.getByRole('columnheader', { name: 'Lead institution(s)' }).count()).toBe(5);
    expect(await page.getByRole('columnheader', { name: 'Progress' }).count()).toBe(5);
    const row = await textOf(page.locator('tr[data-card="c01"]'));
    expect(row).toContain('Ministry for the Economy, Finance and the Recovery');
    expect(row).toContain('Substantial');
    expect(await page.getByText('76% of commitments substantially achieved or completed').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'outline-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'Back to reports' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sample reports');
    expect(await page.getByRole('button', { name: 'Open' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'start-en.png'), fullPage: true });
  });

  it('runs under its Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});

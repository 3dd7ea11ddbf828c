import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { tempDir } from '../support/paths.js';
import { CHROMIUM, startRenderer, takeScreenshot, type RendererRig } from './support/browser.js';

// The start screen as a user sees it: the built renderer in Debian's Chromium, talking to the
// real AppService (the one the main process runs) answering it through `bilan serve`'s server.

/** An element's text as read aloud: hidden parts included, typographic spaces as plain ones. */
const textOf = async (locator: { textContent(): Promise<string | null> }) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

const SAMPLE_TITLE_FR = /Plan d’action national pour la France 2018–2020/;

/** The text of every stylesheet of the renderer built into `dir`. */
function builtCss(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe.skipIf(!existsSync(CHROMIUM))(`the start screen (needs ${CHROMIUM}; skipped when Chromium is not installed)`, () => {
  let rig: RendererRig;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    rig = await startRenderer();
    ({ page, problems } = await rig.open(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() })));
  });
  afterAll(async () => rig?.close());

  it('loads no schema library: zod checks files in the main process, and the page would parse 90 KB of it first', () => {
    const assets = join(rig.dir, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // Every zod schema object carries a `_zod` property; none of ours or of the libraries' does.
    for (const script of scripts) expect(readFileSync(join(assets, script), 'utf8')).not.toContain('_zod');
  });

  it('draws the design system’s icons from PNG files, which Chromium decodes off the page’s thread, not SVG documents', () => {
    const assets = readdirSync(join(rig.dir, 'assets'));
    const css = builtCss(rig.dir);
    const icon = assets.find((f) => /^arrow-go-back-line-[\w-]+\.png$/.test(f));
    expect(icon).toBeDefined();
    expect(css).toContain(icon);
    expect(assets.filter((f) => /^arrow-go-back-line-.*\.svg$/.test(f))).toEqual([]);
    // A PNG's width is the big-endian number at byte 16 of its header: three times the 24-unit box.
    const png = readFileSync(join(rig.dir, 'assets', icon!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(72);
  });

  it('ships only the design system’s rules and icons that the app can use', () => {
    const assets = readdirSync(join(rig.dir, 'assets'));
    const css = builtCss(rig.dir);
    // Buttons and badges are used; tiles, tabs, and most icons are not.
    expect(css).toMatch(/\.fr-btn\{/);
    expect(css).toMatch(/\.fr-badge--sm\b/);
    expect(css).not.toMatch(/\.fr-tile\b/);
    expect(css).not.toMatch(/\.fr-tabs__tab\b/);
    expect(css).not.toMatch(/\.fr-icon-alarm-warning-line\b/);
    expect(assets.some((f) => f.startsWith('alarm-warning-line-'))).toBe(false);
    // About a third of the 660 KB the whole design system weighs once built.
    expect(css.length).toBeLessThan(300_000);
  });

  it('keeps the editor (Lexical) out of the start screen’s script: its chunk is preloaded, and run once the start screen is drawn', () => {
    const html = readFileSync(join(rig.dir, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    const editor = /<link rel="modulepreload"[^>]* href="\.\/(assets\/RichTextField-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    expect(editor).toBeDefined();
    // Every Lexical editor marks its root element with `__lexicalEditor`.
    expect(readFileSync(join(rig.dir, entry!), 'utf8')).not.toContain('__lexicalEditor');
    expect(readFileSync(join(rig.dir, editor!), 'utf8')).toContain('__lexicalEditor');
  });

  it('lists the 2018–2020 sample in French, with its template, cards, completeness and headline', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vos rapports');
    // What a civil servant came to do comes first: open a file, start a report; the samples after.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Ouvrir un fichier', 'Nouveau rapport', 'Rapports d’exemple']);
    const sample = page.getByRole('article').filter({ hasText: SAMPLE_TITLE_FR });
    await sample.waitFor();
    const text = await textOf(sample);
    expect(text).toContain('Rapport d’autoévaluation de fin de mandat (PGO)');
    expect(text, text).toMatch(/21 engagements/);
    expect(text).toContain('76 % des engagements substantiellement réalisés ou achevés');
    const meters = sample.locator('meter');
    expect(await meters.count()).toBe(2);
    for (const value of await meters.evaluateAll((els) => els.map((m) => (m as unknown as { value: number }).value))) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(await page.getByLabel(/Complétude en français : \d+/).count()).toBeGreaterThan(0);
    // One per installed template: the action plan, the commitment template and the end-of-term report.
    expect(await page.getByRole('button', { name: 'Nouveau rapport' }).count()).toBe(3);
    await takeScreenshot(page, 'start-fr.png', { fullPage: true });
  });

  it('readies the editor while the start screen waits: one editor run off the page in idle time, nothing of it on the page', async () => {
    // renderer/src/editor/warm-up.tsx records this measure once its editor is unmounted again.
    const warmUps = () => page.evaluate(() => performance.getEntriesByName('bilan:editor-warm-up').map((e) => e.duration));
    await expect.poll(warmUps, { timeout: 15_000 }).toHaveLength(1);
    expect((await warmUps())[0]).toBeGreaterThan(0);
    expect(await page.locator('[contenteditable], [data-lexical-editor]').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vos rapports');
  });

  it('opens the sample in the editor: 21 commitments under 5 ambitions, each with lead, progress and completeness', async () => {
    await page.getByRole('article').filter({ hasText: SAMPLE_TITLE_FR }).getByRole('button', { name: 'Ouvrir' }).click();
    const nav = page.getByRole('navigation', { name: 'Sommaire du rapport' });
    await nav.waitFor();
    expect(await nav.locator('section[data-ambition]').count()).toBe(5);
    expect(await nav.locator('button[data-card]').count()).toBe(21);
    expect(await textOf(nav.getByRole('heading', { level: 2 }).filter({ hasText: 'Ambition 1' }))).toMatch(/^Ambition 1\s*Transparence/);
    const first = await textOf(nav.locator('button[data-card="c01"]'));
    expect(first).toContain('Renforcer la transparence');
    expect(first).toContain('Ministère de l’Économie, des Finances et de la Relance');
    expect(first).toContain('Substantiel');
    expect(first).toContain('Complétude en français : 100 %');
    expect(first).toContain('Complétude en anglais : 100 %');
    await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – Renforcer la transparence/ }).waitFor();
    await takeScreenshot(page, 'outline-fr-top.png');
  });

  it('switches the labels and the report to English', async () => {
    await page.locator('.bilan-header').getByText('English', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Report outline' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Commitment 1 – /);
    expect(await page.getByRole('heading', { level: 2, name: /^Lead institution\(s\)/ }).count()).toBe(1);
    const row = await textOf(page.locator('button[data-card="c01"]'));
    expect(row).toContain('Substantial');
    await page.getByRole('button', { name: /Progress summary table/ }).click();
    expect(await page.getByText('76% of commitments substantially achieved or completed').count()).toBe(1);
    await takeScreenshot(page, 'outline-en.png');

    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your reports');
    expect(await page.getByRole('button', { name: 'Open' }).count()).toBeGreaterThan(0);
    await takeScreenshot(page, 'start-en.png', { fullPage: true });
  });

  it('runs under its Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});

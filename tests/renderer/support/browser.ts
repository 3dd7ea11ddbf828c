import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../support/chromium.js';
import postcss from 'postcss';
import { build } from 'vite';
import { requiredClasses } from '../../../scripts/vite/design-system-css.js';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { ROOT, tempDir } from '../../support/paths.js';
import { exposeApi } from './api-bridge.js';
import { serveFolder, type StaticSite } from './static-server.js';

export { CHROMIUM } from '../../support/chromium.js';
/** Where the renderer tests write their screenshots. */
export const SHOTS = join(ROOT, 'tests', 'renderer', '__screenshots__');

/** The built renderer served over HTTP, and a headless Chromium to look at it. */
export interface RendererRig {
  /** The folder of the built renderer. */
  dir: string;
  site: StaticSite;
  browser: Browser;
  /** A fresh page whose `window.api` is served by `service`, and what went wrong in it. */
  open(service: BilanApi, options?: { locale?: string }): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

/** Builds the renderer into `outDir` as `npm run build` does (a production build). */
export async function buildRenderer(outDir: string): Promise<void> {
  // Vitest runs with NODE_ENV=test, which would give a development build of React (several
  // times slower, and not what users run): build as `npm run build` does.
  const env = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = env;
  }
}

/**
 * Builds the renderer as `npm run build` does, serves it from 127.0.0.1, and starts Chromium.
 * axe-core is served beside the page, so that accessibility checks load it under the page's CSP.
 */
export async function startRenderer(): Promise<RendererRig> {
  const outDir = tempDir('bilan-renderer-');
  await buildRenderer(outDir);
  copyFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), join(outDir, 'axe.min.js'));
  const site = await serveFolder(outDir);
  const browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  return {
    dir: outDir,
    site,
    browser,
    async open(service, { locale = 'fr-FR' } = {}) {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
      await exposeApi(page, service);
      await page.goto(site.url);
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await site.close();
      if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The violations axe-core finds on the page that are serious or critical, as readable lines. */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ url: '/axe.min.js' });
  const results = await page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const found = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

/**
 * Puts the caret at the end of `target`, an element of a rich-text editor, and waits until the
 * page's selection is really there. A click can land while the editor is still writing the last
 * keystrokes, and the editor then puts its selection back where it was: click again until the
 * caret stays put for two frames.
 */
export async function caretToEnd(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await target.click();
      await page.keyboard.press('End');
      return target.evaluate(async (el) => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const selection = getSelection();
        if (!selection?.isCollapsed || !selection.focusNode || !el.contains(selection.focusNode)) return false;
        const rest = document.createRange();
        rest.setStart(selection.focusNode, selection.focusOffset);
        rest.setEnd(el, el.childNodes.length);
        return rest.toString() === '';
      });
    })
    .toBe(true);
}

/**
 * The classes each selector of the design system's own stylesheets (all of its components,
 * utilities and icons) requires of an element, one list per selector.
 */
let designSelectors: string[][] | undefined;
function designSystemSelectors(): string[][] {
  if (designSelectors) return designSelectors;
  const root = dirname(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css'));
  const icons = join(root, 'utility', 'icons');
  const sheets = [join(root, 'dsfr.main.min.css'), ...readdirSync(icons, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(icons, d.name, `${d.name}.main.min.css`))];
  designSelectors = [];
  for (const file of sheets) postcss.parse(readFileSync(file, 'utf8')).walkRules((rule) => void designSelectors!.push(...rule.selectors.map(requiredClasses)));
  return designSelectors;
}

/**
 * The design system's classes that its stylesheets would apply to the page's elements but the
 * page's stylesheets do not: a rule the build pruned (scripts/vite/design-system-css.ts) though
 * the page uses it, or an icon family's stylesheet the renderer forgot to import. A design-system
 * selector counts when every class it requires is on some element of the page.
 */
export async function unstyledDesignClasses(page: Page): Promise<string[]> {
  const { classes, selectors } = await page.evaluate(() => {
    const texts: string[] = [];
    // Rules and the rules inside them (@media…), walked without a named function: tsx would
    // wrap one in a helper the page does not have.
    const pending: CSSRule[] = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    for (let rule = pending.pop(); rule; rule = pending.pop()) {
      if (rule instanceof CSSStyleRule) texts.push(rule.selectorText);
      if ('cssRules' in rule) pending.push(...(rule as CSSGroupingRule).cssRules);
    }
    const used = new Set<string>();
    for (const el of document.querySelectorAll('[class]')) for (const c of el.classList) used.add(c);
    return { classes: [...used], selectors: texts };
  });
  const onPage = new Set(classes);
  const styled = new Set(selectors.flatMap(requiredClasses));
  const missing = new Set<string>();
  for (const required of designSystemSelectors()) {
    if (required.length === 0 || !required.every((c) => onPage.has(c))) continue;
    for (const c of required) if (!styled.has(c)) missing.add(c);
  }
  return [...missing].sort();
}

/**
 * Takes a screenshot into {@link SHOTS} for a person to look at, and checks what a person might
 * miss in it: that every design-system class on the page is styled.
 */
export async function takeScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name), ...options });
  expect(await unstyledDesignClasses(page), `design-system classes without their styles in ${name}`).toEqual([]);
}

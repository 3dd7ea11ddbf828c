import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../support/chromium.js';
import postcss from 'postcss';
import { build } from 'vite';
import { requiredClasses } from '../../../scripts/vite/design-system-css.js';
import type { AppService } from '../../../electron/main/services/app-service.js';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { MENU_COMMANDS } from '../../../shared/ipc/channels.js';
import type { MenuCommand } from '../../../shared/ipc/dto.js';
import { cachedBuild } from '../../support/build-cache.js';
import { ROOT, tempDir } from '../../support/paths.js';

export { CHROMIUM } from '../../support/chromium.js';
/** Where the renderer tests write their screenshots. */
export const SHOTS = join(ROOT, 'tests', 'renderer', '__screenshots__');

/** A page of the rig: the tab, its browser context, what went wrong in it, and its server. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** The `bilan serve` server the page came from, answering it with the test's service. */
  server: RunningServer;
}

/** The built renderer, served by `bilan serve`'s own server, and a headless Chromium to look at it. */
export interface RendererRig {
  /** The folder of the built renderer. */
  dir: string;
  browser: Browser;
  /**
   * A fresh tab entering through the tokened address of a server of its own, whose API is
   * answered by `service` (a desktop service keeps its dialogs; `createWorkspaceService` gives
   * the browser's, whose files are picked in the page from `workspace`).
   */
  open(service: AppService, options?: { locale?: string; workspace?: string; viewport?: { width: number; height: number } }): Promise<OpenedPage>;
  /** Another tab of the same browser session on the same server, as a user opens a second one. */
  openTab(opened: OpenedPage): Promise<OpenedPage>;
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

/** What the renderer's production build is made from: a change to any of these makes another build. */
const RENDERER_INPUTS = ['renderer', 'shared', 'templates', 'scripts', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.web.json'];

/**
 * The renderer built as `npm run build` does, with axe-core beside it, from the sources as they
 * are now: built once (15–35 s) and shared by every test file that runs while they stay the same.
 */
export function builtRenderer(): Promise<string> {
  return cachedBuild('renderer', RENDERER_INPUTS, async (dir) => {
    await buildRenderer(dir);
    copyFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), join(dir, 'axe.min.js'));
  });
}

/** A new tab of `context` whose console errors, page errors and failed responses are collected. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  return { page, problems };
}

/**
 * Builds the renderer as `npm run build` does and starts Chromium; each page is then served by
 * `startServer` (electron/serve), the server `bilan serve` runs. axe-core is copied beside the
 * built page, which the server serves like the page's own files, so that accessibility checks
 * load it under the page's CSP.
 */
export async function startRenderer(): Promise<RendererRig> {
  const outDir = await builtRenderer();
  const browser = await launchChromium();
  const servers: RunningServer[] = [];
  mkdirSync(SHOTS, { recursive: true });
  return {
    dir: outDir,
    browser,
    async open(service, { locale = 'fr-FR', workspace = tempDir('bilan-workspace-'), viewport = { width: 1440, height: 900 } } = {}) {
      const server = await startServer({ workspace, service, rendererDir: outDir, lang: 'fr' });
      servers.push(server);
      const context = await browser.newContext({ locale, viewport, acceptDownloads: true });
      const { page, problems } = await watchedPage(context);
      await page.goto(server.url);
      return { page, context, problems, server };
    },
    async openTab({ context, server }) {
      const { page, problems } = await watchedPage(context);
      await page.goto(server.url);
      return { page, context, problems, server };
    },
    async close() {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

/** The page menu's item for each command of the native menu, and the menu that holds it. */
const MENU_ITEMS: Record<MenuCommand, { menu: 'file' | 'edit' | 'view'; item: string }> = {
  save: { menu: 'file', item: 'save' },
  saveAs: { menu: 'file', item: 'save-as' },
  export: { menu: 'file', item: 'export' },
  cutPackages: { menu: 'file', item: 'cut-packages' },
  importPackages: { menu: 'file', item: 'import-packages' },
  importDocx: { menu: 'file', item: 'import-docx' },
  beforeSending: { menu: 'file', item: 'before-sending' },
  sendPackage: { menu: 'file', item: 'send-package' },
  undo: { menu: 'edit', item: 'undo' },
  redo: { menu: 'edit', item: 'redo' },
  find: { menu: 'edit', item: 'find' },
  replace: { menu: 'edit', item: 'replace' },
  viewBoth: { menu: 'view', item: 'view-both' },
  viewFr: { menu: 'view', item: 'view-fr' },
  viewEn: { menu: 'view', item: 'view-en' },
  preview: { menu: 'view', item: 'preview' },
};

/**
 * Chooses a command in the page's own menu (the browser's stand-in for the native one), as a
 * user does: opens the menu, then presses the item. Throws when the menu does not offer it.
 */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  if (!MENU_COMMANDS.includes(command)) throw new Error(`no such menu command: ${String(command)}`);
  const { menu, item } = MENU_ITEMS[command];
  const toggle = page.locator(`button[aria-controls="page-menu-${menu}"]`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator(`#page-menu-${menu} button[data-command="${item}"]`).click({ timeout: 5000 });
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
 * caret stays put for two frames. `End` reaches the end of the line clicked, which is the end of
 * a one-line paragraph; `Control+End` the end of a whole field of several lines.
 */
export async function caretToEnd(page: Page, target: Locator, key: 'End' | 'Control+End' = 'End'): Promise<void> {
  await expect
    .poll(async () => {
      await target.click();
      await page.keyboard.press(key);
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

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, fieldPages, SHOTS } from './support/field-page.js';
import type { FieldPageGlobals } from './support/page-globals.js';
import { pixelDifference } from './support/pixels.js';

// A rich-text field whose editor is mounted only when needed (LazyRichTextField), as the card
// editor uses it, in the built test page under the app's Content-Security-Policy: what it shows
// before, and that whatever the user does to it first (Tab, a click, scrolling to it) reaches
// a real editor without losing a key, a character or a pixel.

const emitted = (page: Page) => page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__value);
const editors = (page: Page) => page.locator('[data-lexical-editor]').count();

/** The elements, classes and text under `selector`, as a comparable tree (what the eye can see of the markup). */
function shapeOf(page: Page, selector: string): Promise<unknown> {
  return page.evaluate((selector) => {
    // Attributes that draw something; Lexical's bookkeeping (data-lexical-*, contenteditable,
    // generated ids) and the preview's tab order are not part of the picture.
    const DRAWN = ['class', 'dir', 'value', 'href', 'alt', 'style', 'src'];
    function shape(node: Node): unknown {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      const element = node as HTMLElement;
      const attributes = DRAWN.filter((name) => element.hasAttribute(name)).map((name) => `${name}=${name === 'class' ? [...element.classList].sort().join(' ') : element.getAttribute(name)}`);
      if (element instanceof HTMLInputElement) attributes.push(`input=${element.value}`);
      return [element.tagName.toLowerCase(), ...attributes, drawn(element).map(shape)];
    }
    // The browser puts rows in a body whether or not the markup does: the same table. Lexical's
    // zero-size marker after a last image takes no room.
    function drawn(parent: Node): Node[] {
      return [...parent.childNodes]
        .flatMap((child) => (child instanceof HTMLTableSectionElement ? [...child.childNodes] : [child]))
        .filter((child) => !(child instanceof HTMLImageElement && child.hasAttribute('data-lexical-decorator-boundary')));
    }
    return drawn(document.querySelector(selector)!).map(shape);
  }, selector);
}

describe.skipIf(!existsSync(CHROMIUM))(`a rich-text field whose editor mounts when needed, in Chromium (needs ${CHROMIUM})`, () => {
  const { open, problems } = fieldPages();

  it('draws its preview as the editor draws the same text: the same elements, the same pixels', async () => {
    const page = await open('view=compare&sample=all', { width: 1400, height: 2600 });
    await page.locator('#field[data-lexical-editor]').waitFor();
    await page.getByRole('img', { name: 'Graphique des jalons' }).first().waitFor();
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    expect(await shapeOf(page, '#preview')).toEqual(await shapeOf(page, '#field'));
    const preview = await page.locator('#preview-box').boundingBox();
    const editor = await page.locator('#editor-box').boundingBox();
    expect(preview!.height).toBeGreaterThan(800);
    expect(preview!.height).toBe(editor!.height);
    const shots = await Promise.all([page.locator('#preview-box').screenshot(), page.locator('#editor-box').screenshot()]);
    await page.screenshot({ path: join(SHOTS, 'preview-beside-editor.png'), fullPage: true });
    const difference = await pixelDifference(page, ...shots);
    expect(difference.a).toEqual(difference.b);
    // An icon's edge may be smoothed a shade differently here and there: one pixel in ten thousand, unseen.
    expect(difference.differing).toBeGreaterThanOrEqual(0);
    expect(difference.differing).toBeLessThanOrEqual((difference.a.width * difference.a.height) / 10_000);
    await page.close();
  });

  it('shows its text far down the page without an editor, as a labelled and described textbox', async () => {
    const page = await open('view=lazy&sample=all');
    await page.locator('#field').waitFor({ state: 'attached' });
    const field = page.getByRole('textbox', { name: 'Résultats' });
    expect(await field.getAttribute('aria-describedby')).toBe('hint');
    expect(await field.getAttribute('lang')).toBe('fr');
    expect(await field.textContent()).toContain('Le ministère a publié 42 jeux de données');
    expect(await field.locator('th').allTextContents()).toEqual(['Jalon', 'Échéance', '']);
    // Three screens down: nothing asked for the editor yet.
    await page.waitForTimeout(300);
    expect(await editors(page)).toBe(0);
    await page.close();
  });

  it('takes the keys typed at once after Tab reaches it, every one of them', async () => {
    const page = await open('view=lazy');
    await page.locator('#before').focus();
    expect(await editors(page)).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bilan à mi-parcours : 21 engagements, dont 16 réalisés.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lexical-editor'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Bilan à mi-parcours : 21 engagements, dont 16 réalisés.' }] }]);
    await page.close();
  });

  it('puts the caret where the preview was pressed', async () => {
    const page = await open('view=lazy&sample=1');
    await page.locator('#field').waitFor({ state: 'attached' });
    // One task: scroll to the preview and press it between « ex » and « istant », before the
    // editor could mount on its own for being on screen.
    await page.evaluate(() => {
      const field = document.getElementById('field')!;
      field.scrollIntoView({ block: 'center' });
      const text = [...field.querySelectorAll('span')].find((span) => span.textContent === 'Texte existant.')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 8);
      range.setEnd(text, 9);
      const box = range.getBoundingClientRect();
      const press = { bubbles: true, cancelable: true, clientX: box.left + 1, clientY: box.top + box.height / 2, button: 0 };
      document.elementFromPoint(press.clientX, press.clientY)!.dispatchEvent(new MouseEvent('mousedown', press));
    });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lexical-editor'))).toBe(true);
    await page.keyboard.type('X');
    await page.locator('#next').focus();
    expect((await emitted(page))?.[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Texte exXistant.' }] });
    await page.close();
  });

  it('mounts its editor when scrolled near, in the same place and at the same height, leaving the focus alone', async () => {
    const page = await open('view=lazy&sample=all');
    await page.locator('#field').waitFor({ state: 'attached' });
    const before = await page.locator('.bilan-rte').evaluate((box) => box.getBoundingClientRect().toJSON() as DOMRect);
    await page.locator('#before').focus();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('#field[data-lexical-editor]').waitFor({ state: 'attached' });
    const after = await page.locator('.bilan-rte').evaluate((box) => box.getBoundingClientRect().toJSON() as DOMRect);
    expect(after.height).toBe(before.height);
    expect(after.width).toBe(before.width);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });

  it('runs under the app’s Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});

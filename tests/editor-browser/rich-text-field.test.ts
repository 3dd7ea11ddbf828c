import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../shared/model/richtext.js';
import { CHROMIUM, fieldPages, SHOTS } from './support/field-page.js';
import type { FieldPageGlobals } from './support/page-globals.js';

// The rich-text field as a ministry's writer uses it: the built component in Debian's Chromium,
// under the app's Content-Security-Policy, driven with the keyboard and the mouse. Each test
// checks what the card would store (the value the field emits) and what the user sees.


/** The last value the field emitted. */
const emitted = (page: Page) => page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__value);
const setValue = (page: Page, value: RichText) => page.evaluate((v) => (globalThis as unknown as FieldPageGlobals).__setValue(v), value);
const field = (page: Page) => page.locator('#field');

describe.skipIf(!existsSync(CHROMIUM))(`the rich-text field in Chromium (needs ${CHROMIUM})`, () => {
  const pages = fieldPages();
  const problems = pages.problems;

  /** A fresh page with the field, its caret at the end of its text. */
  async function open(query = ''): Promise<Page> {
    const page = await pages.open(query);
    await field(page).focus();
    await page.keyboard.press('Control+End');
    return page;
  }

  it('describes itself: labelled, described, in the text’s language, spell-checked, with a toolbar', async () => {
    const page = await open('lang=en');
    const area = page.getByRole('textbox', { name: 'Résultats' });
    expect(await area.getAttribute('aria-describedby')).toBe('hint');
    expect(await area.getAttribute('lang')).toBe('en');
    expect(await area.getAttribute('spellcheck')).toBe('true');
    expect(await page.getByRole('toolbar', { name: 'Mise en forme : Résultats' }).count()).toBe(1);
    // One tab stop for the whole toolbar; the arrow keys move inside it.
    expect(await page.locator('[role=toolbar] button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Gras');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Italique');
    await page.close();
  });

  it('emits what is typed, and Ctrl+B makes it bold', async () => {
    const page = await open();
    await page.keyboard.type('Le plan compte ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('21 engagements');
    await expect.poll(() => emitted(page)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Le plan compte ' }, { type: 'text', text: '21 engagements', bold: true }] },
    ]);
    expect(await page.getByRole('button', { name: 'Gras' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('makes a bulleted list, and Tab nests an item under the one before', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Liste à puces' }).click();
    await page.keyboard.type('Ouvrir les données');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Jeux de données fiscaux');
    await page.keyboard.press('Tab');
    await expect.poll(() => emitted(page)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          {
            children: [{ type: 'text', text: 'Ouvrir les données' }],
            sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'Jeux de données fiscaux' }] }] },
          },
        ],
      },
    ]);
    expect(await page.getByRole('button', { name: 'Liste à puces' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('refuses a javascript: link with a visible message, and accepts an https one', async () => {
    const page = await open();
    await page.keyboard.type('Site d’Etalab');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Lien' }).click();
    const url = page.getByLabel('Adresse du lien (https://, http:// ou mailto:)');
    await url.fill('javascript:alert(1)');
    await url.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Adresse refusée');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await url.fill('https://www.etalab.gouv.fr');
    await url.press('Enter');
    await expect.poll(() => emitted(page)).toEqual([
      { type: 'paragraph', children: [{ type: 'link', url: 'https://www.etalab.gouv.fr', children: [{ type: 'text', text: 'Site d’Etalab' }] }] },
    ]);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await field(page).locator('a').getAttribute('href')).toBe('https://www.etalab.gouv.fr');
    await page.close();
  });

  it('makes sub-headings and numbered lists, removes a link, and undoes and redoes with the keys', async () => {
    const page = await open();
    await page.keyboard.type('Résultats');
    await page.getByRole('button', { name: 'Intertitre 2' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Liste numérotée' }).click();
    await page.keyboard.type('Premier jalon');
    await expect.poll(() => emitted(page)).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Résultats' }] },
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Premier jalon' }] }] },
    ]);
    await setValue(page, [{ type: 'paragraph', children: [{ type: 'link', url: 'https://www.etalab.gouv.fr', children: [{ type: 'text', text: 'Etalab' }] }] }]);
    await field(page).getByText('Etalab').click();
    await page.getByRole('button', { name: 'Lien', pressed: true }).click();
    expect(await page.getByLabel('Adresse du lien (https://, http:// ou mailto:)').inputValue()).toBe('https://www.etalab.gouv.fr');
    await page.getByRole('button', { name: 'Supprimer le lien' }).click();
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Etalab' }] }]);
    // Undo and redo are the editor bar's and the keys', not repeated in each field's toolbar.
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Annuler' }).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'link', url: 'https://www.etalab.gouv.fr', children: [{ type: 'text', text: 'Etalab' }] }] }]);
    await page.keyboard.press('Control+y');
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Etalab' }] }]);
    await page.close();
  });

  it('inserts a 3×3 table with a header row, and adds a column from the table tools', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Tableau' }).click();
    await page.keyboard.type('Jalon');
    await expect.poll(async () => (await emitted(page))?.find((b) => b.type === 'table')).toMatchObject({
      type: 'table',
      headerRow: true,
      rows: [[{ children: [{ type: 'text', text: 'Jalon' }] }, { children: [] }, { children: [] }], [{}, {}, {}], [{}, {}, {}]],
    });
    expect(await field(page).locator('th').count()).toBe(3);
    await page.getByRole('toolbar', { name: 'Tableau sélectionné' }).getByRole('button', { name: 'Colonne à droite' }).click();
    await expect.poll(async () => (await emitted(page))?.find((b) => b.type === 'table')).toMatchObject({ headerRow: true, rows: [[{}, {}, {}, {}], [{}, {}, {}, {}], [{}, {}, {}, {}]] });
    await page.close();
  });

  it('inserts a footnote at the caret, with the text typed in its form', async () => {
    const page = await open();
    await page.keyboard.type('Taux de réponse de 92 %');
    await page.getByRole('button', { name: 'Note' }).click();
    const text = page.getByLabel('Texte de la note');
    await text.fill('Source : enquête 2023.');
    await text.press('Enter');
    await page.keyboard.type(' en 2023.');
    await expect.poll(() => emitted(page)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Taux de réponse de 92 %' },
          { type: 'footnote', children: [{ type: 'text', text: 'Source : enquête 2023.' }] },
          { type: 'text', text: ' en 2023.' },
        ],
      },
    ]);
    expect(await field(page).locator('sup').textContent()).toBe('Source : enquête 2023.');
    await page.close();
  });

  it('pastes hostile HTML as clean text, and none of its script ever runs', async () => {
    // Without the app's CSP, so that only the cleaner stands between the HTML and the page.
    const page = await open('csp=off');
    const hostile = [
      '<p>Avant <b>gras</b><img src="x" onerror="window.__pwned=\'img\'"> après</p>',
      '<script>window.__pwned="script"</script>',
      '<p><a href="javascript:window.__pwned=\'link\'">lien piégé</a> et <a href="https://www.etalab.gouv.fr" onclick="window.__pwned=\'click\'">Etalab</a></p>',
      '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe><svg onload="window.__pwned=\'svg\'"></svg>',
      '<p style="color:red" onmouseover="window.__pwned=\'hover\'">Fin</p>',
    ].join('');
    await page.evaluate((html) => {
      const g = globalThis as unknown as {
        document: { getElementById(id: string): { dispatchEvent(event: unknown): boolean } };
        DataTransfer: new () => { setData(type: string, data: string): void };
        ClipboardEvent: new (type: string, init: object) => unknown;
      };
      const data = new g.DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'texte');
      g.document.getElementById('field').dispatchEvent(new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, hostile);
    await expect.poll(() => emitted(page)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Avant ' }, { type: 'text', text: 'gras', bold: true }, { type: 'text', text: ' après' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'lien piégé et ' }, { type: 'link', url: 'https://www.etalab.gouv.fr', children: [{ type: 'text', text: 'Etalab' }] }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Fin' }] },
    ]);
    await field(page).getByText('Fin').hover();
    await field(page).getByText('Etalab').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__pwned)).toBeUndefined();
    const html = await field(page).innerHTML();
    expect(html).not.toMatch(/<(script|iframe|svg|img)|\son\w+=|javascript:|style="color/i);
    await page.close();
  });

  it('keeps the last keystrokes when the focus leaves at once, and Tab outside a list leaves the field', async () => {
    const page = await open();
    await page.keyboard.type('Écrit puis quitté');
    await page.keyboard.press('Tab');
    // Read at once: no waiting for the pause after typing.
    expect(await emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Écrit puis quitté' }] }]);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('next');
    await page.close();
  });

  it('keeps the last keystrokes when the field goes away', async () => {
    const page = await open();
    await page.keyboard.type('Dernier mot');
    await page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__unmount());
    expect(await emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Dernier mot' }] }]);
    await page.close();
  });

  it('hands its waiting edits over when asked, once, and keeps them one undo step', async () => {
    const page = await open();
    await page.keyboard.type('Premier jet');
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Premier jet' }] }]);
    // Typed, then asked for at once (well before the field's own pause would hand it over): the
    // value is emitted while the caller waits, and asking again emits nothing more.
    const asked = await page.evaluate(async () => {
      const page = globalThis as unknown as FieldPageGlobals & { document: { execCommand(command: string, ui: boolean, value: string): boolean } };
      const before = page.__changes;
      page.document.execCommand('insertText', false, ' relu');
      // Lexical commits the keystroke on its own update, a task later.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const waiting = page.__changes === before;
      page.__flushPendingEdits();
      const once = { changes: page.__changes - before, value: page.__value };
      page.__flushPendingEdits();
      return { waiting, ...once, again: page.__changes - before };
    });
    expect(asked.waiting).toBe(true);
    expect(asked.changes).toBe(1);
    expect(asked.again).toBe(1);
    expect(asked.value).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Premier jet relu' }] }]);
    // Handing the text over early is not a reload: the caret stays and typing goes on.
    await page.keyboard.type(' et corrigé');
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Premier jet relu et corrigé' }] }]);
    // The field's own undo still works across the early hand-over, and its result reaches the owner.
    await page.keyboard.press('Control+z');
    await expect.poll(() => field(page).textContent()).not.toBe('Premier jet relu et corrigé');
    await expect.poll(async () => JSON.stringify(await emitted(page))).toBe(JSON.stringify([{ type: 'paragraph', children: [{ type: 'text', text: (await field(page).textContent()) ?? '' }] }]));
    await page.close();
  });

  it('reloads when the value changes from outside, and is not disturbed by its own value coming back', async () => {
    const page = await open();
    await page.keyboard.type('Bonjour');
    await expect.poll(() => emitted(page)).toBeDefined();
    // The page echoes each value back, as the store does; typing goes on where it was.
    await page.keyboard.type(' à tous');
    await expect.poll(() => emitted(page)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour à tous' }] }]);
    await setValue(page, [{ type: 'paragraph', children: [{ type: 'text', text: 'Une autre fiche' }] }]);
    await expect.poll(() => field(page).textContent()).toBe('Une autre fiche');
    // What was typed before the reload is not one undo away.
    await field(page).focus();
    await page.keyboard.press('Control+z');
    expect(await field(page).textContent()).toBe('Une autre fiche');
    await page.close();
  });

  it('speaks English when the interface is in English', async () => {
    const page = await open('ui=en');
    expect(await page.getByRole('toolbar', { name: 'Formatting: Résultats' }).count()).toBe(1);
    await page.keyboard.type('Etalab');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Link' }).click();
    const url = page.getByLabel('Link address (https://, http:// or mailto:)');
    await url.fill('data:text/html,<script>alert(1)</script>');
    await url.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('Address refused');
    await page.close();
  });

  it('shows existing images with their alternative text editable', async () => {
    const page = await open('sample=1');
    expect(await field(page).getByRole('img', { name: 'Graphique des jalons' }).count()).toBe(1);
    const alt = page.getByLabel('Texte alternatif de l’image');
    // Typed for real: the editor around the box must leave its keys alone (Ctrl+A, Backspace).
    await alt.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Graphique des jalons atteints en 20233');
    await page.keyboard.press('Backspace');
    await alt.blur();
    await expect.poll(async () => (await emitted(page))?.find((b) => b.type === 'image')).toEqual({
      type: 'image',
      media: 'chart',
      alt: 'Graphique des jalons atteints en 2023',
    });
    await page.close();
  });

  it('is read-only on request: no toolbar, no editing', async () => {
    const page = await open('sample=1&readonly=1');
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await field(page).getAttribute('contenteditable')).toBe('false');
    await page.keyboard.type('rien');
    expect(await field(page).textContent()).not.toContain('rien');
    await page.close();
  });

  it('looks sober: a screenshot of a field with every kind of content', async () => {
    const page = await open();
    await setValue(page, [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Jalon 1 : publier les données' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Le ministère a publié ' },
          { type: 'text', text: '42 jeux de données', bold: true },
          { type: 'text', text: ' sur ' },
          { type: 'link', url: 'https://www.data.gouv.fr', children: [{ type: 'text', text: 'data.gouv.fr' }] },
          { type: 'footnote', children: [{ type: 'text', text: 'Au 31 décembre 2023.' }] },
          { type: 'text', text: ', dont ', italic: true },
          { type: 'text', text: 'les budgets.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          { children: [{ type: 'text', text: 'Budgets votés' }], sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'par mission' }] }] } },
          { children: [{ type: 'text', text: 'Comptes publics' }] },
        ],
      },
      {
        type: 'table',
        headerRow: true,
        rows: [
          [{ children: [{ type: 'text', text: 'Jalon' }] }, { children: [{ type: 'text', text: 'Échéance' }] }, { children: [{ type: 'text', text: 'État' }] }],
          [{ children: [{ type: 'text', text: 'Publication' }] }, { children: [{ type: 'text', text: '2023' }] }, { children: [{ type: 'text', text: 'Achevé' }] }],
        ],
      },
    ]);
    await field(page).getByText('Publication').click();
    await page.getByRole('toolbar', { name: 'Tableau sélectionné' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'rich-text-field.png'), fullPage: true });
    await page.close();
  });

  it('runs under the app’s Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});

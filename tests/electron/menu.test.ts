import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu.js';

/** Every item of a menu template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('opens a report and quits, labelled in the user’s language', () => {
    const open = vi.fn();
    const fr = items(menuTemplate('fr', { open }, 'linux'));
    const en = items(menuTemplate('en', { open }, 'linux'));
    expect(fr.find((i) => i.id === 'open')?.label).toBe('Ouvrir un rapport…');
    expect(en.find((i) => i.id === 'open')?.label).toBe('Open report…');
    expect(fr.find((i) => i.id === 'quit')).toMatchObject({ role: 'quit', label: 'Quitter Bilan' });
    (fr.find((i) => i.id === 'open')!.click as () => void)();
    expect(open).toHaveBeenCalledOnce();
  });

  it('holds only items that work: an action or a built-in role, each labelled', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        for (const item of items(menuTemplate(lang, { open: () => undefined }, platform))) {
          if (item.type === 'separator') continue;
          expect(item.label, JSON.stringify(item)).toBeTruthy();
          expect(item.click !== undefined || item.role !== undefined || Array.isArray(item.submenu), JSON.stringify(item)).toBe(true);
        }
      }
    }
  });
});

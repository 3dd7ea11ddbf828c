import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/model/localized.js';
import { mainT } from './i18n/messages.js';

/** What the menu's own items do; the rest are Electron roles that work on their own. */
export interface MenuActions {
  open(): void;
}

/**
 * The application menu in a language. Only items that work: Open, Quit, the editing commands
 * and (on macOS) the window commands. Imports only types from `electron`, so it is tested as data.
 */
export function menuTemplate(lang: Lang, actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const l = (key: Parameters<typeof mainT>[1]) => mainT(lang, key);
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: l('menu.file'),
    submenu: [
      { id: 'open', label: l('menu.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      ...(mac ? [] : [{ type: 'separator' as const }, { id: 'quit', label: l('menu.quit'), role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l('menu.edit'),
    submenu: [
      { label: l('menu.undo'), role: 'undo' },
      { label: l('menu.redo'), role: 'redo' },
      { type: 'separator' },
      { label: l('menu.cut'), role: 'cut' },
      { label: l('menu.copy'), role: 'copy' },
      { label: l('menu.paste'), role: 'paste' },
      { label: l('menu.selectAll'), role: 'selectAll' },
    ],
  };
  if (!mac) return [file, edit];
  const appMenu: MenuItemConstructorOptions = { label: 'Bilan', submenu: [{ id: 'quit', label: l('menu.quit'), role: 'quit' }] };
  const window: MenuItemConstructorOptions = {
    label: l('menu.window'),
    submenu: [
      { label: l('menu.minimize'), role: 'minimize' },
      { label: l('menu.close'), role: 'close' },
    ],
  };
  return [appMenu, file, edit, window];
}

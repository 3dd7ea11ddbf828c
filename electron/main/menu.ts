import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, OpenDocumentKind } from '../../shared/ipc/dto.js';
import type { Lang } from '../../shared/model/localized.js';
import type { ZoomDirection } from '../../shared/view/zoom.js';
import { mainT } from './i18n/messages.js';

/** What the menu's own items do; the rest are Electron roles that work on their own. */
export interface MenuActions {
  newReport(templateId: string): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** A command the window carries out with the report it holds (save, undo…). */
  send(command: MenuCommand): void;
  /** Zooms the window in, out or back to its actual size (and remembers it). */
  zoom(direction: ZoomDirection): void;
}

/** What the menu lists (the installed templates, the recently used files) and what the window holds. */
export interface MenuContent {
  templates: { id: string; name: { fr: string; en: string } }[];
  recent: string[];
  /** The kind of document open in the window; the menu offers only what applies to it. */
  document: OpenDocumentKind;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The application menu in a language, for what the window holds. Only items that work: New,
 * Open, Open recent, Save, Save as, Quit, the editing commands and (on macOS) the window
 * commands. With nothing open, the commands on a document are shown disabled; with a
 * contribution package open, the coordinator's (export, prepare and import packages) give way
 * to the contributor's: "before sending" (what is missing, the preview) and "send to the
 * coordinator".
 * Save, Undo and Redo show their shortcuts without registering them: the page handles the keys
 * itself, so that inside a text field they act on the text, and outside it on the whole report;
 * so do Find and Replace (the page's find panel). The View menu (Affichage) switches the
 * languages shown and zooms the window (Ctrl +, Ctrl −, Ctrl 0), the main process keeping the zoom.
 * Imports only types from `electron`, so it is tested as data.
 */
export function menuTemplate(lang: Lang, actions: MenuActions, content: MenuContent, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const l = (key: Parameters<typeof mainT>[1]) => mainT(lang, key);
  const mac = platform === 'darwin';
  const onDocument = (item: MenuItemConstructorOptions): MenuItemConstructorOptions => (content.document === 'none' ? { ...item, enabled: false } : item);
  const coordinator: MenuItemConstructorOptions[] =
    content.document === 'package'
      ? [
          // The contributor's own commands: what is missing (with the preview), and the send.
          { type: 'separator' },
          { id: 'before-sending', label: l('menu.beforeSending'), click: () => actions.send('beforeSending') },
          { id: 'send-package', label: l('menu.sendPackage'), click: () => actions.send('sendPackage') },
        ]
      : [
          { type: 'separator' },
          onDocument({ id: 'export', label: l('menu.export'), accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => actions.send('export') }),
          onDocument({ id: 'cut-packages', label: l('menu.cutPackages'), click: () => actions.send('cutPackages') }),
          onDocument({ id: 'import-packages', label: l('menu.importPackages'), click: () => actions.send('importPackages') }),
        ];
  const recent: MenuItemConstructorOptions[] =
    content.recent.length === 0
      ? [{ id: 'no-recent', label: l('menu.noRecent'), enabled: false }]
      : [
          ...content.recent.map((path, i) => ({ id: `recent-${i}`, label: fileName(path), toolTip: path, click: () => actions.openRecent(path) })),
          { type: 'separator' as const },
          { id: 'clear-recent', label: l('menu.clearRecent'), click: () => actions.clearRecent() },
        ];
  const file: MenuItemConstructorOptions = {
    label: l('menu.file'),
    submenu: [
      { id: 'new', label: l('menu.new'), submenu: content.templates.map((t) => ({ id: `new-${t.id}`, label: t.name[lang], click: () => actions.newReport(t.id) })) },
      { id: 'open', label: l('menu.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { id: 'open-recent', label: l('menu.openRecent'), submenu: recent },
      { id: 'import-docx', label: l('menu.importDocx'), click: () => actions.send('importDocx') },
      { type: 'separator' },
      onDocument({ id: 'save', label: l('menu.save'), accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => actions.send('save') }),
      onDocument({ id: 'save-as', label: l('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.send('saveAs') }),
      ...coordinator,
      ...(mac ? [] : [{ type: 'separator' as const }, { id: 'quit', label: l('menu.quit'), role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l('menu.edit'),
    submenu: [
      onDocument({ id: 'undo', label: l('menu.undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.send('undo') }),
      onDocument({ id: 'redo', label: l('menu.redo'), accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', registerAccelerator: false, click: () => actions.send('redo') }),
      { type: 'separator' },
      { label: l('menu.cut'), role: 'cut' },
      { label: l('menu.copy'), role: 'copy' },
      { label: l('menu.paste'), role: 'paste' },
      { label: l('menu.selectAll'), role: 'selectAll' },
      { type: 'separator' },
      // The page takes Ctrl+F and Ctrl+H itself (its find panel); Cmd+H hides an app on macOS.
      onDocument({ id: 'find', label: l('menu.find'), accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.send('find') }),
      onDocument({ id: 'replace', label: l('menu.replace'), accelerator: mac ? 'Cmd+Alt+F' : 'Ctrl+H', registerAccelerator: mac, click: () => actions.send('replace') }),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l('menu.view'),
    submenu: [
      onDocument({ id: 'view-both', label: l('menu.viewBoth'), click: () => actions.send('viewBoth') }),
      onDocument({ id: 'view-fr', label: l('menu.viewFr'), click: () => actions.send('viewFr') }),
      onDocument({ id: 'view-en', label: l('menu.viewEn'), click: () => actions.send('viewEn') }),
      // The page takes Ctrl+F2 itself (Word's print preview key), as it does Ctrl+F.
      onDocument({ id: 'preview', label: l('menu.preview'), accelerator: 'CmdOrCtrl+F2', registerAccelerator: false, click: () => actions.send('preview') }),
      { type: 'separator' },
      { id: 'zoom-in', label: l('menu.zoomIn'), accelerator: 'CmdOrCtrl+Plus', click: () => actions.zoom('in') },
      // Ctrl+= too, the key a keyboard without a "+" of its own gives (hidden: one line in the menu).
      { id: 'zoom-in-equal', label: l('menu.zoomIn'), accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: () => actions.zoom('in') },
      { id: 'zoom-out', label: l('menu.zoomOut'), accelerator: 'CmdOrCtrl+-', click: () => actions.zoom('out') },
      { id: 'actual-size', label: l('menu.actualSize'), accelerator: 'CmdOrCtrl+0', click: () => actions.zoom('reset') },
    ],
  };
  if (!mac) return [file, edit, view];
  const appMenu: MenuItemConstructorOptions = { label: 'Bilan', submenu: [{ id: 'quit', label: l('menu.quit'), role: 'quit' }] };
  const window: MenuItemConstructorOptions = {
    label: l('menu.window'),
    submenu: [
      { label: l('menu.minimize'), role: 'minimize' },
      { label: l('menu.close'), role: 'close' },
    ],
  };
  return [appMenu, file, edit, view, window];
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions, type MenuContent } from '../../electron/main/menu.js';
import { OPEN_DOCUMENT_KINDS } from '../../shared/ipc/channels.js';

/** Every item of a menu template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const actions = (): MenuActions => ({ newReport: vi.fn(), open: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), send: vi.fn(), zoom: vi.fn() });
const content: MenuContent = {
  templates: [{ id: 'ogp-end-of-term', name: { fr: 'Rapport de fin de mandat', en: 'End-of-term report' } }],
  recent: ['/home/a/rapport.bilan', '/home/a/ancien.bilan'],
  document: 'report',
};
const DOCUMENT_COMMANDS = ['save', 'save-as', 'export', 'cut-packages', 'import-packages', 'undo', 'redo', 'find', 'replace', 'view-both', 'view-fr', 'view-en', 'preview'];
const COORDINATOR_COMMANDS = ['export', 'cut-packages', 'import-packages'];
/** The File menu's items, in order. */
const fileMenu = (template: MenuItemConstructorOptions[], lang: 'fr' | 'en') => template.find((m) => m.label === (lang === 'fr' ? 'Fichier' : 'File'))!.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the application menu', () => {
  it('opens a report and quits, labelled in the user’s language', () => {
    const act = actions();
    const fr = items(menuTemplate('fr', act, content, 'linux'));
    const en = items(menuTemplate('en', act, content, 'linux'));
    expect(fr.find((i) => i.id === 'open')?.label).toBe('Ouvrir un rapport…');
    expect(en.find((i) => i.id === 'open')?.label).toBe('Open report…');
    expect(fr.find((i) => i.id === 'quit')).toMatchObject({ role: 'quit', label: 'Quitter Bilan' });
    click(fr.find((i) => i.id === 'open'));
    expect(act.open).toHaveBeenCalledOnce();
  });

  it('creates a report from each installed template', () => {
    const act = actions();
    const newItem = items(menuTemplate('fr', act, content, 'linux')).find((i) => i.id === 'new');
    expect(newItem?.label).toBe('Nouveau à partir d’un modèle');
    const entry = (newItem!.submenu as MenuItemConstructorOptions[])[0];
    expect(entry?.label).toBe('Rapport de fin de mandat');
    click(entry);
    expect(act.newReport).toHaveBeenCalledWith('ogp-end-of-term');
  });

  it('lists the recent files by name and opens the one chosen', () => {
    const act = actions();
    const all = items(menuTemplate('en', act, content, 'linux'));
    expect(all.filter((i) => i.id?.startsWith('recent-')).map((i) => i.label)).toEqual(['rapport.bilan', 'ancien.bilan']);
    click(all.find((i) => i.id === 'recent-1'));
    expect(act.openRecent).toHaveBeenCalledWith('/home/a/ancien.bilan');
    click(all.find((i) => i.id === 'clear-recent'));
    expect(act.clearRecent).toHaveBeenCalledOnce();
    const none = items(menuTemplate('en', act, { ...content, recent: [] }, 'linux')).find((i) => i.id === 'no-recent');
    expect(none).toMatchObject({ label: 'No recent report', enabled: false });
  });

  it('sends Save, Save as, Undo and Redo to the window, leaving their keys to the page', () => {
    const act = actions();
    const all = items(menuTemplate('en', act, content, 'win32'));
    for (const [id, command] of [['save', 'save'], ['save-as', 'saveAs'], ['undo', 'undo'], ['redo', 'redo']] as const) {
      click(all.find((i) => i.id === id));
      expect(act.send).toHaveBeenLastCalledWith(command);
    }
    expect(all.find((i) => i.id === 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(all.find((i) => i.id === 'save')).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
  });

  it('opens the export dialog from File > Export… (Ctrl+E, handled by the page)', () => {
    const act = actions();
    const item = items(menuTemplate('fr', act, content, 'linux')).find((i) => i.id === 'export');
    expect(item).toMatchObject({ label: 'Exporter…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false });
    click(item);
    expect(act.send).toHaveBeenLastCalledWith('export');
  });

  it('with nothing open, shows the commands on a document greyed out, and still creates, opens and quits', () => {
    for (const lang of ['fr', 'en'] as const) {
      const all = items(menuTemplate(lang, actions(), { ...content, document: 'none' }, 'linux'));
      for (const id of DOCUMENT_COMMANDS) expect(all.find((i) => i.id === id), id).toMatchObject({ enabled: false });
      for (const id of ['new', 'open', 'open-recent', 'recent-0', 'quit']) expect(all.find((i) => i.id === id)?.enabled, id).not.toBe(false);
    }
    const act = actions();
    const fr = items(menuTemplate('fr', act, { ...content, document: 'none' }, 'linux'));
    expect(fr.find((i) => i.id === 'import-packages')).toMatchObject({ label: 'Importer des paquets…', enabled: false });
    // A Word document makes a new report: offered with nothing open, and the window asks for it.
    const word = fr.find((i) => i.id === 'import-docx');
    expect(word).toMatchObject({ label: 'Importer un document Word…' });
    expect(word?.enabled).not.toBe(false);
    click(word);
    expect(act.send).toHaveBeenLastCalledWith('importDocx');
  });

  it('with a contribution package open, leaves out export and the coordinator’s packages, and still saves and undoes', () => {
    for (const lang of ['fr', 'en'] as const) {
      const act = actions();
      const all = items(menuTemplate(lang, act, { ...content, document: 'package' }, 'win32'));
      for (const id of COORDINATOR_COMMANDS) expect(all.find((i) => i.id === id), id).toBeUndefined();
      for (const id of ['save', 'save-as', 'undo', 'redo']) expect(all.find((i) => i.id === id)?.enabled, id).not.toBe(false);
      click(all.find((i) => i.id === 'save'));
      expect(act.send).toHaveBeenLastCalledWith('save');
    }
    const act = actions();
    const en = fileMenu(menuTemplate('en', act, { ...content, document: 'package' }, 'linux'), 'en');
    expect(en.map((i) => i.label ?? '—')).toEqual(['New from template', 'Open report…', 'Open recent', 'Import a Word document…', '—', 'Save', 'Save as…', '—', 'Before sending…', 'Prepare for sending…', '—', 'Quit Bilan']);
    // The contributor's own commands reach the window.
    for (const [id, command] of [['before-sending', 'beforeSending'], ['send-package', 'sendPackage']] as const) {
      click(items(menuTemplate('fr', act, { ...content, document: 'package' }, 'linux')).find((i) => i.id === id));
      expect(act.send).toHaveBeenLastCalledWith(command);
    }
    // A report open offers neither.
    expect(items(menuTemplate('en', act, content, 'linux')).find((i) => i.id === 'send-package')).toBeUndefined();
  });

  it('with a report open, offers every command, export and packages included', () => {
    const act = actions();
    const all = items(menuTemplate('en', act, content, 'linux'));
    for (const id of DOCUMENT_COMMANDS) expect(all.find((i) => i.id === id)?.enabled, id).not.toBe(false);
    for (const [id, command] of [['cut-packages', 'cutPackages'], ['import-packages', 'importPackages']] as const) {
      click(all.find((i) => i.id === id));
      expect(act.send).toHaveBeenLastCalledWith(command);
    }
  });

  it('holds only items that work: an action, a built-in role or a submenu, each labelled, separators only between groups', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        for (const document of OPEN_DOCUMENT_KINDS) {
          const template = menuTemplate(lang, actions(), { ...content, document }, platform);
          for (const item of items(template)) {
            if (item.type === 'separator') continue;
            expect(item.label, JSON.stringify(item)).toBeTruthy();
            expect(item.click !== undefined || item.role !== undefined || Array.isArray(item.submenu) || item.enabled === false, JSON.stringify(item)).toBe(true);
          }
          const kinds = fileMenu(template, lang).map((i) => i.type ?? 'normal').join(' ');
          expect(kinds, `${platform} ${lang} ${document}`).not.toMatch(/^separator|separator separator|separator$/);
        }
      }
    }
  });

  it('has a View menu (Affichage): the languages shown, then zoom in, zoom out and actual size with their keys', () => {
    const act = actions();
    const template = menuTemplate('fr', act, content, 'linux');
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage']);
    const view = template.find((m) => m.label === 'Affichage')!.submenu as MenuItemConstructorOptions[];
    expect(view.filter((i) => i.visible !== false).map((i) => i.label ?? '—')).toEqual(['Français et anglais côte à côte', 'Français seulement', 'Anglais seulement', 'Aperçu avant impression', '—', 'Zoom avant', 'Zoom arrière', 'Taille réelle']);
    const all = items(template);
    // The print preview's key is the page's (Word's Ctrl+F2), shown in the menu.
    expect(all.find((i) => i.id === 'preview')).toMatchObject({ accelerator: 'CmdOrCtrl+F2', registerAccelerator: false });
    for (const [id, command] of [['view-both', 'viewBoth'], ['view-fr', 'viewFr'], ['view-en', 'viewEn'], ['preview', 'preview']] as const) {
      click(all.find((i) => i.id === id));
      expect(act.send).toHaveBeenLastCalledWith(command);
    }
    // The zoom is the main process's: its keys are the menu's own, Ctrl+= as well as Ctrl++.
    for (const [id, direction, accelerator] of [['zoom-in', 'in', 'CmdOrCtrl+Plus'], ['zoom-in-equal', 'in', 'CmdOrCtrl+='], ['zoom-out', 'out', 'CmdOrCtrl+-'], ['actual-size', 'reset', 'CmdOrCtrl+0']] as const) {
      const item = all.find((i) => i.id === id)!;
      expect(item.accelerator).toBe(accelerator);
      expect(item.registerAccelerator).not.toBe(false);
      click(item);
      expect(act.zoom).toHaveBeenLastCalledWith(direction);
    }
    expect(all.find((i) => i.id === 'zoom-in-equal')).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
    expect(menuTemplate('en', act, content, 'linux').map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    expect(menuTemplate('en', act, content, 'darwin').map((m) => m.label)).toEqual(['Bilan', 'File', 'Edit', 'View', 'Window']);
  });

  it('zooms with nothing open, and leaves the languages shown greyed out then', () => {
    const all = items(menuTemplate('en', actions(), { ...content, document: 'none' }, 'linux'));
    for (const id of ['zoom-in', 'zoom-out', 'actual-size']) expect(all.find((i) => i.id === id)?.enabled, id).not.toBe(false);
    for (const id of ['view-both', 'view-fr', 'view-en']) expect(all.find((i) => i.id === id)?.enabled, id).toBe(false);
  });

  it('opens find and replace in the window from Edit, leaving Ctrl+F and Ctrl+H to the page', () => {
    const act = actions();
    const all = items(menuTemplate('fr', act, content, 'win32'));
    expect(all.find((i) => i.id === 'find')).toMatchObject({ label: 'Rechercher…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false });
    expect(all.find((i) => i.id === 'replace')).toMatchObject({ label: 'Remplacer…', accelerator: 'Ctrl+H', registerAccelerator: false });
    click(all.find((i) => i.id === 'find'));
    expect(act.send).toHaveBeenLastCalledWith('find');
    click(all.find((i) => i.id === 'replace'));
    expect(act.send).toHaveBeenLastCalledWith('replace');
    // Cmd+H hides an application on macOS: Replace takes Cmd+Alt+F there, from the menu itself.
    expect(items(menuTemplate('en', act, content, 'darwin')).find((i) => i.id === 'replace')).toMatchObject({ accelerator: 'Cmd+Alt+F', registerAccelerator: true });
  });
});

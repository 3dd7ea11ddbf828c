import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MenuCommand } from '../../../../shared/ipc/dto.js';
import { menuCommands, reportsOpened } from '../../host/events.js';
import { useT } from '../../i18n/useT.js';
import type { UiKey } from '../../i18n/translate.js';
import { useBilan } from '../../store/index.js';
import { openDocumentKind } from '../../store/menu-state.js';
import { useZoom, zoom, zoomKey } from './zoom.js';
import './page-menu.css';

/** One item of a menu: its label, its shortcut as shown and as `aria-keyshortcuts`, what it does. */
interface Item {
  id: string;
  label: string;
  keys?: { shown: string; aria: string };
  disabled?: boolean;
  /** The current choice among its neighbours (the languages shown). */
  checked?: boolean;
  run(): void;
}

const send = (command: MenuCommand) => () => menuCommands.send(command);

/** What the desktop app's main process does for New: the report it opens reaches the page as an opened report. */
const newReport = (templateId: string) => () => void window.api.newReport(templateId).then((reply) => reportsOpened.send(reply));

const keys = (shown: string, aria: string) => ({ shown, aria });

/** The native menu's items, following what the page holds (electron/main/menu.ts). */
function useMenus(): { id: string; label: string; items: Item[] }[] {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const templates = useBilan((s) => s.templates);
  const kind = useBilan(openDocumentKind);
  const canUndo = useBilan((s) => s.history.past.length > 0);
  const canRedo = useBilan((s) => s.history.future.length > 0);
  const langMode = useBilan((s) => s.langMode);
  const factor = useZoom((s) => s.factor);
  const none = kind === 'none';
  const l = (key: UiKey) => t(key);
  const file: Item[] = [
    ...templates.map((tpl) => ({ id: `new-${tpl.id}`, label: t('menu.new', { name: tpl.name[lang] }), run: newReport(tpl.id) })),
    { id: 'open', label: l('menu.open'), keys: keys('Ctrl+O', 'Control+O'), run: () => void useBilan.getState().chooseAndOpen() },
    { id: 'import-docx', label: l('menu.importDocx'), run: send('importDocx') },
    { id: 'save', label: l('menu.save'), keys: keys('Ctrl+S', 'Control+S'), disabled: none, run: send('save') },
    { id: 'save-as', label: l('menu.saveAs'), keys: keys(lang === 'fr' ? 'Ctrl+Maj+S' : 'Ctrl+Shift+S', 'Control+Shift+S'), disabled: none, run: send('saveAs') },
    ...(kind === 'package'
      ? [
          { id: 'before-sending', label: l('menu.beforeSending'), run: send('beforeSending') },
          { id: 'send-package', label: l('menu.sendPackage'), run: send('sendPackage') },
        ]
      : [
          { id: 'export', label: l('menu.export'), keys: keys('Ctrl+E', 'Control+E'), disabled: none, run: send('export') },
          { id: 'cut-packages', label: l('menu.cutPackages'), disabled: none, run: send('cutPackages') },
          { id: 'import-packages', label: l('menu.importPackages'), disabled: none, run: send('importPackages') },
        ]),
  ];
  const edit: Item[] = [
    { id: 'undo', label: l('menu.undo'), keys: keys('Ctrl+Z', 'Control+Z'), disabled: none || !canUndo, run: send('undo') },
    { id: 'redo', label: l('menu.redo'), keys: keys('Ctrl+Y', 'Control+Y'), disabled: none || !canRedo, run: send('redo') },
    { id: 'find', label: l('menu.find'), keys: keys('Ctrl+F', 'Control+F'), disabled: none, run: send('find') },
    { id: 'replace', label: l('menu.replace'), keys: keys('Ctrl+H', 'Control+H'), disabled: none, run: send('replace') },
  ];
  // The languages shown are marked as the current choice; the zoom says where it stands.
  const view: Item[] = [
    { id: 'view-both', label: l('menu.viewBoth'), checked: !none && langMode === 'both', disabled: none, run: send('viewBoth') },
    { id: 'view-fr', label: l('menu.viewFr'), checked: !none && langMode === 'fr', disabled: none, run: send('viewFr') },
    { id: 'view-en', label: l('menu.viewEn'), checked: !none && langMode === 'en', disabled: none, run: send('viewEn') },
    { id: 'preview', label: l('menu.preview'), keys: keys('Ctrl+F2', 'Control+F2'), disabled: none, run: send('preview') },
    { id: 'zoom-in', label: l('menu.zoomIn'), keys: keys('Ctrl++', 'Control+Plus'), run: () => zoom('in') },
    { id: 'zoom-out', label: l('menu.zoomOut'), keys: keys('Ctrl+−', 'Control+Minus'), run: () => zoom('out') },
    { id: 'actual-size', label: t('menu.actualSizeAt', { percent: Math.round(factor * 100) }), keys: keys('Ctrl+0', 'Control+0'), run: () => zoom('reset') },
  ];
  return [
    { id: 'file', label: l('menu.file'), items: file },
    { id: 'edit', label: l('menu.edit'), items: edit },
    { id: 'view', label: l('menu.view'), items: view },
  ];
}

/**
 * The shortcuts the native menu gives that the editor does not handle itself: Ctrl+O opens a
 * file anywhere, Ctrl+S on the start screen is kept from the browser (its "save page"), and
 * Ctrl +, Ctrl − and Ctrl 0 zoom the page (View menu).
 * Save, export, undo and redo inside a report are the editor's own keys (useEditorKeys).
 */
function useMenuKeys(): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      // The browser's own zoom keys zoom the page itself, remembered for the next visit.
      const direction = zoomKey(event);
      if (direction) {
        event.preventDefault();
        zoom(direction);
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        // Not over a dialog (the export's, the chooser itself): it has the keyboard.
        if (!document.querySelector('dialog[open]')) void useBilan.getState().chooseAndOpen();
      } else if (key === 's' && !useBilan.getState().doc) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** One menu: a disclosure button and, while open, its list of actions. */
function Menu({ id, label, items, open, onOpen, onClose }: { id: string; label: string; items: Item[]; open: boolean; onOpen(): void; onClose(focusButton: boolean): void }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      onClose(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    // Arrow keys move between the items, as in a native menu; Tab still goes through them.
    event.preventDefault();
    if (!open) return onOpen();
    const enabled = [...(list.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? (at + 1) % enabled.length : (at - 1 + enabled.length) % enabled.length;
    enabled[next]?.focus();
  };
  return (
    <li className="fr-nav__item" onKeyDown={onKeyDown}>
      <button type="button" className="fr-nav__btn" aria-expanded={open} aria-controls={`page-menu-${id}`} onClick={() => (open ? onClose(false) : onOpen())}>
        {label}
      </button>
      {open && (
        <div className="fr-menu bilan-page-menu__menu" id={`page-menu-${id}`}>
          <ul ref={list} className="fr-menu__list">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="fr-nav__link bilan-page-menu__item"
                  data-command={item.id}
                  disabled={item.disabled}
                  aria-keyshortcuts={item.keys?.aria}
                  aria-current={item.checked ? 'true' : undefined}
                  onClick={() => {
                    // The focus goes back to the menu's button before the command runs, so that a
                    // dialog it opens returns the focus there when it closes.
                    onClose(true);
                    item.run();
                  }}
                >
                  <span>
                    {item.checked && <span aria-hidden="true">✓ </span>}
                    {item.label}
                  </span>
                  {item.keys && (
                    <kbd className="bilan-page-menu__keys" aria-hidden="true">
                      {item.keys.shown}
                    </kbd>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/**
 * The application menu drawn in the page, for the browser (`bilan serve`), which has no native
 * menu: the same commands, sent to the same listeners as the native menu's, and its shortcuts.
 */
export function PageMenu() {
  const t = useT();
  const menus = useMenus();
  const [open, setOpen] = useState<string | null>(null);
  const nav = useRef<HTMLElement>(null);
  useMenuKeys();
  useEffect(() => {
    if (!open) return;
    // A click or the focus elsewhere closes the menu.
    const away = (event: Event) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);
  return (
    <nav ref={nav} className="fr-nav bilan-page-menu" aria-label={t('menu.label')}>
      <ul className="fr-nav__list">
        {menus.map((menu) => (
          <Menu
            key={menu.id}
            {...menu}
            open={open === menu.id}
            onOpen={() => setOpen(menu.id)}
            onClose={(focusButton) => {
              setOpen(null);
              if (focusButton) nav.current?.querySelector<HTMLButtonElement>(`[aria-controls="page-menu-${menu.id}"]`)?.focus();
            }}
          />
        ))}
      </ul>
    </nav>
  );
}

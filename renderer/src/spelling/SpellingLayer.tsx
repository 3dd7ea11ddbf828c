// Spelling in the report's fields: the view underlines misspelled words (checker-view.ts), and
// a right-click in a field (or Shift+F10, or the context-menu key) opens the field's menu: what
// the word may have been, "Ajouter au dictionnaire", then cut, copy and paste. The menu is the
// page's own, so that it is the same in the desktop window and the browser, and works from the
// keyboard: arrows move, Enter chooses, Escape closes and gives the field its focus back.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { addOwnWord, suggestionsFor } from './client.js';
import { FIELD_SELECTOR, SpellingView, type Misspelling } from './checker-view.js';
import './spelling.css';

type Field = HTMLElement;

/** What the menu was opened on: the field, the selection to give back, and the word if misspelled. */
interface MenuState {
  field: Field;
  x: number;
  y: number;
  /** The selection when the menu opened: offsets in a text control, a range in rich text. */
  selection: { start: number; end: number } | Range | null;
  misspelling: Misspelling | null;
  suggestions: string[] | null;
  notice: string | null;
}

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The field an event happened in, if it is one the checker looks at. */
function fieldOf(target: EventTarget | null): Field | null {
  if (!(target instanceof Node)) return null;
  const el = target instanceof Element ? target : target.parentElement;
  const field = el?.closest<HTMLElement>(FIELD_SELECTOR) ?? null;
  return field && !(isTextControl(field) && field.readOnly) ? field : null;
}

/** Gives the field its focus and selection back. */
function restore(field: Field, selection: MenuState['selection']): void {
  field.focus({ preventScroll: true });
  if (!selection) return;
  if (isTextControl(field) && !(selection instanceof Range)) field.setSelectionRange(selection.start, selection.end);
  else if (selection instanceof Range) {
    const s = getSelection();
    s?.removeAllRanges();
    s?.addRange(selection);
  }
}

/** Puts `text` in place of the selection, as typing would (the editor and the form see an input). */
function insert(text: string): void {
  document.execCommand('insertText', false, text);
}

export default function SpellingLayer() {
  const t = useT();
  const institutions = useBilan((s) => s.report?.institutions);
  const accepted = useMemo(() => {
    const words = new Set<string>();
    for (const i of institutions ?? []) for (const a of [i.acronym?.fr, i.acronym?.en]) if (a) for (const w of a.split(/[^\p{L}\p{M}'’-]+/u)) if (w) words.add(w);
    return words;
  }, [institutions]);
  const view = useRef<SpellingView | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusedSuggestions = useRef<string[] | null>(null);

  useEffect(() => {
    const v = new SpellingView(accepted);
    view.current = v;
    return () => {
      v.dispose();
      view.current = null;
    };
    // Made once: the acronyms as they change are passed on below.
  }, []);
  useEffect(() => view.current?.setAccepted(accepted), [accepted]);

  useEffect(() => {
    const open = (field: Field, x: number, y: number, at: Misspelling | null) => {
      let selection: MenuState['selection'] = null;
      if (isTextControl(field)) selection = { start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
      else {
        const s = getSelection();
        if (s && s.rangeCount > 0 && field.contains(s.getRangeAt(0).startContainer)) selection = s.getRangeAt(0).cloneRange();
      }
      setMenu({ field, x, y, selection, misspelling: at, suggestions: at ? null : [], notice: null });
      if (at) {
        void suggestionsFor(at.lang, at.word).then((suggestions) => setMenu((m) => (m && m.misspelling === at ? { ...m, suggestions } : m)));
      }
    };
    const onContextMenu = (event: MouseEvent) => {
      const field = fieldOf(event.target);
      if (!field || !view.current) return;
      event.preventDefault();
      let at: Misspelling | null = null;
      if (isTextControl(field)) {
        // A right-click on a word: the caret is put in it first, as native menus do.
        at = view.current.misspellingAt(field, { offset: field.selectionStart ?? 0 });
      } else {
        const pos = document.caretPositionFromPoint?.(event.clientX, event.clientY);
        if (pos) at = view.current.misspellingAt(field, { node: pos.offsetNode, offset: pos.offset });
      }
      open(field, event.clientX, event.clientY, at);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const byKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey);
      if (!byKey) return;
      const field = fieldOf(document.activeElement);
      if (!field || !view.current) return;
      event.preventDefault();
      event.stopPropagation();
      let at: Misspelling | null = null;
      let x: number;
      let y: number;
      if (isTextControl(field)) {
        at = view.current.misspellingAt(field, { offset: field.selectionStart ?? 0 });
        const box = field.getBoundingClientRect();
        x = box.left + 16;
        y = box.top + Math.min(box.height, 32);
      } else {
        const s = getSelection();
        const range = s && s.rangeCount > 0 ? s.getRangeAt(0) : null;
        if (range && s?.focusNode) at = view.current.misspellingAt(field, { node: s.focusNode, offset: s.focusOffset });
        const box = (range?.getClientRects()[0] ?? field.getBoundingClientRect()) as DOMRect;
        x = box.left;
        y = box.bottom + 4;
      }
      open(field, x, y, at);
    };
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, []);

  // Opened: kept inside the window, its first item focused. Closed by a click elsewhere.
  useLayoutEffect(() => {
    const el = menuRef.current;
    if (!menu || !el) return;
    const box = el.getBoundingClientRect();
    el.style.left = `${Math.max(4, Math.min(menu.x, window.innerWidth - box.width - 4))}px`;
    el.style.top = `${Math.max(4, menu.y + box.height > window.innerHeight - 4 ? menu.y - box.height : menu.y)}px`;
    // The first item has the focus; once the suggestions come, the first suggestion has it.
    const arrived = menu.suggestions !== null && menu.suggestions.length > 0 && focusedSuggestions.current !== menu.suggestions;
    if (!el.contains(document.activeElement) || arrived) el.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    if (arrived) focusedSuggestions.current = menu.suggestions;
  }, [menu]);
  useEffect(() => {
    if (!menu) return;
    const away = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenu(null);
    };
    const blur = () => setMenu(null);
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      window.removeEventListener('blur', blur);
    };
  }, [menu]);

  if (!menu) return null;
  const close = () => {
    setMenu(null);
    restore(menu.field, menu.selection);
  };
  /** Selects the misspelled word in its field. */
  const selectWord = (m: Misspelling) => {
    menu.field.focus({ preventScroll: true });
    if (isTextControl(m.field)) m.field.setSelectionRange(m.start, m.end);
    else if (m.range) {
      const s = getSelection();
      s?.removeAllRanges();
      s?.addRange(m.range);
    }
  };
  const replaceWith = (word: string) => {
    setMenu(null);
    if (!menu.misspelling) return;
    selectWord(menu.misspelling);
    insert(word);
  };
  const addToDictionary = async () => {
    const m = menu.misspelling;
    if (!m) return;
    const reply = await addOwnWord(m.lang, m.word);
    if (!reply.ok) {
      setMenu({ ...menu, notice: reply.message[useBilan.getState().lang] });
      return;
    }
    close();
  };
  const edit = async (action: 'cut' | 'copy' | 'paste') => {
    setMenu(null);
    restore(menu.field, menu.selection);
    if (action !== 'paste') {
      document.execCommand(action);
      return;
    }
    try {
      insert(await navigator.clipboard.readText());
    } catch {
      setMenu({ ...menu, notice: t('spelling.pasteRefused') });
    }
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
      return;
    }
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next < 0) return;
    event.preventDefault();
    items[next]?.focus();
  };
  const m = menu.misspelling;
  const langName = m ? t(m.lang === 'fr' ? 'spelling.french' : 'spelling.english') : '';
  return (
    <div ref={menuRef} className="bilan-spelling-menu" onKeyDown={onKeyDown}>
      {m && menu.suggestions === null && <p className="bilan-spelling-menu__note">{t('spelling.looking')}</p>}
      {m && menu.suggestions?.length === 0 && (
        <p className="bilan-spelling-menu__note" id="bilan-spelling-note">
          {t('spelling.noSuggestion', { word: m.word, lang: langName })}
        </p>
      )}
      <div role="menu" aria-label={m ? t('spelling.menuWord', { word: m.word }) : t('spelling.menu')} aria-describedby={m && menu.suggestions?.length === 0 ? 'bilan-spelling-note' : undefined}>
        {m &&
          menu.suggestions?.map((s) => (
            <button key={s} type="button" role="menuitem" lang={m.lang} className="bilan-spelling-menu__item bilan-spelling-menu__item--suggestion" onClick={() => replaceWith(s)}>
              {s}
            </button>
          ))}
        {m && (
          <button type="button" role="menuitem" className="bilan-spelling-menu__item" onClick={() => void addToDictionary()}>
            {t('spelling.add', { lang: langName })}
          </button>
        )}
        {m && <div role="separator" className="bilan-spelling-menu__separator" />}
        <button type="button" role="menuitem" className="bilan-spelling-menu__item" aria-keyshortcuts="Control+X" onClick={() => void edit('cut')}>
          <span>{t('spelling.cut')}</span>
          <kbd aria-hidden="true">Ctrl+X</kbd>
        </button>
        <button type="button" role="menuitem" className="bilan-spelling-menu__item" aria-keyshortcuts="Control+C" onClick={() => void edit('copy')}>
          <span>{t('spelling.copy')}</span>
          <kbd aria-hidden="true">Ctrl+C</kbd>
        </button>
        <button type="button" role="menuitem" className="bilan-spelling-menu__item" aria-keyshortcuts="Control+V" onClick={() => void edit('paste')}>
          <span>{t('spelling.paste')}</span>
          <kbd aria-hidden="true">Ctrl+V</kbd>
        </button>
      </div>
      {menu.notice && (
        <p className="bilan-spelling-menu__notice" role="alert">
          {menu.notice}
        </p>
      )}
    </div>
  );
}

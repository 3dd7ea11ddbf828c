import { useEffect, useRef } from 'react';
import { useFind } from './find-store.js';

/** The words selected in the page, when they make a short query (one line): Ctrl+F searches them. */
function selectedWords(): string | undefined {
  const active = document.activeElement;
  let text = '';
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
    text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  } else text = window.getSelection()?.toString() ?? '';
  return text.trim() !== '' && text.length <= 200 && !/[\r\n]/.test(text) ? text : undefined;
}

/**
 * The find shortcuts, anywhere in the editor: Ctrl+F opens the panel (with the words selected,
 * if any) and puts the focus in its search box, Ctrl+H the same with the replacement shown; F3
 * goes to the next match and Shift+F3 to the previous one (opening the panel first if needed).
 */
export function useFindKeys(go: (delta: 1 | -1) => void): void {
  const latest = useRef(go);
  latest.current = go;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      // Not over a modal dialog (export, send): it has the keyboard.
      if (document.querySelector('dialog[open]:modal')) return;
      if (ctrl && !event.shiftKey && (key === 'f' || key === 'h')) {
        event.preventDefault();
        useFind.getState().show(key === 'h', selectedWords());
      } else if (!ctrl && event.key === 'F3') {
        event.preventDefault();
        const find = useFind.getState();
        if (!find.open || find.query === '') find.show(false, selectedWords());
        else latest.current(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { useEffect } from 'react';
import { useBilan } from '../../store/index.js';

/** Whether keys typed in an element belong to its own text (its own undo, its own selection). */
export function isTextEditing(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * The editor's shortcuts: Ctrl+S saves (Ctrl+Shift+S: save as) and Ctrl+E opens the export dialog everywhere; Ctrl+Z, Ctrl+Y and
 * Ctrl+Shift+Z undo and redo across the report when the focus is not in a text field, where
 * they act on the text being typed.
 */
export function useEditorKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const store = useBilan.getState();
      if (key === 'e' && !event.shiftKey) {
        event.preventDefault();
        // A contributor previews the package's cards instead, from "before sending".
        if (store.report?.package) store.showView({ kind: 'contribution' });
        else store.openExport();
        return;
      }
      if (key === 's') {
        event.preventDefault();
        void store.save(event.shiftKey);
        return;
      }
      const undo = key === 'z' && !event.shiftKey;
      const redo = key === 'y' || (key === 'z' && event.shiftKey);
      if (!(undo || redo) || isTextEditing(event.target as Element | null)) return;
      event.preventDefault();
      if (undo) store.undo();
      else store.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

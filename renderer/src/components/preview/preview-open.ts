import { create } from 'zustand';

/**
 * Whether the print preview is open: its own button, View > Print preview and Ctrl+F2 (as in
 * Word) open and close it. Kept outside the panel, which is loaded only once a report is open.
 */
export const usePreviewOpen = create<{ open: boolean; setOpen(open: boolean): void; toggle(): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}));

/** Ctrl+F2 (Cmd+F2), the print preview's key. */
export const isPreviewKey = (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean => event.key === 'F2' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;

/** The id of the editor bar's "Aperçu" button: closing the panel (Escape, its button, the menu, Ctrl+F2) gives the focus back to it. */
export const PREVIEW_TOGGLE_ID = 'bilan-preview-toggle';

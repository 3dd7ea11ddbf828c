import { create } from 'zustand';

/** Whether "Importer un document Word…" is open, and the template it was opened for (start screen). */
export const useImportDocx = create<{ open: boolean; templateId: string | null }>(() => ({ open: false, templateId: null }));

/** Opens the dialog, for a template or leaving the choice to the user. */
export const openImportDocx = (templateId: string | null = null) => useImportDocx.setState({ open: true, templateId });

export const closeImportDocx = () => useImportDocx.setState({ open: false, templateId: null });

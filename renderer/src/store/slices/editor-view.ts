import type { StateCreator } from 'zustand';
import type { Lang } from '../../../../shared/model/localized.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { pathKey, type ValuePath } from '../edits/paths.js';
import type { BilanState } from '../state.js';

/** What the main pane shows. */
export type EditorView = { kind: 'card'; id: string } | { kind: 'chapter'; id: string } | { kind: 'validation' } | { kind: 'summary' } | { kind: 'dashboard' } | { kind: 'import' } | { kind: 'packages' } | { kind: 'details' } | { kind: 'contribution' } | { kind: 'comments' };

/** The ids of the details view's parts that validation entries about the report lead to. */
export const DETAILS_ANCHORS = { period: 'report-period', published: 'report-published', cards: 'details-ambitions', toSort: 'details-to-sort' } as const;

/** Which languages the fields show: French and English side by side, or one of them. */
export type LangMode = 'both' | Lang;

/** The id of the element around one language of a value, which validation entries lead to. */
export function anchorId(path: ValuePath, lang?: Lang): string {
  return lang ? `${pathKey(path)}-${lang}` : pathKey(path);
}

/** Where the editor is looking: the view, the languages shown, and a field waiting for focus. */
export interface EditorViewSlice {
  view: EditorView;
  langMode: LangMode;
  /** A field to focus once shown; `nonce` makes a second click on the same entry act again. */
  focus: { anchor: string; fallback: string; nonce: number } | null;
  showView(view: EditorView): void;
  /** Shows the first card (or chapter) of the report just opened. */
  showFirst(): void;
  setLangMode(mode: LangMode): void;
  /** Goes to the field a validation issue is about, showing its language. */
  goToIssue(issue: ValidationIssue): void;
}

export const createEditorViewSlice: StateCreator<BilanState, [], [], EditorViewSlice> = (set, get) => ({
  view: { kind: 'validation' },
  langMode: 'both',
  focus: null,
  showView: (view) => set({ view, focus: null }),
  showFirst() {
    const report = get().report;
    const card = report && sortedCards(report)[0];
    const chapter = report?.chapters[0];
    set({ view: card ? { kind: 'card', id: card.id } : chapter ? { kind: 'chapter', id: chapter.id } : { kind: 'validation' }, focus: null });
  },
  setLangMode: (langMode) => set({ langMode }),
  goToIssue(issue) {
    const report = get().report;
    const target = issue.target;
    let view: EditorView;
    let path: ValuePath;
    if (target.kind === 'report') {
      const part = target.part;
      view = { kind: 'details' };
      if (part === 'title' || part === 'issuer') path = { kind: 'report', part };
      else {
        // Values written once for both languages, or the report's cards as a whole.
        const anchor = DETAILS_ANCHORS[part];
        return set({ view, focus: { anchor, fallback: anchor, nonce: (get().focus?.nonce ?? 0) + 1 } });
      }
    } else if (target.kind === 'institution' || target.kind === 'ambition') {
      view = { kind: 'details' };
      path = target.kind === 'institution' ? { kind: 'institution', institutionId: target.id } : { kind: 'ambition', ambitionId: target.id };
    } else if (target.kind === 'card' && target.field && report) {
      const value = report.cards.find((c) => c.id === target.id)?.fields[target.field];
      const rowId = target.row !== undefined && value?.kind === 'rows' ? value.rows[target.row]?.id : undefined;
      view = { kind: 'card', id: target.id };
      path = { kind: 'card', cardId: target.id, fieldId: target.field, rowId, columnId: rowId ? target.column : undefined };
    } else if (target.kind === 'chapter') {
      view = { kind: 'chapter', id: target.id };
      path = { kind: 'chapter', chapterId: target.id, part: target.part };
    } else if (target.kind === 'card') {
      return set({ view: { kind: 'card', id: target.id }, focus: null });
    } else return;
    const mode = get().langMode;
    const langMode = issue.lang && mode !== 'both' && mode !== issue.lang ? issue.lang : mode;
    const nonce = (get().focus?.nonce ?? 0) + 1;
    set({ view, langMode, focus: { anchor: anchorId(path, issue.lang), fallback: anchorId(path), nonce } });
  },
});

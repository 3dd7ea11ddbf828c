import type { StateCreator } from 'zustand';
import type { Lang, Localized } from '../../../../shared/model/localized.js';
import type { FieldValue, ScalarValue } from '../../../../shared/model/report.js';
import type { RichText } from '../../../../shared/model/richtext.js';
import { markReviewed, withEnglish, withFrench } from '../../../../shared/report/localized.js';
import { pathKey, readValue, updateRows, writeValue, type ValuePath } from '../edits/paths.js';
import { movedRow, newRow, withoutRow } from '../edits/rows.js';
import type { BilanState } from '../state.js';
import { reanchorCard } from './review.js';

/** The edits a user makes to the open report; each is one pure change of the report. */
export interface EditsSlice {
  /** Writes the text of one language; French edits put the English one out of date. */
  editText(path: ValuePath, lang: Lang, content: string | RichText, kind: 'text' | 'richText'): void;
  /** Records that the English text was checked against the current French text. */
  markReviewed(path: ValuePath): void;
  /** Sets a value that is the same in both languages (a choice, a name, a date…). */
  setValue(path: ValuePath, value: FieldValue | ScalarValue): void;
  addRow(cardId: string, fieldId: string): void;
  removeRow(cardId: string, fieldId: string, rowId: string): void;
  moveRow(cardId: string, fieldId: string, rowId: string, delta: number): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const createEditsSlice: StateCreator<BilanState, [], [], EditsSlice> = (_set, get) => {
  const report = () => get().report;
  return {
    editText(path, lang, content, kind) {
      const current = report();
      if (!current) return;
      const value = readValue(current, path) as Localized<string | RichText> | undefined;
      // Rich-text editors report their content on focus and selection too: only real changes count.
      if (same(value?.[lang]?.content, content)) return;
      // A card field not written yet starts as an empty value of its kind.
      const base = value ?? ((path.kind === 'card' ? { kind } : {}) as Localized<string | RichText>);
      const next = lang === 'fr' ? withFrench(base, content) : withEnglish(base, content);
      const written = writeValue(current, path, next);
      // The comments on the card keep their place as its text moves (see shared/review).
      get().apply(path.kind === 'card' ? reanchorCard(written, path.cardId) : written, `${pathKey(path)}-${lang}`);
    },
    markReviewed(path) {
      const current = report();
      const value = current && (readValue(current, path) as Localized<unknown> | undefined);
      if (current && value) get().apply(writeValue(current, path, markReviewed(value)), null);
    },
    setValue(path, value) {
      const current = report();
      if (!current || same(readValue(current, path), value)) return;
      const typed = value.kind === 'plain' || value.kind === 'number';
      get().apply(writeValue(current, path, value), typed ? pathKey(path) : null);
    },
    addRow(cardId, fieldId) {
      const current = report();
      if (current) get().apply(updateRows(current, cardId, fieldId, (rows) => [...rows, newRow()]), null);
    },
    removeRow(cardId, fieldId, rowId) {
      const current = report();
      if (current) get().apply(updateRows(current, cardId, fieldId, (rows) => withoutRow(rows, rowId)), null);
    },
    moveRow(cardId, fieldId, rowId, delta) {
      const current = report();
      if (current) get().apply(updateRows(current, cardId, fieldId, (rows) => movedRow(rows, rowId, delta)), null);
    },
  };
};

import type { Localized } from '../../../../shared/model/localized.js';
import type { Card, Chapter, FieldValue, Report, Row, ScalarValue } from '../../../../shared/model/report.js';

/**
 * Where an editable value sits in a report: a card field, one cell of a row of a card field, or
 * a chapter's title or body. The store's actions take paths; components never rebuild reports.
 */
export type ValuePath =
  | { kind: 'card'; cardId: string; fieldId: string; rowId?: string | undefined; columnId?: string | undefined }
  | { kind: 'chapter'; chapterId: string; part: 'title' | 'body' };

/** What a path may hold. */
export type PathValue = FieldValue | ScalarValue | Localized<unknown> | undefined;

/** A stable text key for a path (history coalescing, DOM ids). */
export function pathKey(path: ValuePath): string {
  if (path.kind === 'chapter') return `chapter-${path.chapterId}-${path.part}`;
  const cell = path.rowId ? `-${path.rowId}-${path.columnId ?? ''}` : '';
  return `field-${path.cardId}-${path.fieldId}${cell}`;
}

/** The value at a path, or undefined when nothing is written there yet. */
export function readValue(report: Report, path: ValuePath): PathValue {
  if (path.kind === 'chapter') return report.chapters.find((c) => c.id === path.chapterId)?.[path.part];
  const value = report.cards.find((c) => c.id === path.cardId)?.fields[path.fieldId];
  if (!path.rowId) return value;
  const row = value?.kind === 'rows' ? value.rows.find((r) => r.id === path.rowId) : undefined;
  return path.columnId ? row?.cells[path.columnId] : undefined;
}

const replaceCard = (report: Report, cardId: string, update: (card: Card) => Card): Report => ({
  ...report,
  cards: report.cards.map((c) => (c.id === cardId ? update(c) : c)),
});

/** The rows of a card's `rows` field, changed by `update`; the rest of the report is shared. */
export function updateRows(report: Report, cardId: string, fieldId: string, update: (rows: Row[]) => Row[]): Report {
  return replaceCard(report, cardId, (card) => {
    const value = card.fields[fieldId];
    const rows = value?.kind === 'rows' ? value.rows : [];
    return { ...card, fields: { ...card.fields, [fieldId]: { kind: 'rows', rows: update(rows) } } };
  });
}

/** The report with `value` at `path`: a new report sharing every untouched part with the old. */
export function writeValue(report: Report, path: ValuePath, value: PathValue): Report {
  if (path.kind === 'chapter') {
    const update = (c: Chapter): Chapter => (c.id === path.chapterId ? { ...c, [path.part]: value } : c);
    return { ...report, chapters: report.chapters.map(update) };
  }
  const { rowId, columnId } = path;
  if (rowId && columnId) {
    return updateRows(report, path.cardId, path.fieldId, (rows) =>
      rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [columnId]: value as ScalarValue } } : r)),
    );
  }
  return replaceCard(report, path.cardId, (card) => ({ ...card, fields: { ...card.fields, [path.fieldId]: value as FieldValue } }));
}

import type { Localized, LocalizedText } from '../../../../shared/model/localized.js';
import type { Card, Chapter, FieldValue, Report, Row, ScalarValue } from '../../../../shared/model/report.js';

/**
 * Where an editable value sits in a report: a card field, one cell of a row of a card field, a
 * chapter's title or body, or one of the report's own localized names (its title and issuer, an
 * institution's name, an ambition's title). The store's actions take paths; components never
 * rebuild reports.
 */
export type ValuePath =
  | { kind: 'card'; cardId: string; fieldId: string; rowId?: string | undefined; columnId?: string | undefined }
  | { kind: 'chapter'; chapterId: string; part: 'title' | 'body' }
  | { kind: 'report'; part: 'title' | 'issuer' }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'ambition'; ambitionId: string };

/** What a path may hold. */
export type PathValue = FieldValue | ScalarValue | Localized<unknown> | undefined;

/** A stable text key for a path (history coalescing, DOM ids). */
export function pathKey(path: ValuePath): string {
  if (path.kind === 'chapter') return `chapter-${path.chapterId}-${path.part}`;
  if (path.kind === 'report') return `report-${path.part}`;
  if (path.kind === 'institution') return `institution-${path.institutionId}-name`;
  if (path.kind === 'ambition') return `ambition-${path.ambitionId}-title`;
  const cell = path.rowId ? `-${path.rowId}-${path.columnId ?? ''}` : '';
  return `field-${path.cardId}-${path.fieldId}${cell}`;
}

/** The value at a path, or undefined when nothing is written there yet. */
export function readValue(report: Report, path: ValuePath): PathValue {
  if (path.kind === 'chapter') return report.chapters.find((c) => c.id === path.chapterId)?.[path.part];
  if (path.kind === 'report') return report[path.part];
  if (path.kind === 'institution') return report.institutions.find((i) => i.id === path.institutionId)?.name;
  if (path.kind === 'ambition') return report.ambitions.find((a) => a.id === path.ambitionId)?.title;
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
  // The report's own names are localized texts, as a `text` field is without its kind.
  const text = value as LocalizedText;
  if (path.kind === 'report') return { ...report, [path.part]: text };
  if (path.kind === 'institution') return { ...report, institutions: report.institutions.map((i) => (i.id === path.institutionId ? { ...i, name: text } : i)) };
  if (path.kind === 'ambition') return { ...report, ambitions: report.ambitions.map((a) => (a.id === path.ambitionId ? { ...a, title: text } : a)) };
  const { rowId, columnId } = path;
  if (rowId && columnId) {
    return updateRows(report, path.cardId, path.fieldId, (rows) =>
      rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [columnId]: value as ScalarValue } } : r)),
    );
  }
  return replaceCard(report, path.cardId, (card) => ({ ...card, fields: { ...card.fields, [path.fieldId]: value as FieldValue } }));
}

import { formatPercent } from '../../../../shared/i18n/i18n.js';
import type { DashboardRow } from '../../../../shared/merge/dashboard.js';
import type { Lang } from '../../../../shared/model/localized.js';
import { compareCardNumbers } from '../../../../shared/validate/validate.js';
import type { UiKey } from '../../i18n/translate.js';
import type { DashboardColumn } from '../../store/slices/dashboard.js';

/** What a cell shows, in words, for the table, the filter and the CSV file alike. */
export interface CellWords {
  lang: Lang;
  t: (key: UiKey, params?: Record<string, string | number>) => string;
  /** An institution's name by id. */
  nameOf: (id: string) => string;
  /** An institution's acronym by id, or its name when it has none. */
  shortNameOf: (id: string) => string;
}

/** A short date in the reader's language. */
export const shortDate = (iso: string, lang: Lang) => new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** One column: its heading, how its cells read, and how rows compare on it. */
export interface Column {
  id: DashboardColumn;
  header: (kind: DashboardRow['kind']) => UiKey;
  text: (row: DashboardRow, w: CellWords) => string;
  compare: (a: DashboardRow, b: DashboardRow) => number;
}

const byNumber = (get: (r: DashboardRow) => number) => (a: DashboardRow, b: DashboardRow) => get(a) - get(b);
const byText = (get: (r: DashboardRow) => string) => (a: DashboardRow, b: DashboardRow) => get(a).localeCompare(get(b), 'fr');

function returnedText(row: DashboardRow, w: CellWords): string {
  if (!row.returned) return w.t('dashboard.no');
  const last = w.t('dashboard.returnedBy', { date: shortDate(row.returned.at, w.lang), name: row.returned.sentBy?.name ?? w.nameOf(row.returned.institution) });
  // A card led by several institutions is returned one package at a time.
  return row.kind === 'card' && row.related.length > 1 ? `${w.t('dashboard.returnedOf', { n: row.returnedCount, total: row.related.length })} · ${last}` : last;
}

/** The dashboard's columns, in order. */
export const COLUMNS: Column[] = [
  { id: 'number', header: (k) => (k === 'card' ? 'dashboard.col.number' : 'dashboard.col.acronym'), text: (r) => r.number, compare: (a, b) => compareCardNumbers(a.number, b.number) },
  { id: 'label', header: (k) => (k === 'card' ? 'dashboard.col.label' : 'dashboard.col.institution'), text: (r, w) => r.label[w.lang] || r.label.fr, compare: byText((r) => r.label.fr) },
  { id: 'sent', header: () => 'dashboard.col.sent', text: (r, w) => (r.sentAt ? shortDate(r.sentAt, w.lang) : w.t('dashboard.no')), compare: byText((r) => r.sentAt ?? '') },
  { id: 'returned', header: () => 'dashboard.col.returned', text: returnedText, compare: byText((r) => `${r.returnedCount}${r.returned?.at ?? ''}`) },
  { id: 'fr', header: () => 'dashboard.col.fr', text: (r, w) => formatPercent(w.lang, r.completeness.fr), compare: byNumber((r) => r.completeness.fr) },
  { id: 'en', header: () => 'dashboard.col.en', text: (r, w) => formatPercent(w.lang, r.completeness.en), compare: byNumber((r) => r.completeness.en) },
  { id: 'outOfDate', header: () => 'dashboard.col.outOfDate', text: (r) => String(r.outOfDate), compare: byNumber((r) => r.outOfDate) },
  { id: 'errors', header: () => 'dashboard.col.errors', text: (r) => String(r.errors), compare: byNumber((r) => r.errors) },
  { id: 'conflicts', header: () => 'dashboard.col.conflicts', text: (r) => String(r.conflicts), compare: byNumber((r) => r.conflicts) },
];

/** The rows matching a filter (any cell, or a lead's name, holds the words), sorted by a column. */
export function visibleRows(rows: DashboardRow[], filter: string, sort: { column: DashboardColumn; descending: boolean }, w: CellWords): DashboardRow[] {
  const needle = filter.trim().toLocaleLowerCase();
  const matching = needle ? rows.filter((r) => [...COLUMNS.map((c) => c.text(r, w)), ...(r.kind === 'card' ? r.related.map(w.nameOf) : [])].join('\n').toLocaleLowerCase().includes(needle)) : rows;
  const column = COLUMNS.find((c) => c.id === sort.column) ?? COLUMNS[0]!;
  const sorted = [...matching].sort(column.compare);
  return sort.descending ? sorted.reverse() : sorted;
}

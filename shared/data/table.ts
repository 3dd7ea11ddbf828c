import { t, type MessageKey } from '../i18n/i18n.js';
import type { Label } from '../model/localized.js';
import { neutralised } from './csv.js';

/** A Table Schema field type, as far as the data package uses them. */
export type ColumnType = 'string' | 'integer' | 'number';

/** A value of a cell before it is written: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null;

/** One column of a table, with its Table Schema properties. */
export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in both languages. */
  title: Label;
  description?: Label | undefined;
  required?: boolean;
  /** Extra Table Schema constraints (a pattern, an enum). */
  pattern?: string;
}

/** A foreign key: columns of this table that name rows of another. */
export interface ForeignKey {
  fields: string[];
  resource: string;
  reference: string[];
}

/** One table of the data package: its schema and its rows, before they become CSV. */
export interface DataTable {
  name: string;
  title: Label;
  description?: Label | undefined;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: Cell[][];
}

/** A label from the interface's catalogs, in both languages. */
export function label(key: MessageKey, params: Record<string, string> = {}): Label {
  return { fr: t('fr', key, params), en: t('en', key, params) };
}

/** A label with the language of a column added: "Titre (FR)" for the French one. */
export function inLang(base: Label, lang: 'fr' | 'en'): Label {
  const code = lang.toUpperCase();
  return { fr: `${base.fr} (${code})`, en: `${base.en} (${code})` };
}

/** "français / English" as one string, for the properties a Table Schema has one of. */
export function bothLangs(text: Label): string {
  return text.fr === text.en ? text.fr : `${text.fr} / ${text.en}`;
}

/** The Table Schema descriptor of a table. */
export function tableSchema(table: DataTable): Record<string, unknown> {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      title: bothLangs(c.title),
      ...(c.description && (c.description.fr || c.description.en) ? { description: bothLangs(c.description) } : {}),
      // Custom properties (the specification allows them): each language on its own.
      titles: c.title,
      ...(c.required || c.pattern ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.pattern ? { pattern: c.pattern } : {}) } } : {}),
    })),
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.resource, fields: k.reference } })) } : {}),
    missingValues: [''],
  };
}

/** The cells of a row as CSV text: text cells neutralised against spreadsheet formulas. */
export function csvRow(table: DataTable, row: Cell[]): (string | number | null)[] {
  return row.map((cell, i) => (typeof cell === 'string' && table.columns[i]!.type === 'string' ? neutralised(cell) : cell));
}

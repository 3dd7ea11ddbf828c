import type { Lang } from '../model/localized.js';
import type { FieldValue } from '../model/report.js';
import type { FieldDef, ScalarFieldDef } from '../model/template.js';
import { isBlankIn, isOutOfDate } from '../report/localized.js';

/** What can be wrong with one value of a card. */
export type FieldProblemCode = 'missing' | 'out-of-date' | 'invalid-email' | 'invalid-url';

/** A problem with a field, or with one cell of a row of it. */
export interface FieldProblem {
  code: FieldProblemCode;
  /** The language concerned, or undefined when the value is the same in both. */
  lang?: Lang;
  row?: number;
  column?: string;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** Tells whether a string is a plausible email address (what a mail client would accept). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Tells whether a string is a web address a reader can open (http or https). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function isLocalized(def: { kind: string }): boolean {
  return def.kind === 'text' || def.kind === 'richText';
}

/** Whether a field's value is the same in both languages (a choice, a name) or written in each. */
export function fieldIsLocalized(def: FieldDef): boolean {
  return def.kind === 'rows' ? def.columns.some(isLocalized) : isLocalized(def);
}

function scalarProblems(def: ScalarFieldDef | Extract<FieldDef, { kind: 'richText' }>, value: FieldValue | undefined, langs: readonly Lang[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (def.kind === 'text' || def.kind === 'richText') {
    const v = value && (value.kind === 'text' || value.kind === 'richText') ? value : undefined;
    for (const lang of langs) {
      if (isBlankIn(v, lang)) {
        if (def.required) out.push({ code: 'missing', lang });
      } else if (lang === 'en' && isOutOfDate(v)) out.push({ code: 'out-of-date', lang });
    }
    return out;
  }
  const empty =
    !value ||
    (value.kind === 'plain' && value.value.trim() === '') ||
    (value.kind === 'institutions' && value.ids.length === 0) ||
    ((value.kind === 'choice' || value.kind === 'quarter' || value.kind === 'number') && value.value === null);
  if (empty) {
    if (def.required) out.push({ code: 'missing' });
  } else if (value.kind === 'plain' && def.format === 'email' && !isEmail(value.value)) out.push({ code: 'invalid-email' });
  else if (value.kind === 'plain' && def.format === 'url' && !isWebUrl(value.value)) out.push({ code: 'invalid-url' });
  return out;
}

/**
 * Every problem of one card field, in the given languages: required values missing, English
 * values out of date, malformed emails and addresses; rows are checked cell by cell.
 */
export function fieldProblems(def: FieldDef, value: FieldValue | undefined, langs: readonly Lang[]): FieldProblem[] {
  if (def.kind !== 'rows') return scalarProblems(def, value, langs);
  const rows = value?.kind === 'rows' ? value.rows : [];
  if (rows.length === 0) return def.required ? [{ code: 'missing' }] : [];
  return rows.flatMap((row, r) => def.columns.flatMap((col) => scalarProblems(col, row.cells[col.id], langs).map((p) => ({ ...p, row: r, column: col.id }))));
}

import type { ColumnAdjustment, FieldAdjustment, FieldState, PartialLabel, TemplateAdjustments } from '../model/adjustments.js';
import type { Lang } from '../model/localized.js';
import type { Card, FieldValue, Report } from '../model/report.js';
import { unhideableFields } from '../model/template-adjust.js';
import type { Template } from '../model/template.js';
import { isBlankIn } from './localized.js';

/**
 * Edits of a report's adjustments to its template, as the "Modèle de fiche" section makes them.
 * Each returns a new report; an adjustment equal to the template is removed, so the file records
 * only what differs. `base` is always the installed template, never an adjusted one.
 */

/** The first format version with `templateAdjustments`: a report holding them says so. */
export const ADJUSTMENTS_VERSION = 4;

/** The report marked as version 4 when it holds adjustments (a version 3 reader would refuse the key). */
export function withAdjustmentsVersion(report: Report): Report {
  return report.templateAdjustments && report.version < ADJUSTMENTS_VERSION ? { ...report, version: ADJUSTMENTS_VERSION } : report;
}

/** Whether a value holds anything a person wrote or chose, in either language. */
export function holdsData(value: FieldValue | undefined): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'text':
    case 'richText':
      return !isBlankIn(value, 'fr') || !isBlankIn(value, 'en');
    case 'plain':
      return value.value.trim() !== '';
    case 'institutions':
      return value.ids.length > 0;
    case 'rows':
      return value.rows.length > 0;
    default:
      return value.value !== null;
  }
}

/** The cards whose field holds something: hiding it then asks first. */
export function cardsHoldingData(report: Report, fieldId: string): Card[] {
  return report.cards.filter((c) => holdsData(c.fields[fieldId]));
}

/** The state a field has in the installed template. */
export function templateState(base: Template, fieldId: string, columnId?: string): FieldState {
  const def = base.card.fields.find((f) => f.id === fieldId);
  const col = columnId && def?.kind === 'rows' ? def.columns.find((c) => c.id === columnId) : undefined;
  return (columnId ? col?.required : def?.required) ? 'required' : 'optional';
}

/** The state a field has in the report: its adjustment's, else the template's. */
export function fieldState(report: Report, base: Template, fieldId: string, columnId?: string): FieldState {
  const field = report.templateAdjustments?.fields?.[fieldId];
  const own = columnId ? field?.columns?.[columnId]?.state : field?.state;
  return own ?? templateState(base, fieldId, columnId);
}

/** Why a change is refused or must be confirmed. */
export type AdjustmentRefusal = { reason: 'locked' } | { reason: 'unknown' } | { reason: 'holdsData'; cards: Card[] };
export type AdjustmentResult = { ok: true; report: Report } | ({ ok: false } & AdjustmentRefusal);

function tidyLabel(label: PartialLabel | undefined): PartialLabel | undefined {
  if (!label) return undefined;
  const out: PartialLabel = {};
  if (label.fr !== undefined) out.fr = label.fr;
  if (label.en !== undefined) out.en = label.en;
  return Object.keys(out).length ? out : undefined;
}

function tidyColumn(c: ColumnAdjustment): ColumnAdjustment | undefined {
  const help = tidyLabel(c.help);
  const out: ColumnAdjustment = { ...(c.state ? { state: c.state } : {}), ...(help ? { help } : {}) };
  return Object.keys(out).length ? out : undefined;
}

function tidyField(f: FieldAdjustment): FieldAdjustment | undefined {
  const help = tidyLabel(f.help);
  const columns = Object.fromEntries(Object.entries(f.columns ?? {}).flatMap(([k, v]) => (tidyColumn(v) ? [[k, tidyColumn(v)!]] : [])));
  const out: FieldAdjustment = { ...(f.state ? { state: f.state } : {}), ...(help ? { help } : {}), ...(Object.keys(columns).length ? { columns } : {}) };
  return Object.keys(out).length ? out : undefined;
}

/** The report with new adjustments, empty parts removed, the key itself when nothing is left. */
function withAdjustments(report: Report, next: TemplateAdjustments): Report {
  const fields = Object.fromEntries(Object.entries(next.fields ?? {}).flatMap(([k, v]) => (tidyField(v) ? [[k, tidyField(v)!]] : [])));
  const scales = Object.fromEntries(
    Object.entries(next.scales ?? {}).flatMap(([k, v]) => {
      const options = Object.fromEntries(Object.entries(v.options).flatMap(([o, l]) => (tidyLabel(l) ? [[o, tidyLabel(l)!]] : [])));
      return Object.keys(options).length ? [[k, { options }]] : [];
    }),
  );
  const tidy: TemplateAdjustments = { ...(Object.keys(fields).length ? { fields } : {}), ...(Object.keys(scales).length ? { scales } : {}) };
  const { templateAdjustments: _old, ...rest } = report;
  return withAdjustmentsVersion(Object.keys(tidy).length ? { ...rest, templateAdjustments: tidy } : rest);
}

function fieldAdjustment(report: Report, fieldId: string): FieldAdjustment {
  return structuredClone(report.templateAdjustments?.fields?.[fieldId] ?? {});
}

function withField(report: Report, fieldId: string, field: FieldAdjustment): Report {
  const adj = report.templateAdjustments ?? {};
  return withAdjustments(report, { ...adj, fields: { ...adj.fields, [fieldId]: field } });
}

/**
 * Sets whether a field (or a column of a rows field) is required, optional or hidden. Hiding the
 * title, the lead institutions or the summary's field is refused; hiding a field some cards fill
 * is refused unless `confirmed` (the caller asks first): the values stay in the cards either way.
 */
export function setFieldState(report: Report, base: Template, fieldId: string, state: FieldState, options: { columnId?: string; confirmed?: boolean } = {}): AdjustmentResult {
  const def = base.card.fields.find((f) => f.id === fieldId);
  if (!def) return { ok: false, reason: 'unknown' };
  const field = fieldAdjustment(report, fieldId);
  if (options.columnId) {
    if (def.kind !== 'rows' || !def.columns.some((c) => c.id === options.columnId) || state === 'hidden') return { ok: false, reason: 'unknown' };
    const column = field.columns?.[options.columnId] ?? {};
    const { state: _s, ...restColumn } = column;
    const next = state === templateState(base, fieldId, options.columnId) ? restColumn : { ...restColumn, state };
    return { ok: true, report: withField(report, fieldId, { ...field, columns: { ...field.columns, [options.columnId]: next } }) };
  }
  if (state === 'hidden') {
    if (unhideableFields(base).includes(fieldId)) return { ok: false, reason: 'locked' };
    const cards = cardsHoldingData(report, fieldId);
    if (cards.length && !options.confirmed) return { ok: false, reason: 'holdsData', cards };
  }
  const { state: _s, ...rest } = field;
  return { ok: true, report: withField(report, fieldId, state === templateState(base, fieldId) ? rest : { ...rest, state }) };
}

/** Sets a field's (or a column's) help text in one language; empty or the template's text goes back to the template's. */
export function setHelp(report: Report, base: Template, fieldId: string, lang: Lang, text: string, columnId?: string): Report {
  const def = base.card.fields.find((f) => f.id === fieldId);
  if (!def) return report;
  const col = columnId && def.kind === 'rows' ? def.columns.find((c) => c.id === columnId) : undefined;
  if (columnId && !col) return report;
  const original = (col ?? def).help[lang];
  const value = text.trim() === '' || text === original ? undefined : text;
  const field = fieldAdjustment(report, fieldId);
  if (columnId) {
    const column = field.columns?.[columnId] ?? {};
    return withField(report, fieldId, { ...field, columns: { ...field.columns, [columnId]: { ...column, help: { ...column.help, [lang]: value } } } });
  }
  return withField(report, fieldId, { ...field, help: { ...field.help, [lang]: value } });
}

/** Sets the wording of a scale's option in one language; empty or the template's wording goes back to the template's. */
export function setOptionLabel(report: Report, base: Template, scaleId: string, optionId: string, lang: Lang, text: string): Report {
  const option = base.scales[scaleId]?.options.find((o) => o.id === optionId);
  if (!option) return report;
  const value = text.trim() === '' || text === option.label[lang] ? undefined : text;
  const adj = report.templateAdjustments ?? {};
  const scale = structuredClone(adj.scales?.[scaleId] ?? { options: {} });
  scale.options[optionId] = { ...scale.options[optionId], [lang]: value };
  return withAdjustments(report, { ...adj, scales: { ...adj.scales, [scaleId]: scale } });
}

/** Every adjustment taken back: the report reads with its template as installed. */
export function resetAdjustments(report: Report): Report {
  return withAdjustments(report, {});
}

/** What a report's adjustments change, counted: for `bilan info` and the window. */
export interface AdjustmentCounts {
  required: number;
  optional: number;
  hidden: number;
  help: number;
  options: number;
}

/** Counts the fields and columns made required, optional or hidden, the help texts and the levels reworded. */
export function adjustmentCounts(adjustments: TemplateAdjustments | undefined): AdjustmentCounts {
  const counts: AdjustmentCounts = { required: 0, optional: 0, hidden: 0, help: 0, options: 0 };
  for (const field of Object.values(adjustments?.fields ?? {})) {
    for (const part of [field, ...Object.values(field.columns ?? {})]) {
      if (part.state) counts[part.state] += 1;
      if (part.help) counts.help += 1;
    }
  }
  for (const scale of Object.values(adjustments?.scales ?? {})) counts.options += Object.keys(scale.options).length;
  return counts;
}

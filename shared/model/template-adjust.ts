import type { MessageKey, MessageParams } from '../i18n/i18n.js';
import type { ColumnAdjustment, FieldAdjustment, PartialLabel, TemplateAdjustments } from './adjustments.js';
import type { Label } from './localized.js';
import type { FieldDef, Scale, ScalarFieldDef, Template } from './template.js';

/**
 * The template a report is read with: the installed template with the report's adjustments
 * (`templateAdjustments`) applied. Every reader of a report — validation, completeness, the
 * window's fields, both exports, `bilan info` — takes its template from `templateOf`, so it sees
 * the fields the report requires, shows and hides, their help texts and the scales' wording.
 *
 * A hidden field is left out of `card.fields`: nothing iterating over the card's fields shows,
 * prints or checks it. Its values stay in the cards. Checking the file itself (integrity, saving)
 * uses the installed template, which still knows the hidden field.
 */

/** The report's part that decides its template. */
export interface TemplateRef {
  template: { id: string; version: number };
  templateAdjustments?: TemplateAdjustments | undefined;
}

// The same adjustments object gives the same template object, so that caches keyed by the
// template (validation, completeness) keep working while nothing changes.
const cache = new WeakMap<Template, WeakMap<TemplateAdjustments, Template>>();

/** The template of a report: `base` (the installed one) with the report's adjustments applied. */
export function templateOf(base: Template, report: Pick<TemplateRef, 'templateAdjustments'>): Template {
  return adjustTemplate(base, report.templateAdjustments);
}

/** A template with adjustments applied; the template itself when there are none. */
export function adjustTemplate(base: Template, adjustments: TemplateAdjustments | undefined): Template {
  if (!adjustments || isEmptyAdjustments(adjustments)) return base;
  let byAdjustments = cache.get(base);
  if (!byAdjustments) cache.set(base, (byAdjustments = new WeakMap()));
  let adjusted = byAdjustments.get(adjustments);
  if (!adjusted) byAdjustments.set(adjustments, (adjusted = apply(base, adjustments)));
  return adjusted;
}

/** Whether adjustments change nothing. */
export function isEmptyAdjustments(adjustments: TemplateAdjustments | undefined): boolean {
  return !adjustments || (Object.keys(adjustments.fields ?? {}).length === 0 && Object.keys(adjustments.scales ?? {}).length === 0);
}

function relabel(label: Label, change: PartialLabel | undefined): Label {
  return change ? { fr: change.fr ?? label.fr, en: change.en ?? label.en } : label;
}

function adjustColumn(def: ScalarFieldDef, change: ColumnAdjustment | undefined): ScalarFieldDef {
  if (!change) return def;
  return { ...def, help: relabel(def.help, change.help), required: change.state ? change.state === 'required' : def.required };
}

function adjustField(def: FieldDef, change: FieldAdjustment | undefined): FieldDef | null {
  if (!change) return def;
  if (change.state === 'hidden') return null;
  const common = { help: relabel(def.help, change.help), required: change.state ? change.state === 'required' : def.required };
  if (def.kind === 'rows') return { ...def, ...common, columns: def.columns.map((c) => adjustColumn(c, change.columns?.[c.id])) };
  return { ...def, ...common };
}

function apply(base: Template, adjustments: TemplateAdjustments): Template {
  const fields = base.card.fields.map((f) => adjustField(f, adjustments.fields?.[f.id])).filter((f): f is FieldDef => f !== null);
  const scales: Record<string, Scale> = {};
  for (const [sid, scale] of Object.entries(base.scales)) {
    const change = adjustments.scales?.[sid];
    scales[sid] = change ? { ...scale, options: scale.options.map((o) => ({ ...o, label: relabel(o.label, change.options[o.id]) })) } : scale;
  }
  return { ...base, card: { ...base.card, fields }, scales };
}

/** The fields a report may not hide: the card's title, its lead institutions and what the summary counts. */
export function unhideableFields(template: Template): string[] {
  return [template.card.titleField, template.card.leadField, ...(template.summary ? [template.summary.field] : [])];
}

/** What is wrong with a report's adjustments against its installed template, with where. */
export interface AdjustmentProblem {
  path: (string | number)[];
  key: MessageKey;
  params: MessageParams;
}

/**
 * Checks that every field, column, scale and option the adjustments name exists in the template,
 * and that no field the report cannot do without is hidden. Returns the first problem.
 */
export function adjustmentProblem(adjustments: TemplateAdjustments | undefined, template: Template): AdjustmentProblem | undefined {
  if (!adjustments) return undefined;
  const base = ['templateAdjustments'];
  const locked = unhideableFields(template);
  for (const [fid, change] of Object.entries(adjustments.fields ?? {})) {
    const def = template.card.fields.find((f) => f.id === fid);
    if (!def) return { path: [...base, 'fields', fid], key: 'integrity.adjustedFieldUnknown', params: { id: fid } };
    if (change.state === 'hidden' && locked.includes(fid)) return { path: [...base, 'fields', fid, 'state'], key: 'integrity.adjustedFieldLocked', params: { label: def.label.fr } };
    for (const cid of Object.keys(change.columns ?? {})) {
      if (def.kind !== 'rows' || !def.columns.some((c) => c.id === cid)) return { path: [...base, 'fields', fid, 'columns', cid], key: 'integrity.adjustedColumnUnknown', params: { id: cid, label: def.label.fr } };
    }
  }
  for (const [sid, change] of Object.entries(adjustments.scales ?? {})) {
    const scale = template.scales[sid];
    if (!scale) return { path: [...base, 'scales', sid], key: 'integrity.adjustedScaleUnknown', params: { id: sid } };
    for (const oid of Object.keys(change.options)) {
      if (!scale.options.some((o) => o.id === oid)) return { path: [...base, 'scales', sid, 'options', oid], key: 'integrity.adjustedOptionUnknown', params: { id: oid, scale: scale.label.fr } };
    }
  }
  return undefined;
}

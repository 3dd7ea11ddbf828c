import { canonicalJson } from '../merge/register.js';
import type { Lang } from '../model/localized.js';
import type { FieldValue, Report, ScalarValue } from '../model/report.js';
import type { RichText } from '../model/richtext.js';
import type { FieldDef, ScalarFieldDef, Template } from '../model/template.js';
import { contentIn } from '../report/localized.js';

/**
 * Two versions of a card compared field by field: which fields changed, and each side of a
 * field in one language as what a reader sees (a text, or blocks for rich text). The word-by-word
 * marking is the import review's own (the window's rich diff, the command line's word diff).
 */

/** One side of a field in one language: blocks for rich text, else a text (null: nothing there). */
export type Side = { rich: RichText | null } | { text: string | null };

/** A field compared: its definition, whether it changed, and its two sides in a language. */
export interface FieldComparison {
  def: FieldDef;
  changed: boolean;
  before: FieldValue | undefined;
  after: FieldValue | undefined;
}

/** Each field of the template, in its order, with whether it differs between the two versions. */
export function compareFields(template: Template, before: Readonly<Record<string, FieldValue>>, after: Readonly<Record<string, FieldValue>>): FieldComparison[] {
  return template.card.fields.map((def) => {
    const a = before[def.id];
    const b = after[def.id];
    const changed = a === b ? false : canonicalJson(a ?? null) !== canonicalJson(b ?? null);
    return { def, changed, before: a, after: b };
  });
}

/** A field's value in one language as a reader sees it: blocks for rich text, else a text. */
export function sideOf(value: FieldValue | undefined, def: FieldDef, template: Template, report: Report, lang: Lang): Side {
  if (def.kind === 'richText') return { rich: value?.kind === 'richText' ? (contentIn(value, lang) ?? null) : null };
  if (!value) return { text: null };
  if (value.kind === 'rows' && def.kind === 'rows') {
    const lines = value.rows.map((row) =>
      def.columns
        .map((col) => (row.cells[col.id] ? scalarText(row.cells[col.id]!, col, template, report, lang) : ''))
        .filter((s) => s !== '')
        .join(' · '),
    );
    const text = lines.filter((l) => l !== '').join('\n');
    return { text: text || null };
  }
  if (def.kind === 'rows' || value.kind === 'richText' || value.kind === 'rows') return { text: null };
  return { text: scalarText(value, def, template, report, lang) || null };
}

/** A scalar value in one language: a text, a choice's label, a quarter as T4 2021 / Q4 2021, a number as the language writes it, institutions by name. */
export function scalarText(value: ScalarValue, def: ScalarFieldDef, template: Template, report: Report, lang: Lang): string {
  switch (value.kind) {
    case 'text':
      return contentIn(value, lang) ?? '';
    case 'plain':
      return value.value;
    case 'choice': {
      if (value.value === null) return '';
      const option = def.scale ? template.scales[def.scale]?.options.find((o) => o.id === value.value) : undefined;
      return option ? option.label[lang] : value.value;
    }
    case 'quarter':
      return value.value ? `${lang === 'fr' ? 'T' : 'Q'}${value.value.quarter} ${value.value.year}` : '';
    case 'number':
      return value.value === null ? '' : value.value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
    case 'institutions':
      return value.ids
        .map((id) => {
          const inst = report.institutions.find((i) => i.id === id);
          return (inst && (contentIn(inst.name, lang) || contentIn(inst.name, 'fr'))) || id;
        })
        .join(', ');
  }
}

import type { Institution, Report, ScalarValue } from '../model/report.js';
import type { Label } from '../model/localized.js';
import type { ScalarFieldDef, Template } from '../model/template.js';
import { contentIn } from '../report/localized.js';
import { inLang, label, type Cell, type Column, type ForeignKey } from './table.js';

/** A scalar field or row column as table columns: their schema, and how a value fills them. */
export interface Expansion {
  columns: Column[];
  foreignKeys: ForeignKey[];
  cells(value: ScalarValue | undefined): Cell[];
}

/** What {@link expandScalar} needs to know of the whole package. */
export interface Context {
  report: Report;
  template: Template;
  /** The resource name of each scale's table, by scale id. */
  scaleTables: ReadonlyMap<string, string>;
  institutionsTable: string;
  institutions: ReadonlyMap<string, Institution>;
  withContacts: boolean;
}

/** Tells whether a field holds people's e-mail addresses, left out of published data. */
export function isContactAddress(def: ScalarFieldDef): boolean {
  return def.kind === 'plain' && def.format === 'email';
}

const text = (v: string | undefined): Cell => (v === undefined || v === '' ? null : v);

/**
 * The columns of one scalar field, named after its id: `x_fr` and `x_en` for localized text;
 * `x` for plain text, a quarter (`2021-Q4`) or a number; `x` (the option's id) with `x_fr`
 * and `x_en` (its label) for a choice; `x` (the ids, separated by `;`) with `x_fr` and `x_en`
 * (the names) for institutions. An e-mail field has none unless contacts are included.
 */
export function expandScalar(def: ScalarFieldDef, ctx: Context): Expansion {
  const title: Label = def.label;
  const description: Label = def.help;
  const col = (name: string, type: Column['type'], t: Label, extra: Partial<Column> = {}): Column => ({ name, type, title: t, description, ...extra });
  switch (def.kind) {
    case 'text':
      return {
        columns: [col(`${def.id}_fr`, 'string', inLang(title, 'fr')), col(`${def.id}_en`, 'string', inLang(title, 'en'))],
        foreignKeys: [],
        cells: (v) => (v?.kind === 'text' ? [text(contentIn(v, 'fr')), text(contentIn(v, 'en'))] : [null, null]),
      };
    case 'plain':
      if (isContactAddress(def) && !ctx.withContacts) return { columns: [], foreignKeys: [], cells: () => [] };
      return { columns: [col(def.id, 'string', title)], foreignKeys: [], cells: (v) => [v?.kind === 'plain' ? text(v.value) : null] };
    case 'number':
      return { columns: [col(def.id, 'number', title)], foreignKeys: [], cells: (v) => [v?.kind === 'number' ? v.value : null] };
    case 'quarter':
      return {
        columns: [col(def.id, 'string', title, { pattern: '^[0-9]{4}-Q[1-4]$' })],
        foreignKeys: [],
        cells: (v) => [v?.kind === 'quarter' && v.value ? `${v.value.year}-Q${v.value.quarter}` : null],
      };
    case 'choice': {
      const scale = def.scale ? ctx.template.scales[def.scale] : undefined;
      const table = def.scale ? ctx.scaleTables.get(def.scale) : undefined;
      const option = (v: ScalarValue | undefined) => (v?.kind === 'choice' && v.value ? scale?.options.find((o) => o.id === v.value) : undefined);
      return {
        columns: [col(def.id, 'string', withSuffix(title, label('data.col.idSuffix'))), col(`${def.id}_fr`, 'string', inLang(title, 'fr')), col(`${def.id}_en`, 'string', inLang(title, 'en'))],
        foreignKeys: table ? [{ fields: [def.id], resource: table, reference: ['id'] }] : [],
        cells: (v) => {
          const o = option(v);
          return [v?.kind === 'choice' ? v.value : null, o?.label.fr ?? null, o?.label.en ?? null];
        },
      };
    }
    case 'institutions': {
      const names = (v: ScalarValue | undefined, lang: 'fr' | 'en'): Cell => {
        if (v?.kind !== 'institutions' || v.ids.length === 0) return null;
        return v.ids.map((id) => contentIn(ctx.institutions.get(id)?.name, lang) ?? id).join('; ');
      };
      return {
        columns: [col(def.id, 'string', withSuffix(title, label('data.col.idsSuffix'))), col(`${def.id}_fr`, 'string', inLang(title, 'fr')), col(`${def.id}_en`, 'string', inLang(title, 'en'))],
        foreignKeys: [],
        cells: (v) => [v?.kind === 'institutions' && v.ids.length > 0 ? v.ids.join(';') : null, names(v, 'fr'), names(v, 'en')],
      };
    }
  }
}

function withSuffix(base: Label, suffix: Label): Label {
  return { fr: `${base.fr} – ${suffix.fr}`, en: `${base.en} – ${suffix.en}` };
}

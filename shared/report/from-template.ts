import { forEachImage } from '../format/integrity.js';
import type { Card, FieldValue, Report, Row, ScalarValue } from '../model/report.js';
import type { FieldDef, FieldSource, Template } from '../model/template.js';
import { newReport } from './create.js';

/** Why a report cannot start from another: the target template declares no way from the source's. */
export class NoMappingError extends Error {
  constructor(
    readonly source: string,
    readonly target: string,
    readonly known: readonly string[],
  ) {
    super(`the template ${target} declares no way to start from ${source}`);
    this.name = 'NoMappingError';
  }
}

/** A value as it is when source and target fields have the same kind; nothing otherwise. */
function sameKind<T extends FieldValue | ScalarValue>(value: T | undefined, def: { kind: string }): T | undefined {
  return value && value.kind === def.kind ? structuredClone(value) : undefined;
}

/** A target field's value from the source card, following its declared source. */
function valueFrom(card: Card, def: FieldDef, from: FieldSource): FieldValue | undefined {
  if (typeof from === 'string') return def.kind === 'rows' ? undefined : sameKind(card.fields[from], def);
  const source = card.fields[from.field];
  if (def.kind !== 'rows' || source?.kind !== 'rows') return undefined;
  const rows: Row[] = source.rows.map((row) => {
    const cells: Row['cells'] = {};
    for (const column of def.columns) {
      const sourceColumn = from.columns[column.id];
      const value = sourceColumn ? sameKind(row.cells[sourceColumn], column) : undefined;
      if (value) cells[column.id] = value;
    }
    return { id: row.id, cells };
  });
  return { kind: 'rows', rows };
}

/**
 * A new report of `target` started from a report of another template, through the mapping
 * that `target` declares for that template (`from` in template.json): the report keeps its
 * period, issuer, institutions and ambitions; each card its id, number and ambition, and the
 * fields the mapping names, both languages as they were (an English text that translated the
 * current French still does). Other fields, such as progress and results, start empty; a
 * source value of another kind than its target is left out. The pictures the copied texts
 * show are kept in `media` (the caller brings their bytes). The title is left to write: the
 * new report is another document. Throws {@link NoMappingError} when `target` declares no
 * mapping from the source's template.
 */
export function reportFrom(source: Report, target: Template, id: string = crypto.randomUUID()): Report {
  const mapping = target.from?.[source.template.id];
  if (!mapping) throw new NoMappingError(source.template.id, target.id, Object.keys(target.from ?? {}));
  const report = newReport(target, id);
  const cards: Card[] = source.cards.map((card) => {
    const fields: Card['fields'] = {};
    for (const def of target.card.fields) {
      const from = mapping.fields[def.id];
      const value = from === undefined ? undefined : valueFrom(card, def, from);
      if (value) fields[def.id] = value;
    }
    return { id: card.id, number: card.number, ambition: card.ambition, fields };
  });
  // The pictures the copied texts show come along; no other.
  const shown = new Set<string>();
  for (const card of cards) {
    for (const value of Object.values(card.fields)) {
      if (value.kind !== 'richText') continue;
      for (const lang of ['fr', 'en'] as const) forEachImage(value[lang]?.content ?? [], (media) => shown.add(media));
    }
  }
  return {
    ...report,
    media: source.media.filter((m) => shown.has(m.id)),
    period: source.period,
    issuer: structuredClone(source.issuer),
    ...(source.licence ? { licence: structuredClone(source.licence) } : {}),
    institutions: structuredClone(source.institutions),
    ambitions: structuredClone(source.ambitions),
    cards,
  };
}

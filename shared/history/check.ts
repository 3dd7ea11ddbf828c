import type { IntegrityProblem } from '../format/integrity.js';
import { listDepth } from '../format/integrity.js';
import { LIMITS } from '../model/limits.js';
import type { Block } from '../model/richtext.js';
import type { FieldValue, Report } from '../model/report.js';
import type { Template } from '../model/template.js';

/**
 * The card versions' own rules (format version 5), checked on open, on import and on save after
 * the schema (which bounds the number of points per card and of values): never in a package;
 * each card named is one the report holds; each field one of the template's, its value of the
 * field's kind; each index a value the table holds. The values of past versions may name an
 * image, an institution or an option the report no longer has: they are history, shown as they
 * were, and are not held to the report's current lists.
 */
export function checkVersions(report: Report, template: Template): IntegrityProblem | undefined {
  const versions = report.cardVersions;
  if (!versions) return undefined;
  if (report.package) return { path: ['cardVersions'], key: 'integrity.versionsInPackage', params: {} };
  const cards = new Set(report.cards.map((c) => c.id));
  const deep = versions.values.findIndex((v) => tooDeep(v));
  if (deep >= 0) return { path: ['cardVersions', 'values', deep], key: 'integrity.listTooDeep', params: { max: LIMITS.listDepth } };
  for (const [cardId, points] of Object.entries(versions.cards)) {
    if (!cards.has(cardId)) return { path: ['cardVersions', 'cards', cardId], key: 'integrity.versionsCardUnknown', params: { id: cardId } };
    for (const [p, point] of points.entries()) {
      for (const [fieldId, index] of Object.entries(point.fields)) {
        const path = ['cardVersions', 'cards', cardId, p, 'fields', fieldId];
        const def = template.card.fields.find((f) => f.id === fieldId);
        if (!def) return { path, key: 'integrity.fieldUnknown', params: { field: fieldId, template: template.id } };
        const value = versions.values[index];
        if (!value) return { path, key: 'integrity.versionValueMissing', params: { card: cardId, index, count: versions.values.length } };
        if (value.kind !== def.kind) return { path, key: 'integrity.fieldKind', params: { field: fieldId, expected: def.kind, found: value.kind } };
      }
    }
  }
  return undefined;
}

function tooDeep(value: FieldValue): boolean {
  if (value.kind !== 'richText') return false;
  const lists = (blocks: readonly Block[] | undefined) => (blocks ?? []).some((b) => b.type === 'list' && listDepth(b) > LIMITS.listDepth);
  return lists(value.fr?.content) || lists(value.en?.content);
}

import type { Lang } from '../model/localized.js';
import type { Card, FieldValue } from '../model/report.js';
import { deepEqual } from '../merge/equal.js';
import type { CardMerge, Conflict } from '../merge/merge-card.js';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** Each row a package changed (added, edited or deleted) and the coordinator's row differs from: one conflict each. */
function rowConflicts(cardId: string, field: string, base: FieldValue | undefined, ours: FieldValue | undefined, theirs: FieldValue | undefined): Conflict[] {
  const rows = (v: FieldValue | undefined) => new Map(v?.kind === 'rows' ? v.rows.map((r) => [r.id, r]) : []);
  const [b, o, t] = [rows(base), rows(ours), rows(theirs)];
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  return ids.filter((id) => !deepEqual(o.get(id), t.get(id)) && !deepEqual(b.get(id), t.get(id))).map((id) => ({ cardId, field, row: id, base: b.get(id), ours: o.get(id), theirs: t.get(id) }));
}

/**
 * The merge of a package's card into an approved card: nothing is taken. Every place the
 * institution changed (relative to the version sent) that differs from the approved card is a
 * conflict, in the shapes the import review and `resolve` know (a language of a text or rich-text
 * field, a row of a table field, a whole field otherwise), so that the coordinator sees each edit
 * and accepts it, or not, one by one. A place the institution left as sent is no conflict.
 */
export function heldMerge(base: Card, ours: Card, theirs: Card): CardMerge {
  const conflicts: Conflict[] = [];
  for (const field of new Set([...Object.keys(ours.fields), ...Object.keys(theirs.fields), ...Object.keys(base.fields)])) {
    const [b, o, t] = [base.fields[field], ours.fields[field], theirs.fields[field]];
    if (deepEqual(o, t) || deepEqual(b, t)) continue;
    if (o && t && o.kind === t.kind && (t.kind === 'text' || t.kind === 'richText') && (o.kind === 'text' || o.kind === 'richText')) {
      const sent = b?.kind === t.kind ? b : undefined;
      for (const lang of LANGS) {
        const [bc, oc, tc] = [sent?.[lang]?.content, o[lang]?.content, t[lang]?.content];
        if (!deepEqual(oc, tc) && !deepEqual(bc, tc)) conflicts.push({ cardId: ours.id, field, lang, base: bc, ours: oc, theirs: tc });
      }
    } else if ((o ?? t)?.kind === 'rows' && (t ?? o)?.kind === 'rows') {
      conflicts.push(...rowConflicts(ours.id, field, b, o, t));
    } else {
      conflicts.push({ cardId: ours.id, field, base: b, ours: o, theirs: t });
    }
  }
  return { card: ours, conflicts, changed: [] };
}

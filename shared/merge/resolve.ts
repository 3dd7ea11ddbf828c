import type { Localized } from '../model/localized.js';
import type { Card, FieldValue, Row } from '../model/report.js';
import type { Conflict } from './merge-card.js';

/** How the coordinator settles a conflict: keep their own text, take the institution's, or write a result. */
export type Resolution = { choice: 'ours' } | { choice: 'theirs' } | { choice: 'edit'; value: unknown };

/** A stable key for a conflict, to attach a resolution to it. */
export function conflictKey(c: Conflict): string {
  return [c.cardId, c.field, c.lang ?? '', c.row ?? '', c.column ?? ''].join('\u0000');
}

/** Sets one language of a localized value; a new French text gets a higher revision, so its English shows as out of date. */
function setLanguage(target: Localized<unknown>, lang: 'fr' | 'en', source: Localized<unknown> | undefined, content: unknown | undefined): Localized<unknown> {
  const next = { ...target };
  if (lang === 'fr') {
    const rev = Math.max(target.fr?.rev ?? 0, source?.fr?.rev ?? 0) + 1;
    if (content === undefined) delete next.fr;
    else next.fr = { rev, content };
  } else if (content === undefined) delete next.en;
  else next.en = { content, source: source?.en?.source ?? { rev: target.fr?.rev ?? 0 } };
  return next;
}

function rowIndex(rows: readonly Row[], id: string): number {
  return rows.findIndex((r) => r.id === id);
}

/**
 * Applies a resolution to the merged card. `theirs` is the institution's card, from which
 * "theirs" takes the value at the conflict's place; "edit" writes the given content there.
 */
export function resolve(merged: Card, theirs: Card, conflict: Conflict, resolution: Resolution): Card {
  if (resolution.choice === 'ours') return merged;
  const card = structuredClone(merged);
  if (conflict.field === 'ambition') {
    card.ambition = resolution.choice === 'theirs' ? theirs.ambition : (resolution.value as string | null);
    return card;
  }
  const theirsField = theirs.fields[conflict.field];
  const pickContent = (v: Localized<unknown> | undefined) => (resolution.choice === 'theirs' ? v?.[conflict.lang!]?.content : resolution.value);
  if (conflict.row !== undefined) {
    const mine = card.fields[conflict.field];
    const rows = mine?.kind === 'rows' ? mine.rows : [];
    const theirRow = theirsField?.kind === 'rows' ? theirsField.rows.find((r) => r.id === conflict.row) : undefined;
    const at = rowIndex(rows, conflict.row);
    if (conflict.column === undefined) {
      // A row one side deleted and the other edited: "theirs" puts their row back (or removes ours).
      const replacement = resolution.choice === 'theirs' ? theirRow : (resolution.value as Row | undefined);
      if (at >= 0) rows.splice(at, 1, ...(replacement ? [replacement] : []));
      else if (replacement) rows.push(replacement);
    } else if (at >= 0) {
      const cell = rows[at]!.cells[conflict.column];
      const theirCell = theirRow?.cells[conflict.column];
      if (conflict.lang && cell?.kind === 'text') {
        const text = setLanguage(cell, conflict.lang, theirCell?.kind === 'text' ? theirCell : undefined, pickContent(theirCell?.kind === 'text' ? theirCell : undefined));
        rows[at]!.cells[conflict.column] = { ...(text as Localized<string>), kind: 'text' };
      } else {
        const value = resolution.choice === 'theirs' ? theirCell : (resolution.value as typeof cell);
        if (value) rows[at]!.cells[conflict.column] = value;
        else delete rows[at]!.cells[conflict.column];
      }
    }
    card.fields[conflict.field] = { kind: 'rows', rows };
    return card;
  }
  const field = card.fields[conflict.field];
  if (conflict.lang && (field?.kind === 'text' || field?.kind === 'richText')) {
    const source = theirsField?.kind === field.kind ? theirsField : undefined;
    card.fields[conflict.field] = { ...setLanguage(field, conflict.lang, source, pickContent(source)), kind: field.kind } as FieldValue;
    return card;
  }
  const value = resolution.choice === 'theirs' ? theirsField : (resolution.value as FieldValue | undefined);
  if (value) card.fields[conflict.field] = value;
  else delete card.fields[conflict.field];
  return card;
}

import type { EnglishValue, FrenchValue, Lang, Localized } from '../model/localized.js';
import type { Block } from '../model/richtext.js';
import type { Card, FieldValue, Row, RowsValue, ScalarValue } from '../model/report.js';
import { diff3 } from './diff3.js';
import { deepEqual } from './equal.js';
import { mergeToSort } from './to-sort.js';

/** A place both sides changed differently; the merged card keeps `ours` there until someone decides. */
export interface Conflict {
  cardId: string;
  field: string;
  lang?: Lang;
  /** The row (by id) and column of a `rows` field, for a cell or a whole row. */
  row?: string;
  column?: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** The result of merging one card. */
export interface CardMerge {
  card: Card;
  conflicts: Conflict[];
  /** Fields the merge took, wholly or partly, from `theirs`. */
  changed: string[];
}

type Where = Omit<Conflict, 'base' | 'ours' | 'theirs'>;
type Outcome<T> = { value: T; conflict: boolean; fromTheirs: boolean };

/** The classic rule for a value no finer merge applies to. */
function pick<T>(base: T, ours: T, theirs: T, same: (x: T, y: T) => boolean = deepEqual): Outcome<T> {
  if (same(ours, theirs)) return { value: ours, conflict: false, fromTheirs: false };
  if (same(base, ours)) return { value: theirs, conflict: false, fromTheirs: true };
  if (same(base, theirs)) return { value: ours, conflict: false, fromTheirs: false };
  return { value: ours, conflict: true, fromTheirs: false };
}

/** Merges block sequences; on conflict keeps our blocks in the clashing region. */
function mergeBlocks(base: Block[], ours: Block[], theirs: Block[]): Outcome<Block[]> {
  const hunks = diff3(base, ours, theirs, deepEqual);
  const value = hunks.flatMap((h) => (h.kind === 'ok' ? h.items : h.ours));
  return { value, conflict: hunks.some((h) => h.kind === 'conflict'), fromTheirs: !deepEqual(value, ours) };
}

function mergeContent<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined): Outcome<T | undefined> {
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    const simple = pick(base, ours, theirs);
    if (!simple.conflict) return simple;
    return mergeBlocks((base ?? []) as Block[], ours as Block[], theirs as Block[]) as Outcome<T | undefined>;
  }
  return pick(base, ours, theirs);
}

/**
 * Merges one language of a localized value. French is compared on its content; its revision
 * goes up whenever the result differs from ours, so that English translated from the old text
 * shows as out of date. English is compared with the French revision it translates.
 */
function mergeFrench<T>(base?: FrenchValue<T>, ours?: FrenchValue<T>, theirs?: FrenchValue<T>): Outcome<FrenchValue<T> | undefined> {
  const content = mergeContent(base?.content, ours?.content, theirs?.content);
  if (content.value === undefined) return { ...content, value: undefined };
  if (deepEqual(content.value, ours?.content)) return { ...content, value: ours ? { rev: Math.max(ours.rev, theirs && deepEqual(theirs.content, ours.content) ? theirs.rev : 0), content: ours.content } : undefined };
  if (theirs && deepEqual(content.value, theirs.content) && theirs.rev > (ours?.rev ?? 0)) return { ...content, value: theirs };
  return { ...content, value: { rev: Math.max(ours?.rev ?? 0, theirs?.rev ?? 0) + 1, content: content.value } };
}

function mergeEnglish<T>(base?: EnglishValue<T>, ours?: EnglishValue<T>, theirs?: EnglishValue<T>): Outcome<EnglishValue<T> | undefined> {
  const whole = pick(base, ours, theirs);
  if (!whole.conflict || !ours || !theirs) return whole;
  const content = mergeContent(base?.content, ours.content, theirs.content);
  if (content.conflict || content.value === undefined) return { value: ours, conflict: true, fromTheirs: false };
  // Merged from two translations: it is only as up to date as the older of them.
  const source = ours.source.rev <= theirs.source.rev ? ours.source : theirs.source;
  return { value: { content: content.value, source }, conflict: false, fromTheirs: true };
}

function mergeLocalized<T>(base: Localized<T> | undefined, ours: Localized<T> | undefined, theirs: Localized<T> | undefined, where: Where, conflicts: Conflict[]): Outcome<Localized<T>> {
  const fr = mergeFrench(base?.fr, ours?.fr, theirs?.fr);
  const en = mergeEnglish(base?.en, ours?.en, theirs?.en);
  if (fr.conflict) conflicts.push({ ...where, lang: 'fr', base: base?.fr?.content, ours: ours?.fr?.content, theirs: theirs?.fr?.content });
  if (en.conflict) conflicts.push({ ...where, lang: 'en', base: base?.en?.content, ours: ours?.en?.content, theirs: theirs?.en?.content });
  const value: Localized<T> = {};
  if (fr.value) value.fr = fr.value;
  if (en.value) value.en = en.value;
  return { value, conflict: fr.conflict || en.conflict, fromTheirs: fr.fromTheirs || en.fromTheirs };
}

function mergeScalar(base: ScalarValue | undefined, ours: ScalarValue | undefined, theirs: ScalarValue | undefined, where: Where, conflicts: Conflict[]): Outcome<ScalarValue | undefined> {
  const kind = (ours ?? theirs ?? base)?.kind;
  if (kind === 'text' && [base, ours, theirs].every((v) => v === undefined || v.kind === 'text')) {
    type T = Extract<ScalarValue, { kind: 'text' }>;
    const merged = mergeLocalized(base as T | undefined, ours as T | undefined, theirs as T | undefined, where, conflicts);
    return { ...merged, value: ours || theirs ? { kind: 'text', ...merged.value } : undefined };
  }
  const result = pick(base, ours, theirs);
  if (result.conflict) conflicts.push({ ...where, base, ours, theirs });
  return result;
}

function mergeRows(base: RowsValue | undefined, ours: RowsValue | undefined, theirs: RowsValue | undefined, where: Where, conflicts: Conflict[]): Outcome<RowsValue> {
  const byId = (v: RowsValue | undefined) => new Map((v?.rows ?? []).map((r) => [r.id, r]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const rows: Row[] = [];
  let fromTheirs = false;
  let conflict = false;
  const rowConflict = (id: string, kept: Row | undefined) => {
    conflict = true;
    conflicts.push({ ...where, row: id, base: b.get(id), ours: o.get(id), theirs: t.get(id) });
    if (kept) rows.push(kept);
  };
  const order = [...(ours?.rows ?? []).map((r) => r.id), ...(theirs?.rows ?? []).map((r) => r.id).filter((id) => !o.has(id) && !b.has(id))];
  // Rows we deleted that they edited: the conflict keeps their text in view.
  for (const id of b.keys()) if (!o.has(id) && t.has(id) && !deepEqual(b.get(id), t.get(id))) rowConflict(id, undefined);
  for (const id of order) {
    const [rb, ro, rt] = [b.get(id), o.get(id), t.get(id)];
    if (!rb && !ro) {
      rows.push(rt!);
      fromTheirs = true;
    } else if (!rt && rb) {
      if (deepEqual(rb, ro)) fromTheirs = true;
      else rowConflict(id, ro);
    } else if (ro && rt) {
      const cells: Row['cells'] = {};
      for (const col of new Set([...Object.keys(ro.cells), ...Object.keys(rt.cells), ...Object.keys(rb?.cells ?? {})])) {
        const merged = mergeScalar(rb?.cells[col], ro.cells[col], rt.cells[col], { ...where, row: id, column: col }, conflicts);
        conflict ||= merged.conflict;
        fromTheirs ||= merged.fromTheirs;
        if (merged.value) cells[col] = merged.value;
      }
      rows.push({ id, cells });
    } else if (ro) rows.push(ro);
  }
  return { value: { kind: 'rows', rows }, conflict, fromTheirs };
}

function mergeField(base: FieldValue | undefined, ours: FieldValue | undefined, theirs: FieldValue | undefined, where: Where, conflicts: Conflict[]): Outcome<FieldValue | undefined> {
  const kinds = new Set([base, ours, theirs].filter(Boolean).map((v) => v!.kind));
  if (kinds.size > 1) {
    const result = pick(base, ours, theirs);
    if (result.conflict) conflicts.push({ ...where, base, ours, theirs });
    return result;
  }
  const kind = [...kinds][0];
  if (kind === 'richText') {
    type R = Extract<FieldValue, { kind: 'richText' }>;
    const merged = mergeLocalized(base as R | undefined, ours as R | undefined, theirs as R | undefined, where, conflicts);
    return { ...merged, value: { kind: 'richText', ...merged.value } };
  }
  if (kind === 'rows') return mergeRows(base as RowsValue | undefined, ours as RowsValue | undefined, theirs as RowsValue | undefined, where, conflicts);
  return mergeScalar(base as ScalarValue | undefined, ours as ScalarValue | undefined, theirs as ScalarValue | undefined, where, conflicts);
}

/**
 * Three-way merge of a card, field by field: `base` is the version a package was cut from,
 * `ours` the coordinator's current card, `theirs` the institution's. What one side changed is
 * taken; what both changed differently is a conflict, left as ours in the result and listed
 * with the three versions. Rich text merges block by block; rows merge row by row, cell by cell.
 */
export function mergeCard(base: Card, ours: Card, theirs: Card): CardMerge {
  const conflicts: Conflict[] = [];
  const changed: string[] = [];
  const fields: Card['fields'] = {};
  for (const id of new Set([...Object.keys(ours.fields), ...Object.keys(theirs.fields), ...Object.keys(base.fields)])) {
    const merged = mergeField(base.fields[id], ours.fields[id], theirs.fields[id], { cardId: ours.id, field: id }, conflicts);
    if (merged.value) fields[id] = merged.value;
    if (merged.fromTheirs) changed.push(id);
  }
  const ambition = pick(base.ambition, ours.ambition, theirs.ambition);
  if (ambition.conflict) conflicts.push({ cardId: ours.id, field: 'ambition', base: base.ambition, ours: ours.ambition, theirs: theirs.ambition });
  const card: Card = { ...ours, ambition: ambition.value, fields };
  // What was left to sort: what either side sorted away is gone, what either added stays.
  const toSort = mergeToSort(base.toSort, ours.toSort, theirs.toSort);
  if (toSort) card.toSort = toSort;
  else delete card.toSort;
  return { card, conflicts, changed };
}

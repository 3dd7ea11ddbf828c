import { LIMITS } from '../model/limits.js';
import type { Author, Card, CardVersions, FieldValue, Report, ReviewState, VersionKind, VersionPoint } from '../model/report.js';
import { canonicalJson } from '../merge/register.js';

/**
 * The versions of each card (`cardVersions`, format version 5), as pure functions: recording a
 * point (a save, an import, a review state), reading a card's points back with their values.
 *
 * A point holds every field of the card, each as the index of its value in the report's table
 * of values, where each distinct value is stored once: a point that changed one word of one
 * field adds that field's new value and a number per other field. A card keeps at most
 * {@link LIMITS.historyPoints} points: past it the oldest after the first is dropped (the first
 * is the card as its history began), so the newest and the starting point are always kept.
 * A contribution package never holds versions (see {@link withoutVersions}).
 */

/** The first format version with card versions: a report holding them says so. */
export const HISTORY_VERSION = 5;

/** What a new point says of itself, besides the card's values. */
export interface PointInfo {
  kind: Exclude<VersionKind, 'start'>;
  at: Date | string;
  by?: Author | undefined;
  state?: ReviewState | undefined;
  package?: string | undefined;
}

/** A point of a card's history with its values resolved: what the comparison shows. */
export interface ResolvedPoint {
  at: string;
  kind: VersionKind;
  by?: Author;
  state?: ReviewState;
  package?: string;
  fields: Record<string, FieldValue>;
}

const iso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());

/** Whether two cards hold the same field values (order of keys aside). */
export function sameFields(a: Card['fields'], b: Card['fields']): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The table of values being added to. A field's new value is compared with the value the card's
 * newest point holds for that field (the common case: the field did not change) and with the
 * values added by this same recording; only those are put in canonical form, so that recording
 * costs the size of the card, not of its whole history.
 */
class ValueTable {
  private readonly added = new Map<string, number>();
  readonly values: FieldValue[];

  constructor(values: readonly FieldValue[]) {
    this.values = [...values];
  }

  put(value: FieldValue, previous?: number): number {
    const key = canonicalJson(value);
    if (previous !== undefined && this.values[previous] !== undefined && (this.values[previous] === value || canonicalJson(this.values[previous]) === key)) return previous;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    this.values.push(value);
    this.added.set(key, this.values.length - 1);
    return this.values.length - 1;
  }
}

function pointOf(card: Card, table: ValueTable, info: Omit<VersionPoint, 'fields'>, previous?: VersionPoint): VersionPoint {
  const fields: Record<string, number> = {};
  for (const [field, value] of Object.entries(card.fields)) fields[field] = table.put(value, previous?.fields[field]);
  return { ...info, fields };
}

function infoOf(info: PointInfo): Omit<VersionPoint, 'fields'> {
  return {
    at: iso(info.at),
    kind: info.kind,
    ...(info.by ? { by: info.by } : {}),
    ...(info.state ? { state: info.state } : {}),
    ...(info.package ? { package: info.package } : {}),
  };
}

/** A card's points past the cap thinned: the first kept, then the newest. */
function capped(points: VersionPoint[]): VersionPoint[] {
  if (points.length <= LIMITS.historyPoints) return points;
  return [points[0]!, ...points.slice(points.length - (LIMITS.historyPoints - 1))];
}

/**
 * The versions with only the values some point refers to, renumbered in order of first use, and
 * only the cards the report still has: what is written, so that a dropped point or a deleted
 * card leaves nothing behind. Values are moved by index, never compared.
 */
export function compacted(versions: CardVersions, cardIds: ReadonlySet<string>): CardVersions {
  const values: FieldValue[] = [];
  const renumbered = new Map<number, number>();
  const cards: Record<string, VersionPoint[]> = {};
  for (const [cardId, points] of Object.entries(versions.cards)) {
    if (!cardIds.has(cardId) || points.length === 0) continue;
    cards[cardId] = points.map((p) => {
      const fields: Record<string, number> = {};
      for (const [field, i] of Object.entries(p.fields)) {
        const value = versions.values[i];
        if (value === undefined) continue;
        let j = renumbered.get(i);
        if (j === undefined) {
          j = values.push(value) - 1;
          renumbered.set(i, j);
        }
        fields[field] = j;
      }
      return { ...p, fields };
    });
  }
  return { values, cards };
}

/**
 * The report with a point recorded for each card of `changes`: its values as the report holds
 * them now. A card with no point yet whose version `before` differs from now first gets a
 * "start" point holding that earlier version, so that the first change can be compared too.
 * A package (a report with `package`) records nothing: its history is the coordinator's.
 */
export function recordPoints(report: Report, changes: readonly { card: string; before?: Card | undefined }[], info: PointInfo): Report {
  if (report.package || changes.length === 0) return report;
  const versions = report.cardVersions ?? { values: [], cards: {} };
  const table = new ValueTable(versions.values);
  const cards = { ...versions.cards };
  const meta = infoOf(info);
  let recorded = false;
  for (const { card: cardId, before } of changes) {
    const card = report.cards.find((c) => c.id === cardId);
    if (!card) continue;
    const points = [...(cards[cardId] ?? [])];
    if (points.length === 0 && before && !sameFields(before.fields, card.fields)) points.push(pointOf(before, table, { at: meta.at, kind: 'start' }));
    points.push(pointOf(card, table, meta, points.at(-1)));
    cards[cardId] = capped(points);
    recorded = true;
  }
  if (!recorded) return report;
  const next = compacted({ values: table.values, cards }, new Set(report.cards.map((c) => c.id)));
  return { ...report, version: Math.max(report.version, HISTORY_VERSION), cardVersions: next };
}

/** The values of a card's newest point, or undefined when it has none. */
export function newestFields(report: Report, cardId: string): Record<string, FieldValue> | undefined {
  const points = report.cardVersions?.cards[cardId];
  const last = points?.at(-1);
  return last ? resolve(report.cardVersions!, last).fields : undefined;
}

/**
 * The report as it is to be saved: a "save" point for each card whose values differ from its
 * newest point (or, for a card without points, from `saved`, the report as last written; a
 * card new since then gets its first point). Nothing changes for a report whose cards all
 * stand where their histories say, nor for a package. `saved` null: never written (or
 * restored from a recovery copy), every card without points gets one.
 */
export function recordSave(report: Report, saved: Report | null, at: Date | string, by?: Author): Report {
  if (report.package) return report;
  const changes: { card: string; before?: Card }[] = [];
  const savedCards = new Map(saved?.cards.map((c) => [c.id, c]));
  for (const card of report.cards) {
    // A card the window did not touch since the last save is the very same object: nothing to record.
    if (savedCards.get(card.id) === card) continue;
    const newest = newestFields(report, card.id);
    if (newest) {
      if (!sameFields(newest, card.fields)) changes.push({ card: card.id });
      continue;
    }
    const before = savedCards.get(card.id);
    if (!saved || !before) changes.push({ card: card.id });
    else if (!sameFields(before.fields, card.fields)) changes.push({ card: card.id, before });
  }
  const recorded = recordPoints(report, changes, { kind: 'save', at, by });
  // Cards deleted since the last save leave no history behind.
  const ids = new Set(report.cards.map((c) => c.id));
  if (recorded === report && report.cardVersions && Object.keys(report.cardVersions.cards).some((id) => !ids.has(id))) {
    return { ...report, cardVersions: compacted(report.cardVersions, ids) };
  }
  return recorded;
}

function resolve(versions: CardVersions, point: VersionPoint): ResolvedPoint {
  const fields: Record<string, FieldValue> = {};
  for (const [field, i] of Object.entries(point.fields)) {
    const value = versions.values[i];
    if (value !== undefined) fields[field] = value;
  }
  const { fields: _indices, ...info } = point;
  return { ...info, fields };
}

/** A card's points, oldest first, with their values. */
export function pointsOf(report: Report, cardId: string): ResolvedPoint[] {
  const versions = report.cardVersions;
  return (versions?.cards[cardId] ?? []).map((p) => resolve(versions!, p));
}

/**
 * The report without card versions, at the version its other contents need: what a contribution
 * package is cut from and what leaves the coordinator's hands. Version 5 brought nothing but the
 * versions, so a report at 5 needs 4 at most without them.
 */
export function withoutVersions(report: Report): Report {
  if (report.cardVersions === undefined && report.version < HISTORY_VERSION) return report;
  const { cardVersions: _versions, ...rest } = report;
  return { ...rest, version: Math.min(report.version, HISTORY_VERSION - 1) };
}

/**
 * A point's identity in its card's history: what made it and when (a point is never changed
 * once recorded; two review states of one card at the same millisecond differ by their state).
 */
const pointKey = (p: VersionPoint) => `${p.kind}\u0000${p.at}\u0000${p.state ?? ''}\u0000${p.package ?? ''}`;

/**
 * The points a step of the window's undo history recorded: those of `after` that `before` has
 * not, made by a review state or an import, with the "start" point recorded along with one of
 * them. A save's points are never a step's: a save is not undone, what it wrote stays written.
 */
function stepPoints(after: CardVersions | undefined, before: CardVersions | undefined): Map<string, VersionPoint[]> {
  const found = new Map<string, VersionPoint[]>();
  for (const [cardId, points] of Object.entries(after?.cards ?? {})) {
    const known = new Set((before?.cards[cardId] ?? []).map(pointKey));
    const made = points.filter((p) => (p.kind === 'review' || p.kind === 'import') && !known.has(pointKey(p)));
    if (made.length === 0) continue;
    const times = new Set(made.map((p) => p.at));
    found.set(
      cardId,
      points.filter((p) => !known.has(pointKey(p)) && (made.includes(p) || (p.kind === 'start' && times.has(p.at)))),
    );
  }
  return found;
}

/** Whether two histories hold the same points for every card (their tables of values aside). */
function samePoints(a: CardVersions | undefined, b: CardVersions | undefined): boolean {
  const ids = new Set([...Object.keys(a?.cards ?? {}), ...Object.keys(b?.cards ?? {})]);
  for (const id of ids) {
    const x = a?.cards[id] ?? [];
    const y = b?.cards[id] ?? [];
    if (x.length !== y.length || x.some((p, i) => pointKey(p) !== pointKey(y[i]!))) return false;
  }
  return true;
}

/** `target` holding `versions` (none when undefined), at the format version they need. */
function withVersions(target: Report, versions: CardVersions | undefined, version: number): Report {
  const { cardVersions: _old, ...rest } = target;
  return versions ? { ...rest, cardVersions: versions, version: Math.max(target.version, version) } : rest;
}

/**
 * The report an undo goes back to (`target`, the report before the step undone) with the card
 * versions of `from` (the report the step made, with the points saves added since), less the
 * points the step itself recorded: a review state or an import undone leaves no point behind, as
 * if never made; the points of saves stay (what was written was written). `target` itself when it
 * already holds those versions (the report is then as it stood, saved or not as it was).
 */
export function versionsAfterUndo(target: Report, from: Report): Report {
  if (target.cardVersions === from.cardVersions) return target;
  const dropped = stepPoints(from.cardVersions, target.cardVersions);
  let versions = from.cardVersions;
  if (versions && dropped.size > 0) {
    const cards = { ...versions.cards };
    for (const [cardId, points] of dropped) cards[cardId] = cards[cardId]!.filter((p) => !points.includes(p));
    versions = compacted({ values: versions.values, cards }, new Set(Object.keys(cards)));
    if (Object.keys(versions.cards).length === 0) versions = undefined;
  }
  if (samePoints(versions, target.cardVersions)) return target;
  return withVersions(target, versions, from.version);
}

/**
 * The report a redo comes back to (`target`, the report the step redone made) with the card
 * versions of `from` (the report before it, with the points saves added since), and the points
 * the step recorded put back in their place by date: redoing a review state or an import records
 * it again as it was first made.
 */
export function versionsAfterRedo(target: Report, from: Report): Report {
  if (target.cardVersions === from.cardVersions) return target;
  const added = stepPoints(target.cardVersions, from.cardVersions);
  let versions = from.cardVersions;
  if (target.cardVersions && added.size > 0) {
    const source = target.cardVersions;
    const table = new ValueTable(versions?.values ?? []);
    const cards = { ...versions?.cards };
    for (const [cardId, points] of added) {
      const merged = [...(cards[cardId] ?? [])];
      for (const point of points) {
        // A card's "start" is the card before its first recorded change: one already there stays the only one.
        if (point.kind === 'start' && merged.length > 0) continue;
        const fields: Record<string, number> = {};
        for (const [field, i] of Object.entries(point.fields)) {
          const value = source.values[i];
          if (value !== undefined) fields[field] = table.put(value);
        }
        // After the points of the same time or earlier (the histories are in order of time), and
        // after the card's "start" point whatever its time (a save records it when it records the card's first point).
        let at = merged.length;
        while (at > 0 && merged[at - 1]!.at > point.at && merged[at - 1]!.kind !== 'start') at--;
        merged.splice(at, 0, { ...point, fields });
      }
      cards[cardId] = capped(merged);
    }
    versions = compacted({ values: table.values, cards }, new Set(Object.keys(cards)));
  }
  if (samePoints(versions, target.cardVersions)) return target;
  return withVersions(target, versions, Math.max(from.version, target.version));
}

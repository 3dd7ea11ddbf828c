import type { Lang } from '../model/localized.js';
import type { Ambition, Card, FieldValue, Institution, Report } from '../model/report.js';
import type { Template } from '../model/template.js';

/**
 * The report's own structure, changed as the coordinator does it from the window: its
 * institutions, its ambitions and which cards they hold. Every change returns a new report
 * (sharing what it did not touch) or says why it is refused; none of them can produce a file
 * that fails the schema or the integrity check (tests/report/structure.test.ts proves it).
 */

/** Where an institution is named: one field of one card (or of the card a package was cut from). */
export interface InstitutionUse {
  card: string;
  field: string;
}

/** Why a change of the structure was refused, with what the user needs to put it right. */
export type StructureRefusal =
  /** The institution is still named by these cards' fields. */
  | { key: 'institution-in-use'; uses: InstitutionUse[] }
  /** The institution is the one this contribution package is for. */
  | { key: 'institution-of-package' }
  /** The ambition still holds these cards. */
  | { key: 'ambition-not-empty'; cards: string[] }
  /** A contribution package holds the cards it was cut with: the coordinator decides them. */
  | { key: 'package-cards' }
  /** No free number follows the template's numbering (its example is given). */
  | { key: 'no-number'; example: string }
  /** The institution, ambition or card is not (or no longer) in the report. */
  | { key: 'unknown'; id: string };

/** A changed report, with the id of what was added if anything; or why nothing changed. */
export type StructureResult = { ok: true; report: Report; id?: string } | { ok: false; refusal: StructureRefusal };

const refuse = (refusal: StructureRefusal): StructureResult => ({ ok: false, refusal });
const done = (report: Report, id?: string): StructureResult => (id === undefined ? { ok: true, report } : { ok: true, report, id });

/** An id made of `prefix` and random characters, unused by `taken` (ids follow the schema's pattern). */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (;;) {
    const id = `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
    if (!used.has(id)) return id;
  }
}

function namesInstitution(value: FieldValue, id: string): boolean {
  if (value.kind === 'institutions') return value.ids.includes(id);
  if (value.kind === 'rows') return value.rows.some((row) => Object.values(row.cells).some((cell) => cell.kind === 'institutions' && cell.ids.includes(id)));
  return false;
}

/**
 * Every card field that names an institution (lead institutions, a contact's institution…),
 * in the report's cards and, in a contribution package, in the cards it was cut from.
 */
export function institutionUses(report: Report, id: string): InstitutionUse[] {
  const uses: InstitutionUse[] = [];
  const seen = new Set<string>();
  for (const card of [...report.cards, ...(report.package?.bases ?? [])]) {
    for (const [field, value] of Object.entries(card.fields)) {
      const key = `${card.id}\n${field}`;
      if (!seen.has(key) && namesInstitution(value, id)) {
        seen.add(key);
        uses.push({ card: card.id, field });
      }
    }
  }
  return uses;
}

/** A new institution, unnamed yet, at the end of the list. */
export function addInstitution(report: Report): StructureResult {
  const id = freshId('inst', report.institutions.map((i) => i.id));
  return done({ ...report, institutions: [...report.institutions, { id, name: {} }] }, id);
}

/** Removes an institution no card names; refused, with the cards that do, otherwise. */
export function removeInstitution(report: Report, id: string): StructureResult {
  if (!report.institutions.some((i) => i.id === id)) return refuse({ key: 'unknown', id });
  if (report.package && (report.package.institution === id || Object.values(report.package.shared).some((ids) => ids.includes(id)))) return refuse({ key: 'institution-of-package' });
  const uses = institutionUses(report, id);
  if (uses.length > 0) return refuse({ key: 'institution-in-use', uses });
  return done({ ...report, institutions: report.institutions.filter((i) => i.id !== id) });
}

/** Sets an institution's acronym in one language; an empty one is removed, not kept blank. */
export function setAcronym(report: Report, id: string, lang: Lang, text: string): StructureResult {
  if (!report.institutions.some((i) => i.id === id)) return refuse({ key: 'unknown', id });
  const update = (inst: Institution): Institution => {
    const { [lang]: _old, ...others } = inst.acronym ?? {};
    const acronym = text.trim() === '' ? others : { ...others, [lang]: text };
    const { acronym: _was, ...rest } = inst;
    return Object.keys(acronym).length > 0 ? { ...rest, acronym } : rest;
  };
  return done({ ...report, institutions: report.institutions.map((i) => (i.id === id ? update(i) : i)) });
}

/** A new ambition, untitled yet, after the others. */
export function addAmbition(report: Report): StructureResult {
  const id = freshId('amb', report.ambitions.map((a) => a.id));
  return done({ ...report, ambitions: [...report.ambitions, { id, title: {} }] }, id);
}

/** Moves an ambition by `delta` places (−1 up, +1 down) within the list. */
export function moveAmbition(report: Report, id: string, delta: number): StructureResult {
  const from = report.ambitions.findIndex((a) => a.id === id);
  if (from < 0) return refuse({ key: 'unknown', id });
  const to = Math.min(report.ambitions.length - 1, Math.max(0, from + delta));
  if (to === from) return done(report);
  const ambitions = [...report.ambitions];
  const [moved] = ambitions.splice(from, 1);
  ambitions.splice(to, 0, moved as Ambition);
  return done({ ...report, ambitions });
}

/** Removes an ambition that holds no card; refused, with its cards, otherwise. */
export function removeAmbition(report: Report, id: string): StructureResult {
  if (!report.ambitions.some((a) => a.id === id)) return refuse({ key: 'unknown', id });
  const cards = report.cards.filter((c) => c.ambition === id).map((c) => c.id);
  if (cards.length > 0) return refuse({ key: 'ambition-not-empty', cards });
  return done({ ...report, ambitions: report.ambitions.filter((a) => a.id !== id) });
}

const trailing = (number: string) => /(\d+)$/.exec(number);

/**
 * The number a new card of an ambition gets, following the template's numbering as its example
 * shows it: one sequence through the report ("22" after "21"), or one per ambition when numbers
 * carry the ambition's own ("2-4" after "2-3"; a new ambition takes the next free prefix).
 * Undefined when that number would not match the template's pattern.
 */
export function nextCardNumber(report: Report, template: Template, ambitionId: string): string | undefined {
  const pattern = new RegExp(template.card.numberPattern);
  const taken = new Set(report.cards.map((c) => c.number));
  const scoped = /^(\d+)(\D+)(\d+)$/.exec(template.card.numberExample);
  let candidate: string;
  if (scoped) {
    const sep = scoped[2]!;
    const parts = (c: Card) => {
      const m = new RegExp(`^(\\d+)${sep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`).exec(c.number);
      return m ? { group: Number(m[1]), n: Number(m[2]) } : undefined;
    };
    const own = report.cards.filter((c) => c.ambition === ambitionId).map(parts).filter((p) => p !== undefined);
    const others = new Set(report.cards.filter((c) => c.ambition !== ambitionId).map(parts).filter((p) => p !== undefined).map((p) => p.group));
    const position = report.ambitions.findIndex((a) => a.id === ambitionId) + 1;
    const group = own.length > 0 ? Math.max(...own.map((p) => p.group)) : !others.has(position) ? position : Math.max(0, ...others) + 1;
    const last = Math.max(0, ...own.filter((p) => p.group === group).map((p) => p.n));
    candidate = `${group}${sep}${last + 1}`;
  } else {
    const prefix = template.card.numberExample.replace(/\d+$/, '');
    const last = Math.max(0, ...report.cards.map((c) => Number(trailing(c.number)?.[1] ?? 0)));
    candidate = `${prefix}${last + 1}`;
  }
  return candidate.length <= 20 && pattern.test(candidate) && !taken.has(candidate) ? candidate : undefined;
}

/** A new, empty card in an ambition, numbered next; its fields are written in the card form. */
export function addCard(report: Report, template: Template, ambitionId: string): StructureResult {
  if (report.package) return refuse({ key: 'package-cards' });
  if (!report.ambitions.some((a) => a.id === ambitionId)) return refuse({ key: 'unknown', id: ambitionId });
  const number = nextCardNumber(report, template, ambitionId);
  if (number === undefined) return refuse({ key: 'no-number', example: template.card.numberExample });
  const id = freshId('card', report.cards.map((c) => c.id));
  return done({ ...report, cards: [...report.cards, { id, number, ambition: ambitionId, fields: {} }] }, id);
}

/** Removes a card and everything written in it (the window asks first; Undo brings it back). */
export function removeCard(report: Report, id: string): StructureResult {
  if (report.package) return refuse({ key: 'package-cards' });
  if (!report.cards.some((c) => c.id === id)) return refuse({ key: 'unknown', id });
  return done({ ...report, cards: report.cards.filter((c) => c.id !== id) });
}

/** Puts a card in another ambition; it keeps its number and everything written in it. */
export function moveCard(report: Report, id: string, ambitionId: string): StructureResult {
  if (report.package) return refuse({ key: 'package-cards' });
  if (!report.ambitions.some((a) => a.id === ambitionId)) return refuse({ key: 'unknown', id: ambitionId });
  const card = report.cards.find((c) => c.id === id);
  if (!card) return refuse({ key: 'unknown', id });
  if (card.ambition === ambitionId) return done(report);
  return done({ ...report, cards: report.cards.map((c) => (c.id === id ? { ...c, ambition: ambitionId } : c)) });
}

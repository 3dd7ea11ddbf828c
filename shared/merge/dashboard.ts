import type { Lang, Localized } from '../model/localized.js';
import type { Card, ImportRecord, Person, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { cardCompleteness, share, type Completeness } from '../report/completeness.js';
import { contentIn } from '../report/localized.js';
import { cardIssues, sortedCards } from '../validate/validate.js';
import { leadInstitutions, leadsOf } from './package.js';

/** What the dashboard knows beyond the report: packages cut in this session, conflicts waiting. */
export interface DashboardContext {
  /** Institutions whose package was cut (the report does not record it), with when. */
  cut?: ReadonlyMap<string, string>;
  /** Conflicts of the import under review, by card and by institution of the package. */
  conflicts?: readonly { cardId: string; institution: string }[];
}

/** The last import of an institution's package: when, sent by whom. */
export interface Returned {
  at: string;
  institution: string;
  sentBy: Person | null;
}

/** One row of the dashboard, for a commitment or for an institution. */
export interface DashboardRow {
  kind: 'card' | 'institution';
  id: string;
  /** The card's number, or the institution's acronym ("" when none). */
  number: string;
  /** The card's title or the institution's name, per language. */
  label: Record<Lang, string>;
  /** Lead institutions (for a card) or cards led (for an institution), as ids. */
  related: string[];
  /** When the package was cut in this session; null when not (or not known). */
  sentAt: string | null;
  /** The latest import from the institution (for a card: from any of its leads). */
  returned: Returned | null;
  /** For a card: how many of its lead institutions have returned their package. */
  returnedCount: number;
  completeness: Record<Lang, number>;
  outOfDate: number;
  errors: number;
  conflicts: number;
}

function lastImport(history: readonly ImportRecord[], institutions: readonly string[]): Returned | null {
  const records = history.filter((h) => institutions.includes(h.institution));
  const last = records.reduce<ImportRecord | null>((a, b) => (!a || b.at >= a.at ? b : a), null);
  return last ? { at: last.at, institution: last.institution, sentBy: last.sentBy } : null;
}

function cardFigures(card: Card, template: Template) {
  const issues = cardIssues(card, template, ['fr', 'en']).filter((i) => i.severity === 'error');
  return {
    fr: cardCompleteness(card, template, 'fr'),
    en: cardCompleteness(card, template, 'en'),
    outOfDate: issues.filter((i) => i.code === 'out-of-date').length,
    errors: issues.length,
  };
}

const add = (a: Completeness, b: Completeness): Completeness => ({ done: a.done + b.done, total: a.total + b.total });

/** A localized plain text in each language; a missing language stays empty (never filled from the other). */
function byLang(value: Localized<string> | undefined): Record<Lang, string> {
  return { fr: contentIn(value, 'fr') ?? '', en: contentIn(value, 'en') ?? '' };
}

/**
 * One row per commitment, in reading order: its leads, whether their packages were cut and
 * returned (from the report's import history), completeness per language, English values out
 * of date, validation errors, and conflicts waiting in the import under review.
 */
export function commitmentRows(report: Report, template: Template, context: DashboardContext = {}): DashboardRow[] {
  const history = report.history ?? [];
  return sortedCards(report).map((card) => {
    const leads = leadsOf(card, template);
    const f = cardFigures(card, template);
    const cutTimes = leads.map((id) => context.cut?.get(id)).filter((x): x is string => !!x).sort();
    return {
      kind: 'card',
      id: card.id,
      number: card.number,
      label: byLang(card.fields[template.card.titleField] as Localized<string> | undefined),
      related: leads,
      sentAt: cutTimes.at(-1) ?? null,
      returned: lastImport(history, leads),
      returnedCount: leads.filter((id) => history.some((h) => h.institution === id)).length,
      completeness: { fr: share(f.fr), en: share(f.en) },
      outOfDate: f.outOfDate,
      errors: f.errors,
      conflicts: (context.conflicts ?? []).filter((c) => c.cardId === card.id).length,
    };
  });
}

/**
 * One row per lead institution: its cards taken together (completeness, out-of-date English,
 * errors), whether its package was cut and returned, and the conflicts its package left waiting.
 */
export function institutionRows(report: Report, template: Template, context: DashboardContext = {}): DashboardRow[] {
  const history = report.history ?? [];
  return leadInstitutions(report, template).map((id) => {
    const inst = report.institutions.find((i) => i.id === id)!;
    const cards = sortedCards(report).filter((c) => leadsOf(c, template).includes(id));
    const zero: Completeness = { done: 0, total: 0 };
    const sum = cards.map((c) => cardFigures(c, template)).reduce((a, b) => ({ fr: add(a.fr, b.fr), en: add(a.en, b.en), outOfDate: a.outOfDate + b.outOfDate, errors: a.errors + b.errors }), { fr: zero, en: zero, outOfDate: 0, errors: 0 });
    const returned = lastImport(history, [id]);
    return {
      kind: 'institution',
      id,
      number: inst.acronym?.fr ?? '',
      label: byLang(inst.name),
      related: cards.map((c) => c.id),
      sentAt: context.cut?.get(id) ?? null,
      returned,
      returnedCount: returned ? 1 : 0,
      completeness: { fr: share(sum.fr), en: share(sum.en) },
      outOfDate: sum.outOfDate,
      errors: sum.errors,
      conflicts: (context.conflicts ?? []).filter((c) => c.institution === id).length,
    };
  });
}

/** A contact person of an institution, as the cards it leads name them. */
export interface Reminder {
  institution: string;
  name: Record<Lang, string>;
  /** The numbers of the cards it leads. */
  cards: string[];
  contacts: Person[];
}

function plainCell(value: unknown): string {
  return value && typeof value === 'object' && (value as { kind?: string }).kind === 'plain' ? String((value as { value: unknown }).value ?? '').trim() : '';
}

/** The contacts a card names for an institution: rows of its contact list (a rows field with an `email` column). */
function contactsOf(card: Card, template: Template, institution: string): Person[] {
  const defs = template.card.fields.filter((f) => f.kind === 'rows' && f.columns.some((c) => c.id === 'email'));
  const people: Person[] = [];
  for (const def of defs) {
    const value = card.fields[def.id];
    if (value?.kind !== 'rows') continue;
    // A contact row naming its own institution belongs to it alone; one naming none belongs to every lead.
    for (const row of value.rows) {
      const inst = row.cells['institution'];
      if (inst?.kind === 'institutions' && inst.ids.length > 0 && !inst.ids.includes(institution)) continue;
      const person = { name: plainCell(row.cells['name']), email: plainCell(row.cells['email']) };
      if (person.name || person.email) people.push(person);
    }
  }
  return people;
}

/**
 * The lead institutions that have not returned their package (no import of theirs in the
 * history), with the contacts their cards name, without duplicates, in the report's order.
 */
export function reminders(report: Report, template: Template): Reminder[] {
  const history = report.history ?? [];
  return leadInstitutions(report, template)
    .filter((id) => !history.some((h) => h.institution === id))
    .map((id) => {
      const cards = sortedCards(report).filter((c) => leadsOf(c, template).includes(id));
      const seen = new Set<string>();
      const contacts = cards.flatMap((c) => contactsOf(c, template, id)).filter((p) => {
        const key = `${p.name}\u0000${p.email}`.toLowerCase();
        return seen.has(key) ? false : (seen.add(key), true);
      });
      return { institution: id, name: byLang(report.institutions.find((i) => i.id === id)!.name), cards: cards.map((c) => c.number), contacts };
    });
}

/** The words a reminder text needs, from the interface's catalog (shared code holds no display strings). */
export interface ReminderWords {
  /** The heading, first line of the text. */
  heading: string;
  /** Introduces the card numbers, e.g. "engagements". */
  cards: string;
  /** Shown when the cards name no contact. */
  noContact: string;
}

/**
 * The reminders as plain text ready to paste into an email: one paragraph per institution, its
 * cards, then one line per contact as "Name <email>".
 */
export function reminderText(list: readonly Reminder[], lang: Lang, words: ReminderWords): string {
  const blocks = list.map((r) => {
    const name = r.name[lang] || r.name.fr || r.institution;
    const people = r.contacts.map((p) => `  - ${[p.name, p.email && `<${p.email}>`].filter(Boolean).join(' ')}`);
    return [`${name} (${words.cards} ${r.cards.join(', ')})`, ...(people.length ? people : [`  - ${words.noContact}`])].join('\n');
  });
  return [words.heading, '', ...blocks.flatMap((b, i) => (i ? ['', b] : [b]))].join('\n') + '\n';
}

/** Byte order mark: tells Excel the CSV is UTF-8, so accents survive. */
const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled), per RFC 4180. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted where needed, and a
 * UTF-8 byte order mark so that Excel reads accents right.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

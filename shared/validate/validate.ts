import type { Lang, Localized } from '../model/localized.js';
import type { RichText } from '../model/richtext.js';
import type { Card, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { isBlankIn, isOutOfDate } from '../report/localized.js';
import { fieldProblems, type FieldProblemCode } from './fields.js';

/** Where a validation issue stands. */
export type IssueTarget =
  | { kind: 'report'; part: 'title' | 'issuer' | 'period' | 'published' | 'cards' }
  | { kind: 'institution'; id: string }
  | { kind: 'ambition'; id: string }
  | { kind: 'chapter'; id: string; part: 'title' | 'body' }
  | { kind: 'card'; id: string; number: string; field?: string; row?: number; column?: string };

/** One thing that stands between the report and its publication (or, as a warning, worth a look). */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: FieldProblemCode | 'bad-number' | 'duplicate-number' | 'no-ambition';
  /** The language concerned; undefined when the problem is the same in both. */
  lang?: Lang;
  target: IssueTarget;
}

function localizedIssues(value: Localized<string | RichText>, langs: readonly Lang[], target: IssueTarget, required = true): ValidationIssue[] {
  return langs.flatMap((lang): ValidationIssue[] => {
    if (isBlankIn(value, lang)) return required ? [{ severity: 'error', code: 'missing', lang, target }] : [];
    return lang === 'en' && isOutOfDate(value) ? [{ severity: 'error', code: 'out-of-date', lang, target }] : [];
  });
}

/** The problems of one card, field by field, in the template's order. */
export function cardIssues(card: Card, template: Template, langs: readonly Lang[], numbers?: ReadonlyMap<string, number>): ValidationIssue[] {
  const base = { kind: 'card' as const, id: card.id, number: card.number };
  const issues: ValidationIssue[] = [];
  if (!new RegExp(template.card.numberPattern).test(card.number)) issues.push({ severity: 'error', code: 'bad-number', target: base });
  if ((numbers?.get(card.number) ?? 1) > 1) issues.push({ severity: 'error', code: 'duplicate-number', target: base });
  if (card.ambition === null) issues.push({ severity: 'error', code: 'no-ambition', target: base });
  for (const def of template.card.fields) {
    for (const p of fieldProblems(def, card.fields[def.id], langs)) {
      const target: IssueTarget = { ...base, field: def.id, ...(p.row !== undefined ? { row: p.row, column: p.column } : {}) };
      issues.push({ severity: 'error', code: p.code, ...(p.lang ? { lang: p.lang } : {}), target });
    }
  }
  return issues;
}

/**
 * Everything that blocks the publication of a report in the given languages: empty required
 * fields per card and language, English values out of date, malformed values, and the
 * report's own title, issuer, chapters, ambitions and institution names.
 */
export function validateReport(report: Report, template: Template, langs: readonly Lang[] = ['fr', 'en']): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...localizedIssues(report.title, langs, { kind: 'report', part: 'title' }),
    ...localizedIssues(report.issuer, langs, { kind: 'report', part: 'issuer' }),
  ];
  if (report.period.trim() === '') issues.push({ severity: 'error', code: 'missing', target: { kind: 'report', part: 'period' } });
  if (report.published === null) issues.push({ severity: 'warning', code: 'missing', target: { kind: 'report', part: 'published' } });
  if (report.cards.length === 0) issues.push({ severity: 'error', code: 'missing', target: { kind: 'report', part: 'cards' } });
  for (const inst of report.institutions) issues.push(...localizedIssues(inst.name, langs, { kind: 'institution', id: inst.id }));
  for (const amb of report.ambitions) issues.push(...localizedIssues(amb.title, langs, { kind: 'ambition', id: amb.id }));
  for (const ch of report.chapters) {
    issues.push(...localizedIssues(ch.title, langs, { kind: 'chapter', id: ch.id, part: 'title' }));
    issues.push(...localizedIssues(ch.body, langs, { kind: 'chapter', id: ch.id, part: 'body' }));
  }
  const numbers = new Map<string, number>();
  for (const card of report.cards) numbers.set(card.number, (numbers.get(card.number) ?? 0) + 1);
  for (const card of sortedCards(report)) issues.push(...cardIssues(card, template, langs, numbers));
  return issues;
}

/** Tells whether any issue blocks publication. */
export function blocksPublication(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Compares card numbers as a reader would: 2 before 10, 1-5 before 1-12 before 2-1. */
export function compareCardNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The cards in reading order. */
export function sortedCards(report: Report): Card[] {
  return [...report.cards].sort((a, b) => compareCardNumbers(a.number, b.number));
}

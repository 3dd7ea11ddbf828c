import type { Report } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { packageIssues } from '../../../shared/validate/package.js';
import { validateReport, type ValidationIssue } from '../../../shared/validate/validate.js';

/**
 * A pure function of the report, computed once per version of it: every edit makes a new
 * report object, so the components that show the same result (the outline's count, the
 * validation panel, a package's list) share one computation, and renders that change nothing
 * in the report recompute nothing.
 */
function perReport<T>(compute: (report: Report, template: Template) => T): (report: Report, template: Template) => T {
  const cache = new WeakMap<Report, { template: Template; value: T }>();
  return (report, template) => {
    const hit = cache.get(report);
    if (hit?.template === template) return hit.value;
    const value = compute(report, template);
    cache.set(report, { template, value });
    return value;
  };
}

/** Everything validation finds in the report (see `validateReport`). */
export const reportIssues: (report: Report, template: Template) => ValidationIssue[] = perReport(validateReport);

/** What a contribution package still lacks before sending (see `packageIssues`). */
export const openPackageIssues: (report: Report, template: Template) => ValidationIssue[] = perReport(packageIssues);

/**
 * Where a card's field lacks a value the publication requires: the languages concerned
 * (`'fr'`, `'en'`, `'fr en'`), `'all'` for a value that is not per language, or `''`. A string,
 * so that a component selecting it re-renders only when it changes.
 */
export function missingIn(report: Report, template: Template, cardId: string, fieldId: string): string {
  const langs = new Set<string>();
  for (const issue of reportIssues(report, template)) {
    const target = issue.target;
    if (issue.code !== 'missing' || issue.severity !== 'error' || target.kind !== 'card' || target.id !== cardId || target.field !== fieldId || target.row !== undefined) continue;
    langs.add(issue.lang ?? 'all');
  }
  return [...langs].sort().reverse().join(' ');
}

/**
 * The units every count of what blocks publication uses (the outline's badge, the panel, the
 * export check): one missing text is one field in one language; an English translation to
 * review is one field; a value with no language (a level, institutions, a date) is one field,
 * missing for both languages at once. `total` is their sum, the badge's number.
 */
export interface IssueTally {
  total: number;
  /** Texts missing in French. */
  fr: number;
  /** Texts missing in English. */
  en: number;
  /** English translations whose French changed since: to review. */
  review: number;
  /** Values with no language that are missing. */
  common: number;
}

/** Counts the blocking issues (errors) in the units of {@link IssueTally}. */
export function tallyIssues(issues: readonly ValidationIssue[]): IssueTally {
  const tally: IssueTally = { total: 0, fr: 0, en: 0, review: 0, common: 0 };
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    tally.total++;
    if (issue.code === 'out-of-date') tally.review++;
    else if (issue.lang === 'fr') tally.fr++;
    else if (issue.lang === 'en') tally.en++;
    else tally.common++;
  }
  return tally;
}

/** What the list of blocking points is narrowed to: a language (or none), an institution, a card. */
export interface IssueFilter {
  lang: 'fr' | 'en' | 'common' | '';
  institution: string;
  card: string;
}

/** The issues a filter keeps. A card's institutions are its lead institutions (`leadField`). */
export function filterIssues(issues: readonly ValidationIssue[], report: Report, template: Template, filter: IssueFilter): ValidationIssue[] {
  const leads = (cardId: string) => {
    const value = report.cards.find((c) => c.id === cardId)?.fields[template.card.leadField];
    return value?.kind === 'institutions' ? value.ids : [];
  };
  return issues.filter((issue) => {
    const target = issue.target;
    if (filter.lang && (filter.lang === 'common' ? issue.lang !== undefined : issue.lang !== filter.lang)) return false;
    if (filter.card && (target.kind !== 'card' || target.id !== filter.card)) return false;
    if (filter.institution && (target.kind !== 'card' || !leads(target.id).includes(filter.institution))) return false;
    return true;
  });
}

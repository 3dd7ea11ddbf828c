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

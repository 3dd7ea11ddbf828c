import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import { useBilan } from '../../store/index.js';
import { openPackageIssues } from '../../store/issues.js';

/** What the open package still lacks before sending: every issue, and how many bar it or only warn. */
export function usePackageIssues(): { issues: ValidationIssue[]; errors: number; warnings: number } {
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const issues = openPackageIssues(report, template);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { issues, errors, warnings: issues.length - errors };
}

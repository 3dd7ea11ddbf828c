import type { ExportCheck, MissingText } from '../../../shared/ipc/dto.js';
import { missingForExport } from '../../../shared/export/missing.js';
import type { Lang } from '../../../shared/model/localized.js';
import { Report } from '../../../shared/model/report.js';
import { cardHeading, describeValidationIssue } from '../../../shared/validate/describe.js';
import { validateReport } from '../../../shared/validate/validate.js';
import { notApproved } from './export-service.js';
import { refused } from './ipc-args.js';
import type { TemplateStore } from './template-store.js';

/**
 * What an export in each language would lack, for the export dialog to show before exporting:
 * the same list ExportService refuses with, worded in both languages so the dialog follows the
 * interface language, and each entry keeping its target so that it leads to its field.
 */
export function checkExport(raw: unknown, templates: TemplateStore, langs: readonly Lang[]): ExportCheck {
  const parsed = Report.safeParse(raw);
  if (!parsed.success) throw refused('ipc.badArgument', { detail: `exportCheck: ${parsed.error.issues[0]?.message ?? 'invalid report'}` });
  const report = parsed.data;
  const template = templates.forReport(report);
  const word = (issue: MissingText['issue']): MissingText => ({
    issue,
    message: { fr: describeValidationIssue(issue, report, template, 'fr'), en: describeValidationIssue(issue, report, template, 'en') },
    card: issue.target.kind === 'card' ? { fr: cardHeading(report, template, issue.target.id, 'fr'), en: cardHeading(report, template, issue.target.id, 'en') } : null,
  });
  const missing = [...new Set(langs)].map((lang) => ({ lang, texts: missingForExport(report, template, lang).map(word) }));
  const outOfDate = langs.includes('en') ? validateReport(report, template, ['en']).filter((i) => i.code === 'out-of-date').length : 0;
  // A report that waits for every card to be approved: the final export is refused until then.
  return { missing, outOfDate, notApproved: notApproved(report, template).map(word) };
}

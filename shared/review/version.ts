import type { Report } from '../model/report.js';

/** The first format version with comments, review states and settings: a report using them says so. */
export const REVIEW_VERSION = 3;

/**
 * The report, marked as version 3 when it holds comments, review states or settings (a reader
 * of version 2 would refuse those as unknown, or a lenient one drop them), else unchanged.
 */
export function withReviewVersion(report: Report): Report {
  const uses = (report.comments?.length ?? 0) > 0 || Object.keys(report.review ?? {}).length > 0 || report.settings !== undefined;
  return uses && report.version < REVIEW_VERSION ? { ...report, version: REVIEW_VERSION } : report;
}

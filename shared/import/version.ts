import type { Report } from '../model/report.js';

/** The first format version with "to sort" lists: a report holding one says so. */
export const TO_SORT_VERSION = 4;

/** Whether a report holds anything to sort, on a card or of its own. */
export function hasToSort(report: Report): boolean {
  return (report.toSort?.length ?? 0) > 0 || report.cards.some((c) => (c.toSort?.length ?? 0) > 0);
}

/**
 * The report, marked as version 4 when it holds "to sort" lists (a reader of version 3 would
 * refuse the key as a damaged file, or a lenient one drop the content), else unchanged.
 */
export function withToSortVersion(report: Report): Report {
  return hasToSort(report) && report.version < TO_SORT_VERSION ? { ...report, version: TO_SORT_VERSION } : report;
}

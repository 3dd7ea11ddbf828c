import type { Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { cardIssues, sortedCards, type ValidationIssue } from './validate.js';

/**
 * What a contributor should look at before sending a package: the problems of the package's
 * own cards, in reading order (the report's title, chapters and institutions are the
 * coordinator's). English gaps and English out of date are warnings, not bars: the coordinator
 * may have the cards translated. What is missing in French, or invalid, stays an error.
 */
export function packageIssues(report: Report, template: Template): ValidationIssue[] {
  const numbers = new Map<string, number>();
  for (const card of report.cards) numbers.set(card.number, (numbers.get(card.number) ?? 0) + 1);
  return sortedCards(report).flatMap((card) => cardIssues(card, template, ['fr', 'en'], numbers).map((issue): ValidationIssue => (issue.lang === 'en' ? { ...issue, severity: 'warning' } : issue)));
}

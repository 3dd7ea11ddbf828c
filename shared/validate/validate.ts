import type { Lang, Localized } from '../model/localized.js';
import type { RichText } from '../model/richtext.js';
import type { Card, FieldValue, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { isBlankIn, isOutOfDate } from '../report/localized.js';
import { plainText } from '../report/text.js';
import { wordsOf } from '../text/words.js';
import { parseCoverage, undrawable } from './drawable.js';
import { fieldProblems, type FieldProblemCode } from './fields.js';

/** Where a validation issue stands. */
export type IssueTarget =
  | { kind: 'report'; part: 'title' | 'issuer' | 'period' | 'published' | 'cards' | 'toSort' }
  | { kind: 'institution'; id: string }
  | { kind: 'ambition'; id: string }
  | { kind: 'chapter'; id: string; part: 'title' | 'body' }
  | { kind: 'card'; id: string; number: string; field?: string; row?: number; column?: string };

/** One thing that stands between the report and its publication (or, as a warning, worth a look). */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: FieldProblemCode | 'bad-number' | 'duplicate-number' | 'no-ambition' | 'undrawable' | 'not-approved' | 'to-sort' | 'too-long';
  /** The language concerned; undefined when the problem is the same in both. */
  lang?: Lang;
  target: IssueTarget;
  /** `undrawable`: the characters concerned, as they stand in the text. */
  chars?: string;
  /** `too-long`: the words the text holds, and the most the template suggests. */
  words?: number;
  max?: number;
}

/** The text a value shows in one language, or in both when it is not localized. */
function shownText(value: FieldValue | undefined, lang: Lang): string {
  if (!value) return '';
  if (value.kind === 'text') return value[lang]?.content ?? '';
  if (value.kind === 'richText') return value[lang] ? plainText(value[lang].content) : '';
  if (value.kind === 'plain') return value.value;
  if (value.kind === 'rows') return value.rows.map((row) => Object.values(row.cells).map((cell) => shownText(cell, lang)).join('\t')).join('\n');
  return '';
}

/**
 * Warnings for characters the template's fonts cannot print (see shared/validate/drawable.ts),
 * per field and language; the PDF shows a visible mark in their place.
 */
function undrawableIssues(card: Card, template: Template, langs: readonly Lang[], base: IssueTarget): ValidationIssue[] {
  const coverage = template.page.fonts.coverage;
  if (!coverage) return [];
  const ranges = parseCoverage(coverage);
  const issues: ValidationIssue[] = [];
  for (const def of template.card.fields) {
    const value = card.fields[def.id];
    const localized = value?.kind === 'text' || value?.kind === 'richText' || value?.kind === 'rows';
    for (const lang of localized ? langs : langs.slice(0, 1)) {
      const chars = undrawable(shownText(value, lang), ranges);
      if (chars.length) issues.push({ severity: 'warning', code: 'undrawable', ...(localized ? { lang } : {}), target: { ...base, field: def.id } as IssueTarget, chars: chars.join(' ') });
    }
  }
  return issues;
}

function localizedIssues(value: Localized<string | RichText>, langs: readonly Lang[], target: IssueTarget, required = true): ValidationIssue[] {
  return langs.flatMap((lang): ValidationIssue[] => {
    if (isBlankIn(value, lang)) return required ? [{ severity: 'error', code: 'missing', lang, target }] : [];
    return lang === 'en' && isOutOfDate(value) ? [{ severity: 'error', code: 'out-of-date', lang, target }] : [];
  });
}

/**
 * Warnings for texts longer than their template suggests (`maxWords`), per field and language,
 * words counted as everywhere else (shared/text/words.ts). Advice for the writer: never a bar to export.
 */
function lengthIssues(card: Card, template: Template, langs: readonly Lang[], base: IssueTarget): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const def of template.card.fields) {
    if (def.kind === 'rows' || def.maxWords === undefined) continue;
    const value = card.fields[def.id];
    if (value?.kind !== 'text' && value?.kind !== 'richText') continue;
    for (const lang of langs) {
      const words = wordsOf(value[lang]?.content);
      if (words > def.maxWords) issues.push({ severity: 'warning', code: 'too-long', lang, target: { ...base, field: def.id } as IssueTarget, words, max: def.maxWords });
    }
  }
  return issues;
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
  issues.push(...undrawableIssues(card, template, langs, base));
  issues.push(...lengthIssues(card, template, langs, base));
  return issues;
}

/**
 * Everything that blocks the publication of a report in the given languages: empty required
 * fields per card and language, English values out of date, malformed values, and the
 * report's own title, issuer, chapters, ambitions and institution names; and, when the report's
 * settings ask for it (`requireApproval`), each card not yet approved.
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
  for (const card of sortedCards(report)) {
    issues.push(...cardIssues(card, template, langs, numbers));
    if (report.settings?.requireApproval && report.review?.[card.id]?.state !== 'approved') issues.push({ severity: 'error', code: 'not-approved', target: { kind: 'card', id: card.id, number: card.number } });
    // What an import left to sort is never printed: a warning, so that nobody publishes without looking.
    if (card.toSort?.length) issues.push({ severity: 'warning', code: 'to-sort', target: { kind: 'card', id: card.id, number: card.number } });
  }
  if (report.toSort?.length) issues.push({ severity: 'warning', code: 'to-sort', target: { kind: 'report', part: 'toSort' } });
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

import type { Lang, Localized } from '../model/localized.js';
import type { Report } from '../model/report.js';
import type { RichText } from '../model/richtext.js';
import type { Template } from '../model/template.js';
import { isBlankIn } from '../report/localized.js';
import { validateReport, type IssueTarget, type ValidationIssue } from '../validate/validate.js';

const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/**
 * What an export in `lang` would have to leave out or fill with a placeholder: required texts
 * missing in that language, cards without the level the progress summary counts, and texts
 * written in the other language only (an export never
 * borrows the other language's words). The export refuses while this is not empty, unless the
 * user asks for placeholders.
 */
export function missingForExport(report: Report, template: Template, lang: Lang, cardIds?: ReadonlySet<string>): ValidationIssue[] {
  const inScope = (target: IssueTarget) => !cardIds || (target.kind === 'card' && cardIds.has(target.id));
  // The summary's level is the same in both languages, yet an export without it would print no figure.
  const level = template.summary?.field;
  const isLevel = (target: IssueTarget) => target.kind === 'card' && target.field === level;
  const found = validateReport(report, template, [lang]).filter((i) => i.code === 'missing' && (i.lang === lang || (i.lang === undefined && isLevel(i.target))) && inScope(i.target));
  const seen = new Set(found.map((i) => JSON.stringify(i.target)));
  const untranslated = (value: Localized<string | RichText> | undefined, target: IssueTarget) => {
    if (!inScope(target) || seen.has(JSON.stringify(target))) return;
    if (isBlankIn(value, lang) && !isBlankIn(value, other(lang))) found.push({ severity: 'error', code: 'missing', lang, target });
  };
  for (const card of report.cards) {
    for (const def of template.card.fields) {
      const value = card.fields[def.id];
      const base = { kind: 'card' as const, id: card.id, number: card.number, field: def.id };
      if (value?.kind === 'text' || value?.kind === 'richText') untranslated(value, base);
      if (value?.kind === 'rows') {
        value.rows.forEach((row, r) => {
          for (const [column, cell] of Object.entries(row.cells)) if (cell.kind === 'text') untranslated(cell, { ...base, row: r, column });
        });
      }
    }
  }
  if (!cardIds) {
    for (const ch of report.chapters) {
      untranslated(ch.title, { kind: 'chapter', id: ch.id, part: 'title' });
      untranslated(ch.body, { kind: 'chapter', id: ch.id, part: 'body' });
    }
  }
  return found;
}

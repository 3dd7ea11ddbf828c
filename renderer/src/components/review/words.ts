import type { Lang } from '../../../../shared/model/localized.js';
import type { Author, Comment, Report } from '../../../../shared/model/report.js';
import type { Template } from '../../../../shared/model/template.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { translate } from '../../i18n/translate.js';

/** An institution's short name (its acronym, else its name), by id. */
export function institutionShort(report: Report, id: string, lang: Lang): string {
  const inst = report.institutions.find((i) => i.id === id);
  if (!inst) return id;
  return inst.acronym?.[lang] || inst.acronym?.fr || contentIn(inst.name, lang) || contentIn(inst.name, 'fr') || id;
}

/** Who wrote a comment or set a state: "Claire Dubois (DINUM)", or "… (coordination)". */
export function authorLabel(report: Report, author: Author, lang: Lang): string {
  const where = author.institution === null ? translate(lang, 'comments.coordination') : institutionShort(report, author.institution, lang);
  return author.name.trim() ? `${author.name} (${where})` : where;
}

/** A date and time as the reader's language writes it: "7 déc. 2026, 14:05". */
export function dateTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Where a comment stands, in words: "Résultats (anglais)", or "la fiche entière". */
export function placeLabel(template: Template, comment: Comment, lang: Lang): string {
  const { field, lang: side } = comment.anchor;
  if (field === undefined) return translate(lang, 'comments.wholeCard');
  const label = template.card.fields.find((f) => f.id === field)?.label[lang] ?? field;
  return side ? translate(lang, 'field.inLang', { label, lang: translate(lang, `lang.name.${side}`) }) : label;
}

/** Words quoted as the reader's language does: « … » with no-break spaces in French, “…” in English. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

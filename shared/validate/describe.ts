import { fill, t, type MessageKey } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import type { Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { contentIn } from '../report/localized.js';
import type { IssueTarget, ValidationIssue } from './validate.js';

/** A card's heading in a language, from the template: "Engagement n°4 – Enrichir…". */
export function cardHeading(report: Report, template: Template, cardId: string, lang: Lang): string {
  const card = report.cards.find((c) => c.id === cardId);
  const title = card?.fields[template.card.titleField];
  const text = title?.kind === 'text' ? (contentIn(title, lang) ?? contentIn(title, 'fr') ?? '') : '';
  return fill(template.card.heading[lang], { number: card?.number ?? '?', title: text.trim() || '…' }).trim();
}

/** Where an issue stands, in words: "Point(s) de contact, ligne 2, Courriel". */
export function describeTarget(target: IssueTarget, report: Report, template: Template, lang: Lang): string {
  switch (target.kind) {
    case 'report':
      return t(lang, `target.report.${target.part}`);
    case 'institution': {
      const inst = report.institutions.find((i) => i.id === target.id);
      const name = contentIn(inst?.name, 'fr') || contentIn(inst?.name, 'en');
      // One not named yet (just added) is found by its place, as the details view numbers them.
      if (inst && !name) return t(lang, 'target.institutionAt', { n: report.institutions.indexOf(inst) + 1 });
      return t(lang, 'target.institution', { name: name || target.id });
    }
    case 'ambition':
      // By its place in the report, as the outline and the details view number them.
      return t(lang, 'target.ambition', { n: report.ambitions.findIndex((a) => a.id === target.id) + 1 });
    case 'chapter': {
      const ch = report.chapters.find((c) => c.id === target.id);
      return t(lang, `target.chapter.${target.part}`, { title: contentIn(ch?.title, lang) ?? contentIn(ch?.title, 'fr') ?? target.id });
    }
    case 'card': {
      const def = template.card.fields.find((f) => f.id === target.field);
      if (!target.field) return t(lang, 'target.cardItself');
      const label = def?.label[lang] ?? target.field;
      if (target.row === undefined) return label;
      const col = def?.kind === 'rows' ? def.columns.find((c) => c.id === target.column) : undefined;
      return t(lang, 'target.cell', { field: label, row: target.row + 1, column: col?.label[lang] ?? target.column ?? '' });
    }
  }
}

/** One issue as a line for people: "[EN] Résultats et impacts : texte à revoir (le français a changé)". */
export function describeValidationIssue(issue: ValidationIssue, report: Report, template: Template, lang: Lang): string {
  const where = describeTarget(issue.target, report, template, lang);
  // A report with no card is missing more than a value: say where cards are added.
  const noCards = issue.target.kind === 'report' && issue.target.part === 'cards';
  const what = noCards ? t(lang, 'issue.noCards') : t(lang, `issue.${issue.code}` as MessageKey, { chars: issue.chars ?? '', words: issue.words ?? 0, max: issue.max ?? 0 });
  const tag = issue.lang ? `[${issue.lang.toUpperCase()}] ` : '';
  return t(lang, 'issue.line', { tag, where, what });
}

/**
 * One issue as a line that stands on its own, outside any grouping by card: the card's heading
 * first when the issue is in a card ("Engagement n°4 – Enrichir… – [EN] Prochaines étapes : manquant").
 */
export function describeIssueWithCard(issue: ValidationIssue, report: Report, template: Template, lang: Lang): string {
  const card = issue.target.kind === 'card' ? `${cardHeading(report, template, issue.target.id, lang)} – ` : '';
  return card + describeValidationIssue(issue, report, template, lang);
}

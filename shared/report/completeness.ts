import type { Lang } from '../model/localized.js';
import type { Card, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { fieldProblems } from '../validate/fields.js';

/** How much of what a template requires is written: `done` of `total` required values. */
export interface Completeness {
  done: number;
  total: number;
}

/** The share of a card's required fields that are filled in a language (rows need every required cell). */
export function cardCompleteness(card: Card, template: Template, lang: Lang): Completeness {
  const required = template.card.fields.filter((f) => f.required);
  const done = required.filter((def) => !fieldProblems(def, card.fields[def.id], [lang]).some((p) => p.code === 'missing')).length;
  return { done, total: required.length };
}

/** The same, added up over every card of the report. */
export function reportCompleteness(report: Report, template: Template, lang: Lang): Completeness {
  return report.cards.reduce<Completeness>(
    (sum, card) => {
      const c = cardCompleteness(card, template, lang);
      return { done: sum.done + c.done, total: sum.total + c.total };
    },
    { done: 0, total: 0 },
  );
}

/** A completeness as a share from 0 to 1 (1 when nothing is required). */
export function share(c: Completeness): number {
  return c.total === 0 ? 1 : c.done / c.total;
}

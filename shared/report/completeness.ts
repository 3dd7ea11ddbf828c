import type { Lang } from '../model/localized.js';
import type { Card, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { fieldProblems } from '../validate/fields.js';
import { isBlankIn, isOutOfDate } from './localized.js';

/**
 * How much of what a template requires is written: `done` of `total` required values. One unit
 * everywhere (the card's badge, the outline, the dashboard, `bilan info`): a value counts as
 * written in a language when it is there and, in English, translates the current French text.
 * An English text to review is not written yet, so no figure says "EN 100 %" beside a "to
 * review" flag.
 */
export interface Completeness {
  done: number;
  total: number;
}

const unwritten = new Set(['missing', 'out-of-date']);

/** The share of a card's required fields that are written in a language (rows need every required cell). */
export function cardCompleteness(card: Card, template: Template, lang: Lang): Completeness {
  const required = template.card.fields.filter((f) => f.required);
  const done = required.filter((def) => !fieldProblems(def, card.fields[def.id], [lang]).some((p) => unwritten.has(p.code))).length;
  return { done, total: required.length };
}

/**
 * How much of the whole report is written in a language: the report's title, issuer and period,
 * the chapters, the names of ambitions and institutions, then every card's required fields.
 * An empty report is at 0, not at 100 %.
 */
export function reportCompleteness(report: Report, template: Template, lang: Lang): Completeness {
  const texts = [report.title, report.issuer, ...report.chapters.flatMap((c) => [c.title, c.body]), ...report.ambitions.map((a) => a.title), ...report.institutions.map((i) => i.name)];
  const own: Completeness = {
    done: texts.filter((v) => !isBlankIn(v, lang) && !(lang === 'en' && isOutOfDate(v))).length + (report.period.trim() === '' ? 0 : 1),
    total: texts.length + 1 + (report.cards.length === 0 ? 1 : 0),
  };
  return report.cards.reduce<Completeness>(
    (sum, card) => {
      const c = cardCompleteness(card, template, lang);
      return { done: sum.done + c.done, total: sum.total + c.total };
    },
    own,
  );
}

/** A completeness as a share from 0 to 1 (1 when nothing is required). */
export function share(c: Completeness): number {
  return c.total === 0 ? 1 : c.done / c.total;
}

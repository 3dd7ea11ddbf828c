import type { Lang } from '../../../shared/model/langs.js';
import type { Card } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { fieldProblems } from '../../../shared/validate/fields.js';

/**
 * The share of a card's required fields that are written in a language, as the card's and the
 * outline's badges show it: an English text to review (its French changed since) is not
 * written yet, so the badge never says "EN 100 %" beside a "to review" flag. (The report-wide
 * figures of `shared/report/completeness.ts` count only missing values.)
 */
export function writtenShare(card: Card, template: Template, lang: Lang): number {
  const required = template.card.fields.filter((f) => f.required);
  if (required.length === 0) return 1;
  const done = required.filter((def) => !fieldProblems(def, card.fields[def.id], [lang]).some((p) => p.code === 'missing' || p.code === 'out-of-date')).length;
  return done / required.length;
}

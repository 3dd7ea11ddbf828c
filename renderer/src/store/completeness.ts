import type { Lang } from '../../../shared/model/langs.js';
import type { Card } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { cardCompleteness, share } from '../../../shared/report/completeness.js';

/**
 * The share of a card's required fields that are written in a language, as the card's and the
 * outline's badges show it: the same unit as the dashboard and `bilan info`
 * (`shared/report/completeness.ts`), where an English text to review is not written yet.
 */
export function writtenShare(card: Card, template: Template, lang: Lang): number {
  return share(cardCompleteness(card, template, lang));
}

import { fill, formatPercent, t } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import type { Report } from '../model/report.js';
import type { ScaleOption, Template } from '../model/template.js';
import { sortedCards } from '../validate/validate.js';

/** One row of the progress summary table: a card and the level it reached (null when unset). */
export interface SummaryRow {
  cardId: string;
  number: string;
  level: string | null;
}

/** The progress summary table and its headline figure, computed from the cards, never typed. */
export interface ProgressSummary {
  levels: ScaleOption[];
  rows: SummaryRow[];
  /** Cards at one of the template's headline levels, out of `total` cards. */
  count: number;
  total: number;
  share: number;
  /** Cards with no level yet: while there is one, no share is a true figure. */
  unrated: number;
}

/** Computes the progress summary of a report, or undefined when its template has none. */
export function progressSummary(report: Report, template: Template): ProgressSummary | undefined {
  const spec = template.summary;
  if (!spec) return undefined;
  const def = template.card.fields.find((f) => f.id === spec.field);
  const scale = def && def.kind === 'choice' && def.scale ? template.scales[def.scale] : undefined;
  if (!scale) return undefined;
  const rows = sortedCards(report).map((card) => {
    const v = card.fields[spec.field];
    return { cardId: card.id, number: card.number, level: v?.kind === 'choice' ? v.value : null };
  });
  const count = rows.filter((r) => r.level !== null && spec.headlineOptions.includes(r.level)).length;
  const total = rows.length;
  const unrated = rows.filter((r) => r.level === null || !scale.options.some((o) => o.id === r.level)).length;
  return { levels: scale.options, rows, count, total, share: total === 0 ? 0 : count / total, unrated };
}

/**
 * The headline sentence in a language, e.g. « 76 % des engagements substantiellement réalisés ou
 * achevés ». While a card has no level, it says how many have none instead (« 3 engagements sans
 * niveau d’avancement »): an unrated card is not a card at 0, and a share of the rated ones would
 * read as the report's figure.
 */
export function headline(summary: ProgressSummary, template: Template, lang: Lang): string {
  if (summary.unrated > 0) return unratedSentence(summary, template, lang);
  const text = template.summary?.headline[lang] ?? '';
  return fill(text, { percent: formatPercent(lang, summary.share), count: summary.count, total: summary.total });
}

/** How many cards have no level, in the template's words (`summary.unrated`) or the app's. */
export function unratedSentence(summary: ProgressSummary, template: Template, lang: Lang): string {
  const words = template.summary?.unrated?.[lang];
  return words ? fill(words, { count: summary.unrated }, lang) : t(lang, 'summary.unrated', { count: summary.unrated });
}

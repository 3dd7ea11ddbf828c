import { fill, formatPercent } from '../i18n/i18n.js';
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
  return { levels: scale.options, rows, count, total, share: total === 0 ? 0 : count / total };
}

/** The headline sentence in a language, e.g. « 76 % des engagements substantiellement réalisés ou achevés ». */
export function headline(summary: ProgressSummary, template: Template, lang: Lang): string {
  const text = template.summary?.headline[lang] ?? '';
  return fill(text, { percent: formatPercent(lang, summary.share), count: summary.count, total: summary.total });
}

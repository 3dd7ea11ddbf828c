import { fill, t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Report } from '../../model/report.js';
import type { Template } from '../../model/template.js';
import { contentIn, isBlankIn } from '../../report/localized.js';
import { progressSummary } from '../../report/summary.js';
import { cleanText } from '../layout/richtext.js';
import type { ChartSpec } from './spec.js';

/** The cards of one ambition (or of none) counted by progress level. */
export interface ProgressGroup {
  /** The ambition's id, or null for the cards that belong to none. */
  id: string | null;
  /** Its number among the ambitions (1-based), or null for the cards of none. */
  n: number | null;
  /** One count per level of the scale, in the scale's order. */
  counts: number[];
  /** Cards with no level yet (or one the scale does not hold): never counted as any level. */
  unrated: number;
  total: number;
}

/** The progress summary by ambition: levels in the scale's order, then the groups that hold cards. */
export interface ProgressByGroup {
  levels: { id: string; label: { fr: string; en: string } }[];
  groups: ProgressGroup[];
}

/**
 * Counts the cards per level and per ambition, from the same rows as the summary table and its
 * headline, so that the chart, the table and the figure always agree. Ambitions come in the
 * report's order; those without a card are left out, as the export leaves out their part.
 */
export function progressByGroup(report: Report, template: Template): ProgressByGroup | undefined {
  const summary = progressSummary(report, template);
  if (!summary) return undefined;
  const ambitionOf = new Map(report.cards.map((c) => [c.id, c.ambition]));
  const known = new Set(report.ambitions.map((a) => a.id));
  const index = new Map(summary.levels.map((l, i) => [l.id, i]));
  const groups = [...report.ambitions.map((a, i) => ({ id: a.id as string | null, n: i + 1 as number | null })), { id: null, n: null }].map(
    (g): ProgressGroup => ({ ...g, counts: summary.levels.map(() => 0), unrated: 0, total: 0 }),
  );
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const row of summary.rows) {
    const ambition = ambitionOf.get(row.cardId) ?? null;
    const group = byId.get(ambition !== null && known.has(ambition) ? ambition : null)!;
    const level = row.level === null ? undefined : index.get(row.level);
    if (level === undefined) group.unrated++;
    else group.counts[level]!++;
    group.total++;
  }
  return { levels: summary.levels.map((l) => ({ id: l.id, label: l.label })), groups: groups.filter((g) => g.total > 0) };
}

/** A progress chart for the export, with its alternative text giving every number. */
export interface ProgressChart {
  spec: ChartSpec;
  alt: string;
}

/**
 * The progress summary as a stacked bar chart: one bar per ambition, the levels in the scale's
 * order from left to right, the cards without a level as a hatched category of their own.
 * The alternative text reads every figure, with each ambition's whole title.
 */
export function progressChart(report: Report, template: Template, lang: Lang, data = progressByGroup(report, template)): ProgressChart | undefined {
  if (!data || data.groups.length === 0 || !template.summary) return undefined;
  const title = (id: string | null) => {
    const a = report.ambitions.find((x) => x.id === id);
    return a && !isBlankIn(a.title, lang) ? cleanText(contentIn(a.title, lang)!.trim()) : '';
  };
  const groupName = template.group.name[lang];
  const categories = data.groups.map((g) => {
    const full = g.n === null ? t(lang, 'export.ungrouped') : [`${groupName} ${g.n}`, title(g.id)].filter(Boolean).join(' – ');
    return { label: full, full };
  });
  const anyUnrated = data.groups.some((g) => g.unrated > 0);
  const unratedName = t(lang, 'chart.unrated');
  const spec: ChartSpec = {
    kind: 'stacked',
    title: t(lang, 'chart.progressTitle', { scale: scaleLabel(template, lang), group: groupName.toLocaleLowerCase(lang) }),
    categories,
    series: [
      ...data.levels.map((l, i) => ({ name: l.label[lang], values: data.groups.map((g) => g.counts[i]!) })),
      ...(anyUnrated ? [{ name: unratedName, values: data.groups.map((g) => g.unrated), hatched: true }] : []),
    ],
    valueLabel: template.summary.axis?.[lang] ?? t(lang, 'chart.cardsAxis'),
    categoryLabel: '',
    unit: '',
    palette: 'ordinal',
    lang,
  };
  const count = (n: number) => (template.summary?.count ? fill(template.summary.count[lang], { count: n }, lang) : t(lang, 'chart.cards', { count: n }));
  // The highest level first: what a reader asks first is how much was achieved.
  const parts = data.groups.map((g, k) => {
    const levels = data.levels.map((l, i) => ({ label: l.label[lang], n: g.counts[i]! })).reverse();
    const list = [...levels.map((l) => t(lang, 'chart.altLevel', { level: l.label, count: count(l.n) })), ...(g.unrated > 0 ? [t(lang, 'chart.altLevel', { level: unratedName, count: count(g.unrated) })] : [])];
    return t(lang, 'chart.altGroup', { group: categories[k]!.full, total: count(g.total), list: list.join(', ') });
  });
  return { spec, alt: [t(lang, 'chart.altIntro', { title: spec.title }), ...parts].join(' ') };
}

function scaleLabel(template: Template, lang: Lang): string {
  const def = template.card.fields.find((f) => f.id === template.summary?.field);
  const scale = def && def.kind === 'choice' && def.scale ? template.scales[def.scale] : undefined;
  return scale?.label[lang] ?? '';
}

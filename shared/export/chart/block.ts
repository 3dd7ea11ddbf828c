import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Chart } from '../../model/richtext.js';
import { cleanText } from '../layout/richtext.js';
import { formatValue } from './draw.js';
import type { ChartSpec } from './spec.js';

/**
 * A chart block of the rich text as a chart to draw, and its alternative text: the author's
 * own description when given, else one made from its table, every value read out with its
 * label and series ("Budget (M€). Graphique en barres. 2019 : État 3 M€, Régions 1 M€ ; …").
 */
export function chartBlockSpec(block: Chart, lang: Lang): { spec: ChartSpec; alt: string } {
  const clean = (s: string | undefined) => cleanText(s ?? '').replace(/\s+/g, ' ').trim();
  const n = block.labels.length;
  const spec: ChartSpec = {
    kind: block.kind,
    title: clean(block.title),
    categories: block.labels.map((l) => ({ label: clean(l), full: clean(l) })),
    // A series is cut or padded to the labels: a value without a label has no place.
    series: block.series.map((s) => ({ name: clean(s.name), values: Array.from({ length: n }, (_, i) => (typeof s.values[i] === 'number' && Number.isFinite(s.values[i]) ? s.values[i]! : null)) })),
    valueLabel: clean(block.valueLabel),
    categoryLabel: clean(block.categoryLabel),
    unit: clean(block.unit),
    palette: 'categorical',
    lang,
  };
  const own = clean(block.description);
  if (own) return { spec, alt: own };
  const value = (v: number | null) => (v === null ? t(lang, 'chart.altNoValue') : formatValue(spec, v));
  const rows = spec.categories.map((c, i) => {
    const values = spec.series.length === 1 ? value(spec.series[0]!.values[i]!) : spec.series.map((s) => t(lang, 'chart.altSeries', { series: s.name || '—', value: value(s.values[i]!) })).join(', ');
    return t(lang, 'chart.altRow', { label: c.full || '—', values });
  });
  const intro = [spec.title, t(lang, block.kind === 'bar' ? 'chart.altBar' : 'chart.altLine') + (spec.valueLabel ? ` (${spec.valueLabel})` : '')].filter(Boolean).join('. ');
  return { spec, alt: `${intro}. ${rows.join(t(lang, 'chart.altRowSeparator'))}.` };
}

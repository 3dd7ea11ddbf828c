import type { Report } from '../../../shared/model/report.js';
import type { Chart } from '../../../shared/model/richtext.js';
import { clone } from '../../support/fixtures.js';

/** A bar chart block as an author would type it, in French or English. */
export function budgetChart(lang: 'fr' | 'en'): Chart {
  return {
    type: 'chart',
    kind: 'bar',
    title: lang === 'fr' ? 'Budget consacré aux données ouvertes' : 'Budget spent on open data',
    labels: ['2018', '2019', '2020'],
    series: [
      { name: lang === 'fr' ? 'État' : 'State', values: [12.5, 14, 17.25] },
      { name: lang === 'fr' ? 'Collectivités' : 'Local authorities', values: [3, null, 6] },
    ],
    unit: 'M€',
    valueLabel: lang === 'fr' ? 'Millions d’euros' : 'Millions of euros',
  };
}

/** A line chart block, with the author's own description. */
export function datasetsChart(lang: 'fr' | 'en'): Chart {
  return {
    type: 'chart',
    kind: 'line',
    title: lang === 'fr' ? 'Jeux de données publiés' : 'Datasets published',
    labels: ['2016', '2017', '2018', '2019', '2020'],
    series: [{ name: 'data.gouv.fr', values: [20_000, 28_000, 33_500, 38_000, 41_200] }],
    categoryLabel: lang === 'fr' ? 'Année' : 'Year',
    description: lang === 'fr' ? 'Les jeux de données publiés passent de 20 000 en 2016 à 41 200 en 2020.' : 'Datasets published grow from 20,000 in 2016 to 41,200 in 2020.',
  };
}

/** The sample with two cards without a progress level and the two charts at the start of its first chapter. */
export function reportWithCharts(sample: Report, unrated: readonly string[] = ['2', '14']): Report {
  const report = clone(sample);
  for (const card of report.cards) if (unrated.includes(card.number)) card.fields['progress'] = { kind: 'choice', value: null };
  const body = report.chapters[0]!.body;
  if (body.fr) body.fr.content = [budgetChart('fr'), datasetsChart('fr'), ...body.fr.content];
  if (body.en) body.en.content = [budgetChart('en'), datasetsChart('en'), ...body.en.content];
  return report;
}

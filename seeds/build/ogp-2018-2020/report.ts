import type { Card, Chapter, FieldValue, ScalarValue } from '../../../shared/model/report.js';
import type { Block, Chart } from '../../../shared/model/richtext.js';
import { withChartVersion } from '../../../shared/report/chart.js';
import type { Template } from '../../../shared/model/template.js';
import { addImage, chaptersOf, type Seed } from '../seed.js';
import { choice, institutions, localized, plain, richText, rows, text } from '../values.js';
import { CHAPTER_BODIES } from './chapters.js';
import { AMBITIONS, TITLES } from './facts.js';
import { networkPictogram } from './figures.js';
import { FULL_CARDS } from './full-cards.js';
import { INSTITUTIONS, ISSUER, LEADS } from './institutions.js';
import { PARTIAL_CARDS } from './partial-cards.js';
import type { CommitmentText } from './types.js';

/** France's 2018–2020 end-of-term self-assessment, as a sample to start from. */


function commitmentCard(number: number, ambition: string, t: CommitmentText): Card {
  const title = TITLES[number];
  const leads = LEADS[number];
  if (!title || !leads) throw new Error(`seed: commitment ${number} has no title or lead institutions`);
  const fields: Record<string, FieldValue | undefined> = {
    title: text(title),
    aim: t.aim && richText(t.aim),
    leadInstitutions: institutions(...leads),
    otherStakeholders: t.otherStakeholders && richText(t.otherStakeholders),
    progress: choice(t.progress),
    results: t.results && richText(t.results),
    milestones: t.milestones && rows(`c${pad(number)}-m`, t.milestones.map((m) => ({ title: text(m.title), status: choice(m.status) }))),
    timetable: t.timetable && choice(t.timetable),
    timetableComment: t.timetableComment && richText(t.timetableComment),
    nextSteps: t.nextSteps && richText(t.nextSteps),
    resources: t.resources && rows(`c${pad(number)}-r`, t.resources.map((r) => cells({ label: text(r.label), url: r.url === undefined ? undefined : plain(r.url) }))),
    contacts:
      t.contacts &&
      rows(
        `c${pad(number)}-p`,
        t.contacts.map((c) =>
          cells({ name: plain(c.name), role: c.role && text(c.role), institution: c.institution === undefined ? undefined : institutions(c.institution), email: plain(c.email) }),
        ),
      ),
    irmRecommendations: t.irmRecommendations && richText(t.irmRecommendations),
  };
  const present = Object.entries(fields).filter((e): e is [string, FieldValue] => e[1] !== undefined);
  return { id: `c${pad(number)}`, number: String(number), ambition, fields: Object.fromEntries(present) };
}

/** A row's cells, leaving out those the card does not fill. */
function cells(all: Record<string, ScalarValue | undefined>): Record<string, ScalarValue> {
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, ScalarValue] => e[1] !== undefined));
}

/**
 * The context chapter's chart: the commitments per progress level, counted from the cards (never
 * typed), as a chart block after the paragraph that announces it, in each language.
 */
function withProgressChart(chapters: Chapter[], template: Template, cards: readonly Card[]): Chapter[] {
  const scale = template.scales['progress']!;
  const counts = scale.options.map((o) => cards.filter((c) => c.fields['progress']?.kind === 'choice' && c.fields['progress'].value === o.id).length);
  const chart = (lang: 'fr' | 'en'): Chart => ({
    type: 'chart',
    kind: 'bar',
    title: lang === 'fr' ? `Avancement des ${cards.length} engagements à la fin du plan` : `Progress of the ${cards.length} commitments at the end of the plan`,
    labels: scale.options.map((o) => o.label[lang]),
    series: [{ name: lang === 'fr' ? 'Engagements' : 'Commitments', values: counts }],
    valueLabel: lang === 'fr' ? 'Nombre d’engagements' : 'Number of commitments',
  });
  const after = (blocks: Block[], lang: 'fr' | 'en', announce: string): Block[] => {
    const at = blocks.findIndex((b) => b.type === 'paragraph' && b.children.some((i) => i.type === 'text' && i.text.startsWith(announce)));
    if (at < 0) throw new Error(`seed: the context chapter has no paragraph starting "${announce}" for its chart`);
    return [...blocks.slice(0, at + 1), chart(lang), ...blocks.slice(at + 1)];
  };
  return chapters.map((ch) => {
    if (ch.id !== 'context' || !ch.body.fr || !ch.body.en) return ch;
    const fr = after(ch.body.fr.content, 'fr', 'Le graphique ci-dessous');
    const en = after(ch.body.en.content, 'en', 'The chart below');
    return { ...ch, body: { fr: { ...ch.body.fr, content: fr }, en: { content: en, source: { ...ch.body.en.source, fr } } } };
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function ogp2018Seed(template: Template): Seed {
  const cards = AMBITIONS.flatMap((a) =>
    a.commitments.map((n) => {
      const t = FULL_CARDS[n] ?? PARTIAL_CARDS[n];
      if (!t) throw new Error(`seed: commitment ${n} has no texts`);
      return commitmentCard(n, a.id, t);
    }),
  );

  const seed: Seed = {
    name: 'ogp-2018-2020',
    report: {
      format: 'bilan-report',
      version: 1,
      id: '3f6c2a1e-7b4d-4e8a-9c21-0d5e8f7a6b31',
      template: { id: template.id, version: template.version },
      title: localized(
        'Plan d’action national pour la France 2018–2020 – Autoévaluation de fin de parcours',
        'National Action Plan for France 2018–2020 – End-of-term self-assessment report',
      ),
      period: '2018–2020',
      issuer: ISSUER,
      published: '2021-06-30',
      institutions: INSTITUTIONS,
      ambitions: AMBITIONS.map((a) => ({ id: a.id, title: localized(a.fr, a.en) })),
      chapters: withProgressChart(chaptersOf(template, CHAPTER_BODIES), template, cards),
      cards,
      media: [],
    },
    media: new Map(),
  };
  // The context chapter's chart block makes the file one of format version 4.
  seed.report = withChartVersion(seed.report);
  addImage(seed, 'data-network', networkPictogram());
  return seed;
}

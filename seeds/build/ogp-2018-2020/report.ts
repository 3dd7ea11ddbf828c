import type { Card, FieldValue, ScalarValue } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { addImage, chaptersOf, type Seed } from '../seed.js';
import { choice, institutions, localized, plain, richText, rows, text } from '../values.js';
import { CHAPTER_BODIES } from './chapters.js';
import { AMBITIONS, TITLES } from './facts.js';
import { networkPictogram, progressChart } from './figures.js';
import { FULL_CARDS } from './full-cards.js';
import { INSTITUTIONS, ISSUER, LEADS } from './institutions.js';
import { PARTIAL_CARDS } from './partial-cards.js';
import type { CommitmentText } from './types.js';

/** France's 2018–2020 end-of-term self-assessment, as a sample to start from. */

const PROGRESS_LEVELS = ['not-started', 'limited', 'substantial', 'completed'] as const;
/** The counts the chart's alternative text states, in the order of PROGRESS_LEVELS. */
const STATED_COUNTS = [1, 4, 8, 8];

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
  const counts = PROGRESS_LEVELS.map((level) => cards.filter((c) => c.fields['progress']?.kind === 'choice' && c.fields['progress'].value === level).length);
  if (counts.join() !== STATED_COUNTS.join()) throw new Error(`seed: progress counts ${counts.join()} differ from those the chart's text states`);

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
      chapters: chaptersOf(template, CHAPTER_BODIES),
      cards,
      media: [],
    },
    media: new Map(),
  };
  addImage(seed, 'progress-chart', progressChart(counts));
  addImage(seed, 'data-network', networkPictogram());
  return seed;
}

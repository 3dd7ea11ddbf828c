import type { Card, Institution } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { chaptersOf, type Seed } from '../seed.js';
import { choice, institutions, localized, number, quarter, richText, rows, text } from '../values.js';
import { ACTIONS, AREAS, FOREWORD, type ActionText } from './texts.js';

/** Three sheets of France's 2021–2023 action plan, as a sample of the action-plan template. */

const INSTITUTIONS: Institution[] = [
  {
    id: 'dinum',
    name: localized('Direction interministérielle du numérique', 'Interministerial Directorate for Digital Technology'),
    acronym: { fr: 'DINUM', en: 'DINUM' },
  },
  { id: 'etalab', name: localized('Etalab', 'Etalab') },
  {
    id: 'ditp',
    name: localized('Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation'),
    acronym: { fr: 'DITP', en: 'DITP' },
  },
];

function actionCard(a: ActionText): Card {
  const id = `a${a.number}`;
  const fields: Card['fields'] = {
    title: text(a.title),
    pilot: institutions(...a.pilot),
    objective: richText(a.objective),
    keyFigures: rows(`${id}-f`, a.keyFigures.map((f) => ({ value: number(f.value), caption: text(f.caption) }))),
    assessment: richText(a.assessment),
  };
  if (a.nextSteps) fields['nextSteps'] = richText(a.nextSteps);
  fields['deadlines'] = rows(
    `${id}-d`,
    a.deadlines.map((d) => ({ item: text(d.item), type: choice(d.type), announcement: choice(d.announcement), due: quarter(d.due[0], d.due[1]) })),
  );
  return { id, number: a.number, ambition: a.area, fields };
}

export function actionPlanSeed(template: Template): Seed {
  return {
    name: 'action-plan-2021-2023',
    report: {
      format: 'bilan-report',
      version: 1,
      id: '8a2d4c6e-1f3b-4a5c-8e7d-9b0c1d2e3f40',
      template: { id: template.id, version: template.version },
      title: localized('Plan d’action national pour la France 2021–2023', 'National Action Plan for France 2021–2023'),
      period: '2021–2023',
      issuer: localized('Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation'),
      published: null,
      institutions: INSTITUTIONS,
      ambitions: AREAS.map((a) => ({ id: a.id, title: localized(a.title.fr, a.title.en) })),
      chapters: chaptersOf(template, { foreword: FOREWORD }),
      cards: ACTIONS.map(actionCard),
      media: [],
    },
    media: new Map(),
  };
}

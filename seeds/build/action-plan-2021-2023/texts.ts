import type { Pair } from '../values.js';

/**
 * Texts of the 2021–2023 action plan sample: three action sheets on themes of France's plan,
 * written for this sample (figures and dates included), not taken from the published plan.
 */

/** Option ids of the `ogp-action-plan` template's `deadlineType` and `announcementKind` scales. */
export type DeadlineType = 'new' | 'ongoing' | 'completed';
export type AnnouncementKind = 'publication' | 'launch' | 'event' | 'legal-text';

export interface ActionText {
  number: string;
  area: string;
  title: Pair;
  pilot: string[];
  objective: Pair;
  keyFigures: { value: number; caption: Pair }[];
  assessment: Pair;
  nextSteps?: Pair;
  deadlines: { item: Pair; type: DeadlineType; announcement: AnnouncementKind; due: [number, 1 | 2 | 3 | 4] }[];
}

export const AREAS: { id: string; title: Pair }[] = [
  {
    id: 'open-data',
    title: { fr: 'Ouvrir les données, les algorithmes et les codes sources', en: 'Opening data, algorithms and source code' },
  },
  {
    id: 'participation',
    title: { fr: 'Associer les citoyens à l’action publique', en: 'Involving citizens in public action' },
  },
];

export const ACTIONS: ActionText[] = [
  {
    number: '1-1',
    area: 'open-data',
    title: {
      fr: 'Accompagner les ministères dans la mise en œuvre de leurs feuilles de route de la donnée',
      en: 'Support ministries in carrying out their data roadmaps',
    },
    pilot: ['dinum'],
    objective: {
      fr: `
        Chaque ministère a adopté une feuille de route qui fixe ses priorités d’ouverture et de
        circulation des données. L’action vise à **suivre publiquement** leur mise en œuvre et à
        outiller les équipes chargées de la donnée.
      `,
      en: `
        Every ministry has adopted a roadmap setting its priorities for opening and sharing data.
        The action aims to **track their implementation publicly** and to equip the teams in charge
        of data.
      `,
    },
    keyFigures: [
      { value: 15, caption: { fr: 'feuilles de route ministérielles publiées', en: 'ministerial roadmaps published' } },
      { value: 500, caption: { fr: 'agents formés à la gestion des données', en: 'civil servants trained in data management' } },
    ],
    assessment: {
      fr: 'Un tableau de suivi commun est en ligne et mis à jour chaque semestre. Les premières formations ont eu lieu.',
      en: 'A shared tracker is online and updated every six months. The first training sessions have taken place.',
    },
    nextSteps: {
      fr: 'Publier un premier bilan des feuilles de route et l’ouvrir aux commentaires des réutilisateurs.',
      en: 'Publish a first review of the roadmaps and open it to comments from re-users.',
    },
    deadlines: [
      { item: { fr: 'Publication des feuilles de route', en: 'Roadmaps published' }, type: 'completed', announcement: 'publication', due: [2021, 3] },
      { item: { fr: 'Mise en ligne du tableau de suivi', en: 'Tracker put online' }, type: 'ongoing', announcement: 'launch', due: [2021, 4] },
      { item: { fr: 'Premier bilan public', en: 'First public review' }, type: 'new', announcement: 'publication', due: [2022, 4] },
      { item: { fr: 'Rencontre annuelle des équipes de la donnée', en: 'Annual meeting of data teams' }, type: 'new', announcement: 'event', due: [2023, 2] },
    ],
  },
  {
    number: '1-5',
    area: 'open-data',
    title: {
      fr: 'Développer l’usage des logiciels libres et la contribution de l’administration',
      en: 'Expand the use of free software and the administration’s contributions to it',
    },
    pilot: ['dinum', 'etalab'],
    objective: {
      fr: `
        Faire des logiciels libres un choix naturel des administrations :

        - recenser les codes sources publiés par les services de l’État ;
        - soutenir les agents qui contribuent à des projets libres ;
        - mutualiser les logiciels utiles à plusieurs administrations.
      `,
      en: `
        Make free software a natural choice for administrations:

        - list the source code published by State services;
        - support civil servants who contribute to free software projects;
        - pool software that several administrations can use.
      `,
    },
    keyFigures: [
      { value: 9000, caption: { fr: 'dépôts de code public recensés', en: 'public code repositories listed' } },
      { value: 300, caption: { fr: 'logiciels libres recommandés', en: 'recommended free software packages' } },
      { value: 12, caption: { fr: 'projets mutualisés entre ministères', en: 'projects shared between ministries' } },
    ],
    assessment: {
      fr: 'Le catalogue des codes sources publics est en ligne et la liste des logiciels recommandés est revue chaque année.',
      en: 'The catalogue of public source code is online and the list of recommended software is reviewed every year.',
    },
    deadlines: [
      { item: { fr: 'Ouverture du catalogue des codes sources', en: 'Source code catalogue opened' }, type: 'completed', announcement: 'launch', due: [2021, 4] },
      { item: { fr: 'Circulaire sur la contribution des agents', en: 'Circular on civil servants’ contributions' }, type: 'new', announcement: 'legal-text', due: [2022, 2] },
      { item: { fr: 'Révision annuelle du socle de logiciels', en: 'Yearly review of the recommended software' }, type: 'ongoing', announcement: 'publication', due: [2022, 4] },
    ],
  },
  {
    number: '2-3',
    area: 'participation',
    title: {
      fr: 'Ouvrir une plateforme de participation commune aux administrations',
      en: 'Open a participation platform shared by administrations',
    },
    pilot: ['ditp'],
    objective: {
      fr: 'Offrir aux administrations un outil prêt à l’emploi pour consulter les citoyens, et publier systématiquement ce qui a été retenu des contributions.',
      en: 'Give administrations a ready-to-use tool for consulting citizens, and always publish what was taken from the contributions.',
    },
    keyFigures: [
      { value: 40, caption: { fr: 'consultations ouvertes sur la plateforme', en: 'consultations opened on the platform' } },
      { value: 60000, caption: { fr: 'contributions reçues', en: 'contributions received' } },
    ],
    assessment: {
      fr: 'La plateforme est ouverte à toutes les administrations ; un guide les aide à rendre compte des suites données.',
      en: 'The platform is open to all administrations; a guide helps them report on what they did with the input.',
    },
    nextSteps: {
      fr: 'Ajouter un module de vote et former les équipes des préfectures.',
      en: 'Add a voting module and train prefecture teams.',
    },
    deadlines: [
      { item: { fr: 'Ouverture de la plateforme', en: 'Platform opened' }, type: 'completed', announcement: 'launch', due: [2021, 4] },
      { item: { fr: 'Guide de restitution des consultations', en: 'Guide to reporting on consultations' }, type: 'ongoing', announcement: 'publication', due: [2022, 1] },
      { item: { fr: 'Module de vote', en: 'Voting module' }, type: 'new', announcement: 'launch', due: [2022, 3] },
      { item: { fr: 'Journée nationale de la participation', en: 'National participation day' }, type: 'new', announcement: 'event', due: [2023, 1] },
      { item: { fr: 'Bilan public des consultations', en: 'Public review of consultations' }, type: 'new', announcement: 'publication', due: [2023, 3] },
    ],
  },
];

export const FOREWORD: Pair = {
  fr: `
    Ce plan d’action rassemble les engagements de l’administration pour une action publique plus
    transparente et plus ouverte à la participation. Chaque fiche présente l’objectif d’une action,
    ses chiffres clés et son calendrier.

    *Exemple fourni avec Bilan : les fiches, leurs chiffres et leurs échéances sont rédigés pour la
    démonstration.*
  `,
  en: `
    This action plan brings together the administration’s commitments to public action that is
    more transparent and more open to participation. Each sheet sets out an action’s objective, its
    key figures and its timetable.

    *Sample shipped with Bilan: the sheets, their figures and their deadlines are written for
    demonstration.*
  `,
};

import type { CommitmentText } from './types.js';

/**
 * The commitments left partly written, as a coordinator finds them halfway through a campaign:
 * some only in French, some without next steps, contacts or milestones, and three whose English
 * translates an older French text (marked `was`). The texts are written for this sample.
 */
export const PARTIAL_CARDS: Record<number, CommitmentText> = {
  2: {
    progress: 'completed',
    aim: {
      fr: 'Publier en données ouvertes les informations essentielles des marchés publics, de leur attribution à leur exécution.',
      en: 'Publish the core information on public contracts as open data, from award to performance.',
    },
    results: {
      was: 'Les acheteurs de l’État publient les données essentielles de leurs marchés sur un portail commun.',
      fr: 'Les acheteurs de l’État et des grandes collectivités publient les données essentielles de leurs marchés sur un portail commun, dans un format unique.',
      en: 'State buyers publish the core data of their contracts on a shared portal.',
    },
    milestones: [
      { title: { fr: 'Fixer un format commun de publication', en: 'Set a common publication format' }, status: 'done' },
      { title: { fr: 'Ouvrir un portail de consultation', en: 'Open a consultation portal' }, status: 'done' },
    ],
    timetable: 'yes',
    nextSteps: { fr: 'Améliorer la qualité des données publiées par les acheteurs locaux.' },
  },
  3: {
    progress: 'completed',
    aim: {
      fr: 'Publier des informations détaillées et régulièrement mises à jour sur les projets d’aide publique au développement.',
      en: 'Publish detailed and regularly updated information on official development assistance projects.',
    },
    results: {
      fr: 'Les projets financés sont présentés projet par projet, selon la norme internationale de transparence de l’aide.',
      en: 'Funded projects are presented project by project, following the international aid transparency standard.',
    },
    // Written as the real cards are: no milestones, no timetable, a resource with no address and
    // a contact with no institution of their own; nothing the template requires is missing.
    nextSteps: {
      fr: 'Étendre la publication aux projets des opérateurs de l’aide et en accélérer la mise à jour.',
      en: 'Extend publication to the projects of aid agencies and update it more often.',
    },
    resources: [{ label: { fr: 'Rapport annuel sur la politique de développement', en: 'Annual report on development policy' } }],
    contacts: [
      {
        name: 'Hugo Lemaire',
        role: { fr: 'Chargé de la transparence de l’aide', en: 'Aid transparency officer' },
        email: 'hugo.lemaire@diplomatie.example',
      },
    ],
  },
  4: {
    progress: 'completed',
    aim: {
      fr: 'Compléter la liste des données de référence, les plus utilisées par l’administration et la société, et en garantir la qualité.',
      en: 'Extend the list of reference data, the data most used by the administration and society, and guarantee its quality.',
    },
    results: { fr: 'De nouveaux jeux de données ont rejoint le service public de la donnée, avec des engagements de mise à jour.' },
    milestones: [{ title: { fr: 'Consulter les réutilisateurs sur les données à ajouter', en: 'Consult re-users on the data to add' }, status: 'done' }],
    timetable: 'yes',
  },
  7: {
    progress: 'substantial',
    aim: { fr: 'Aider les collectivités territoriales à publier leurs données, grâce à des outils et à un accompagnement adaptés à leur taille.' },
    results: { fr: 'Un socle commun de données locales a été défini et des formations ont été proposées aux agents territoriaux.' },
  },
  8: {
    progress: 'limited',
    aim: {
      fr: 'Créer un laboratoire où les administrations expérimentent l’intelligence artificielle sur leurs propres données, en publiant leurs travaux.',
      en: 'Set up a lab where administrations try out artificial intelligence on their own data, publishing their work.',
    },
    results: {
      fr: 'Une première série de projets a été accompagnée ; la publication des modèles reste à organiser.',
      en: 'A first round of projects was supported; publishing the models remains to be organised.',
    },
    milestones: [
      { title: { fr: 'Lancer un premier appel à projets', en: 'Launch a first call for projects' }, status: 'done' },
      { title: { fr: 'Publier les modèles entraînés', en: 'Publish the trained models' }, status: 'suspended' },
    ],
    timetable: 'no',
    nextSteps: { fr: 'Définir les conditions de publication des modèles et des données d’entraînement.' },
  },
  9: {
    progress: 'completed',
    aim: {
      fr: 'Faire venir dans l’administration des profils numériques pour des missions courtes, et soutenir les agents qui portent des projets innovants.',
      en: 'Bring digital specialists into the administration for short assignments, and support civil servants who lead innovative projects.',
    },
    results: {
      fr: 'Plusieurs promotions de spécialistes ont travaillé auprès des administrations sur des défis d’intérêt général.',
      en: 'Several cohorts of specialists worked with administrations on public interest challenges.',
    },
    nextSteps: {
      fr: 'Pérenniser le programme et en publier le bilan.',
      en: 'Make the programme permanent and publish its assessment.',
    },
    contacts: [
      {
        name: 'Léa Fontaine',
        role: { fr: 'Responsable du programme', en: 'Programme manager' },
        institution: 'dinum',
        email: 'lea.fontaine@dinum.example',
      },
    ],
  },
  10: {
    progress: 'substantial',
    aim: {
      fr: 'Doter chaque ministère d’un incubateur capable de lancer de petites équipes autonomes au service des usagers.',
      en: 'Give every ministry an incubator able to launch small autonomous teams serving users.',
    },
    results: { fr: 'La plupart des ministères disposent désormais d’un incubateur, qui partage ses méthodes avec le réseau interministériel.' },
  },
  11: {
    progress: 'completed',
    aim: {
      fr: 'Permettre aux administrations d’échanger directement les données dont elles ont besoin, pour ne plus les demander aux usagers.',
      en: 'Enable administrations to exchange the data they need directly, so that users are no longer asked for it.',
    },
    results: {
      fr: 'Des interfaces de programmation donnent accès aux principales pièces justificatives demandées dans les démarches.',
      en: 'Programming interfaces give access to the main supporting documents requested in procedures.',
    },
    nextSteps: {
      was: 'Raccorder de nouvelles démarches aux interfaces existantes.',
      fr: 'Raccorder de nouvelles démarches aux interfaces existantes et publier un tableau de suivi des pièces supprimées.',
      en: 'Connect more procedures to the existing interfaces.',
    },
  },
  12: {
    progress: 'completed',
    aim: {
      fr: 'Organiser des rencontres régulières entre agents publics et société civile autour de projets concrets de gouvernement ouvert.',
      en: 'Hold regular meetings between civil servants and civil society on practical open government projects.',
    },
    results: {
      fr: 'Plusieurs éditions ont réuni administrations, associations et citoyens en ateliers de travail.',
      en: 'Several editions brought administrations, associations and citizens together in workshops.',
    },
    milestones: [{ title: { fr: 'Organiser une première édition', en: 'Hold a first edition' }, status: 'done' }],
    timetable: 'yes',
    contacts: [
      {
        name: 'Antoine Girard',
        role: { fr: 'Chargé de mission gouvernement ouvert', en: 'Open government officer' },
        institution: 'dinum',
        email: 'antoine.girard@dinum.example',
      },
    ],
  },
  13: {
    progress: 'limited',
    aim: { fr: 'Publier un tableau de bord des démarches en ligne, enrichi par les avis des usagers.' },
  },
  14: {
    progress: 'not-started',
    aim: {
      fr: 'Réunir en France les acteurs publics et les entreprises qui développent des services numériques pour les administrations.',
      en: 'Bring together in France the public actors and companies that develop digital services for administrations.',
    },
    timetable: 'no',
    timetableComment: {
      fr: 'L’événement n’a pas pu être organisé pendant la période du plan.',
      en: 'The event could not be held during the period of the plan.',
    },
  },
  15: {
    progress: 'substantial',
    aim: {
      fr: 'Mettre à la disposition des administrations des outils et des méthodes pour consulter les citoyens avant de décider.',
      en: 'Give administrations tools and methods to consult citizens before taking decisions.',
    },
    results: { fr: 'Une plateforme de consultation et un centre de ressources méthodologiques sont accessibles à toutes les administrations.' },
    milestones: [
      { title: { fr: 'Ouvrir une plateforme de consultation', en: 'Open a consultation platform' }, status: 'done' },
      { title: { fr: 'Former les agents à la participation', en: 'Train civil servants in participation' }, status: 'ongoing' },
    ],
    contacts: [
      {
        name: 'Inès Carpentier',
        role: { fr: 'Responsable de la participation citoyenne', en: 'Head of citizen participation' },
        institution: 'ditp',
        email: 'ines.carpentier@ditp.example',
      },
    ],
  },
  16: {
    progress: 'substantial',
    aim: {
      fr: 'Soutenir les pays partenaires qui souhaitent ouvrir leurs données et associer leurs citoyens à l’action publique.',
      en: 'Support partner countries that wish to open their data and involve their citizens in public action.',
    },
    results: {
      fr: 'Des projets de coopération ont accompagné des administrations partenaires dans leurs démarches de gouvernement ouvert.',
      en: 'Cooperation projects supported partner administrations in their open government work.',
    },
  },
  17: {
    progress: 'limited',
    aim: { fr: 'Donner aux citoyens l’accès aux informations environnementales et les moyens de participer aux décisions qui les concernent.' },
    results: { fr: 'Les données environnementales de référence ont été recensées ; leur ouverture se poursuit.' },
  },
  19: {
    progress: 'substantial',
    aim: {
      was: 'Permettre aux citoyens de proposer des sujets de contrôle à la Cour des comptes.',
      fr: 'Permettre aux citoyens de proposer des sujets de contrôle à la Cour des comptes et les informer des suites données.',
      en: 'Enable citizens to suggest audit topics to the Cour des comptes.',
    },
    results: {
      fr: 'Une plateforme en ligne recueille les propositions ; certaines ont été retenues dans le programme de travail.',
      en: 'An online platform collects suggestions; some have been included in the work programme.',
    },
    contacts: [
      {
        name: 'Marc Aubert',
        role: { fr: 'Chargé des relations avec les citoyens', en: 'Citizen relations officer' },
        institution: 'ccomptes',
        email: 'marc.aubert@ccomptes.example',
      },
    ],
  },
  21: {
    progress: 'completed',
    aim: {
      fr: 'Faciliter la consultation et la réutilisation des déclarations de patrimoine et d’intérêts des responsables publics.',
      en: 'Make the asset and interest declarations of public officials easier to consult and reuse.',
    },
    results: {
      fr: 'Les déclarations publiées sont disponibles en données ouvertes, dans un format structuré.',
      en: 'Published declarations are available as open data, in a structured format.',
    },
    milestones: [{ title: { fr: 'Publier les déclarations en données ouvertes', en: 'Publish declarations as open data' }, status: 'done' }],
    timetable: 'yes',
    resources: [{ label: { fr: 'Site de la Haute Autorité', en: 'The High Authority’s website' }, url: 'https://www.hatvp.fr/' }],
    contacts: [
      {
        name: 'Pauline Rivière',
        role: { fr: 'Responsable des données ouvertes', en: 'Open data manager' },
        institution: 'hatvp',
        email: 'pauline.riviere@hatvp.example',
      },
    ],
  },
};

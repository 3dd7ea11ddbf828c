/**
 * Facts of France’s 2018–2020 OGP action plan, the same as the tests' oracle,
 * `tests/fixtures/sample-facts.json`: ambitions, commitment numbers and titles. A seed test
 * checks that the two never drift apart.
 */

export interface AmbitionFact {
  id: string;
  fr: string;
  en: string;
  commitments: number[];
}

export const AMBITIONS: AmbitionFact[] = [
  {
    id: 'transparency',
    fr: 'Transparence, intégrité et redevabilité de la vie publique et économique',
    en: 'Transparency, integrity and accountability in public and economic life',
    commitments: [1, 2, 3],
  },
  {
    id: 'digital-resources',
    fr: 'Ouverture de ressources numériques, contribution citoyenne, innovation ouverte',
    en: 'Opening up digital resources, citizen participation and open innovation',
    commitments: [4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    id: 'participation',
    fr: 'Des démarches de participation renforcées',
    en: 'Strengthening participation mechanisms',
    commitments: [12, 13, 14, 15],
  },
  {
    id: 'global-challenges',
    fr: 'Le gouvernement ouvert au service des enjeux mondiaux de notre siècle : développement, environnement et science',
    en: 'Leveraging the benefits of open government to address the global challenges of our century: development, environment and science',
    commitments: [16, 17, 18],
  },
  {
    id: 'courts-authorities',
    fr: 'L’ouverture des juridictions et des autorités administratives indépendantes',
    en: 'Opening up independent administrative authorities and courts',
    commitments: [19, 20, 21],
  },
];

/** Commitment titles by number. */
export const TITLES: Record<number, { fr: string; en: string }> = {
  1: {
    fr: 'Renforcer la transparence sur l’efficacité et la qualité des services publics avec les usagers',
    en: 'Enhance transparency regarding the effectiveness and quality of public services working with users',
  },
  2: {
    fr: 'Accroître la transparence de la commande publique',
    en: 'Increasing transparency in public procurement',
  },
  3: {
    fr: 'Poursuivre la transparence de l’aide au développement',
    en: 'Improving transparency in public development aid',
  },
  4: {
    fr: 'Enrichir le service public de la donnée : vers une nouvelle liste de données de référence',
    en: 'Enrich “public data as a service”: towards a new list of reference data',
  },
  5: {
    fr: 'Désigner des administrateurs ministériels des données et accompagner la mise en œuvre du principe d’ouverture par défaut',
    en: 'Appoint ministerial data administrators and support the implementation of the “open by default” principle',
  },
  6: {
    fr: 'Renforcer la transparence des algorithmes et des codes sources publics',
    en: 'Improving transparency of public algorithms and source codes',
  },
  7: {
    fr: 'Accompagner les territoires dans la mise en œuvre du principe d’ouverture des données par défaut',
    en: 'Support local areas in implementing the open data by default principle',
  },
  8: {
    fr: 'Créer un laboratoire d’intelligence artificielle ouvert par l’État',
    en: 'Set up an open artificial intelligence (AI) lab for the State',
  },
  9: {
    fr: 'Ouvrir l’administration à de nouvelles compétences et accompagner les initiatives ouvertes au sein de l’État',
    en: 'Opening the administration to new skills and supporting the government\'s open innovation initiatives',
  },
  10: {
    fr: 'Créer des incubateurs de services numériques dans chaque ministère',
    en: 'Set up digital public service incubators in each ministry',
  },
  11: {
    fr: 'Améliorer la fluidité des données au sein de l’État pour simplifier les démarches administratives en ligne (pour l’administration et pour l’usager)',
    en: 'Streamline data flows within the State to simplify online administrative procedures (for both the administration and the user)',
  },
  12: {
    fr: 'Développer des nouveaux formats d’échange avec la société civile : le Forum Open d’État',
    en: 'Develop new formats for exchanging ideas with civil society: the "Open d\'Etat" Forum',
  },
  13: {
    fr: 'Mettre en place un tableau de bord ouvert et contributif des démarches sur internet',
    en: 'Set up an open and participatory dashboard of online procedures',
  },
  14: {
    fr: 'Organisation en France un sommet international sur les Gov Tech',
    en: 'Organise an international GovTech summit in France',
  },
  15: {
    fr: 'Outiller les administrations pour associer les citoyens à la décision publique',
    en: 'Provide the administrations with the tools to associate citizens to public decision-making',
  },
  16: {
    fr: 'Accompagner la mise en œuvre des principes de transparence et de participation citoyenne à l’international',
    en: 'Supporting the implementation of the principles of transparency and citizen participation at the international level',
  },
  17: {
    fr: 'Donner les moyens aux citoyens de contrôler et s’impliquer dans les décisions publiques sur la transition écologique et le développement durable',
    en: 'Empower citizens to exercise scrutiny and get involved in public decisions on energy transition and sustainable development',
  },
  18: {
    fr: 'Construire un écosystème de la “science ouverte”',
    en: 'Developing an “open science” ecosystem',
  },
  19: {
    fr: 'Impliquer davantage les citoyens dans les travaux menés par la Cour des comptes',
    en: 'Involving citizens further in the work carried out by the Cour des Comptes',
  },
  20: {
    fr: 'Assurer une plus grande transparence des activités des représentants d’intérêts',
    en: 'Ensuring greater transparency in representatives of interests’ activities',
  },
  21: {
    fr: 'Renforcer l’accès aux informations publiques relatives aux élus et responsables publics',
    en: 'Improving access to public information on elected representatives and public officials',
  },
};

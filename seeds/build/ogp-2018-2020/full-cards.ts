import type { CommitmentText } from './types.js';

/**
 * The commitments written in full, in both languages: every field of the card is filled.
 * The texts are short summaries written for this sample, not the published report's words.
 * Between them they use every rich-text feature the report model has.
 */

const c01: CommitmentText = {
  progress: 'substantial',
  aim: {
    fr: `
      Rendre compte aux usagers, de façon régulière et lisible, de la qualité des services publics
      qu’ils fréquentent, et s’appuyer sur leurs avis pour améliorer ces services. L’engagement porte sur :

      - la publication d’indicateurs de qualité communs aux services qui reçoivent du public ;
      - le recueil systématique de l’avis des usagers, en ligne comme au guichet ;
      - la mise à disposition de ces résultats en données ouvertes.
    `,
    en: `
      Report to users, regularly and in plain terms, on the quality of the public services they
      use, and draw on their views to improve those services. The commitment covers:

      - publishing quality indicators shared by all services that receive the public;
      - collecting users’ views systematically, online and at the counter;
      - releasing these results as open data.
    `,
  },
  otherStakeholders: {
    fr: 'Réseaux territoriaux de l’État, caisses de sécurité sociale, associations d’usagers et collectivités volontaires.',
    en: 'The State’s local networks, social security funds, user associations and volunteer local authorities.',
  },
  results: {
    fr: `
      Les principaux réseaux de services publics affichent désormais, sur leurs sites et dans leurs
      points d’accueil, **les mêmes indicateurs de qualité** : délai de réponse, taux de joignabilité
      et satisfaction des usagers. Ces résultats sont mis à jour chaque trimestre.

      Un outil de recueil de l’avis des usagers est proposé à la fin des démarches en ligne les plus
      fréquentes. Les avis recueillis sont publiés *sans retouche*, accompagnés des réponses des
      services concernés.
    `,
    en: `
      The main public service networks now display, on their websites and at their front desks,
      **the same quality indicators**: response time, reachability and user satisfaction. These
      results are updated every quarter.

      A tool collecting users’ views is offered at the end of the most frequent online procedures.
      The views collected are published *unedited*, together with the replies of the services
      concerned.
    `,
  },
  milestones: [
    { title: { fr: 'Définir un socle d’indicateurs communs', en: 'Define a common set of indicators' }, status: 'done' },
    { title: { fr: 'Afficher les résultats dans les points d’accueil', en: 'Display the results at front desks' }, status: 'done' },
    { title: { fr: 'Publier les indicateurs en données ouvertes', en: 'Publish the indicators as open data' }, status: 'ongoing' },
  ],
  timetable: 'partly',
  timetableComment: {
    fr: 'Les indicateurs ont été publiés dans les délais ; leur ouverture en données ouvertes a pris du retard en raison de la crise sanitaire.',
    en: 'The indicators were published on time; their release as open data was delayed by the health crisis.',
  },
  nextSteps: {
    fr: 'Étendre l’affichage des indicateurs aux services des collectivités volontaires et publier un jeu de données unique, mis à jour automatiquement.',
    en: 'Extend the display of indicators to the services of volunteer local authorities and publish a single, automatically updated dataset.',
  },
  resources: [
    { label: { fr: 'Site de la transformation publique', en: 'Government transformation website' }, url: 'https://www.modernisation.gouv.fr/' },
    { label: { fr: 'Page de la France sur le site du Partenariat', en: 'France’s page on the Partnership’s website' }, url: 'https://www.opengovpartnership.org/members/france/' },
  ],
  contacts: [
    {
      name: 'Élise Morvan',
      role: { fr: 'Cheffe de projet qualité de service', en: 'Service quality project lead' },
      institution: 'ditp',
      email: 'elise.morvan@ditp.example',
    },
  ],
  irmRecommendations: {
    fr: `
      Le Mécanisme recommandait d’associer davantage les usagers au **choix des indicateurs**, et
      de publier les résultats service par service plutôt qu’en moyenne nationale.
    `,
    en: `
      The Mechanism recommended involving users more closely in **choosing the indicators**, and
      publishing results service by service rather than as a national average.
    `,
  },
};

const c05: CommitmentText = {
  progress: 'substantial',
  aim: {
    fr: `
      Faire de l’ouverture des données la règle dans chaque ministère, conformément à la *loi pour
      une République numérique*, en confiant à un **administrateur ministériel des données** la
      responsabilité de recenser, ouvrir et faire circuler les données de son ministère.
    `,
    en: `
      Make open data the rule in every ministry, in line with the *Digital Republic Act*, by making
      a **ministerial data administrator** responsible for listing, opening and sharing the
      ministry’s data.
    `,
  },
  otherStakeholders: {
    fr: 'Secrétariats généraux des ministères, services statistiques ministériels, Commission d’accès aux documents administratifs, communauté des réutilisateurs de données.',
    en: 'The ministries’ general secretariats, ministerial statistical offices, the Commission for Access to Administrative Documents and the community of data re-users.',
  },
  results: {
    fr: `
      L’engagement a changé la manière dont les ministères considèrent leurs données : elles ne sont
      plus seulement un sous-produit de l’action administrative, mais une ressource dont un
      responsable identifié rend compte.

      # Jalon 1 – Désigner un administrateur des données dans chaque ministère

      Tous les ministères ont nommé un administrateur des données, placé auprès du secrétariat
      général. Sa mission couvre trois volets :

      1. **inventorier** les données détenues et les classer selon leur caractère communicable ;
      2. **ouvrir** en priorité les données les plus demandées ;
      3. **faire circuler** les données entre administrations, pour éviter de redemander aux
         usagers des informations déjà connues.

      # Jalon 2 – Animer un réseau interministériel

      Les administrateurs se réunissent tous les deux mois. Le réseau partage des méthodes, des
      modèles de documents et un tableau de suivi des ouvertures, résumé ci-dessous.

      | Ministère | Engagement | Statut | Commentaire |
      |---------|------------|------|-----------|
      | Économie et finances | Ouvrir les données essentielles de la commande publique | Réalisé | Publication mensuelle |
      | Transition écologique | Publier les mesures de qualité de l’air | En cours | La moitié des séries est en ligne |
      | Éducation nationale | Inventorier les jeux de données détenus | Réalisé | Inventaire tenu à jour |
      | Intérieur | Ouvrir les résultats électoraux détaillés | Réalisé | Format ouvert et documenté |

      ![Pictogramme du réseau des administrateurs des données : un cercle central bleu relié à six cercles plus petits, dont un rouge.](data-network){0.5}

      # Jalon 3 – Publier une feuille de route de la donnée par ministère

      Chaque ministère prépare une feuille de route qui fixe ses priorités d’ouverture et de
      circulation des données. Plusieurs feuilles de route ont été soumises à la consultation des
      réutilisateurs avant leur adoption ; les autres restent en préparation.

      # Jalon 4 – Accompagner l’ouverture par défaut

      Un guide pratique explique aux agents ce que recouvre l’obligation d’ouverture par défaut,
      quelles données en sont exclues et comment anonymiser un jeu de données. Il est complété par
      des sessions de formation ouvertes à tous les agents.

      Au total, le nombre de jeux de données publiés par les ministères sur
      [data.gouv.fr](https://www.data.gouv.fr/) a nettement progressé pendant la durée du plan.
    `,
    en: `
      The commitment changed how ministries see their data: it is no longer a mere by-product of
      administrative work, but a resource for which a named person is accountable.

      # Milestone 1 – Appoint a data administrator in every ministry

      Every ministry has appointed a data administrator, attached to its general secretariat. The
      role has three parts:

      1. **listing** the data held and classifying it by whether it may be disclosed;
      2. **opening** first the data most in demand;
      3. **sharing** data between administrations, so that users are not asked again for
         information already known.

      # Milestone 2 – Run an interministerial network

      The administrators meet every two months. The network shares methods, document templates and
      a tracker of releases, summarised below.

      | Ministry | Commitment | Status | Comment |
      |---------|------------|------|-----------|
      | Economy and finance | Open the core public procurement data | Done | Published monthly |
      | Ecological transition | Publish air quality measurements | Ongoing | Half of the series are online |
      | Education | List the datasets held | Done | List kept up to date |
      | Interior | Open detailed election results | Done | Open, documented format |

      ![Pictogram of the data administrators’ network: a central blue circle linked to six smaller circles, one of them red.](data-network){0.5}

      # Milestone 3 – Publish a data roadmap for each ministry

      Each ministry is preparing a roadmap setting its priorities for opening and sharing data.
      Several roadmaps were put to re-users for comment before adoption; the others are still
      being drafted.

      # Milestone 4 – Support open by default

      A practical guide explains to civil servants what the open-by-default obligation covers,
      which data it excludes and how to anonymise a dataset. Training sessions open to all civil
      servants complement it.

      Overall, the number of datasets published by ministries on
      [data.gouv.fr](https://www.data.gouv.fr/) grew markedly over the course of the plan.
    `,
  },
  milestones: [
    { title: { fr: 'Désigner un administrateur des données dans chaque ministère', en: 'Appoint a data administrator in every ministry' }, status: 'done' },
    { title: { fr: 'Animer un réseau interministériel', en: 'Run an interministerial network' }, status: 'done' },
    { title: { fr: 'Publier une feuille de route de la donnée par ministère', en: 'Publish a data roadmap for each ministry' }, status: 'ongoing' },
    { title: { fr: 'Accompagner l’ouverture par défaut', en: 'Support open by default' }, status: 'done' },
  ],
  timetable: 'partly',
  timetableComment: {
    fr: 'Les administrateurs ont été nommés dans les délais ; l’adoption des feuilles de route se poursuit au-delà du plan.',
    en: 'The administrators were appointed on time; the roadmaps are still being adopted after the end of the plan.',
  },
  nextSteps: {
    fr: `
      - Adopter et publier les feuilles de route restantes.
      - Mesurer chaque année l’avancement de l’ouverture, ministère par ministère.
    `,
    en: `
      - Adopt and publish the remaining roadmaps.
      - Measure progress in opening data every year, ministry by ministry.
    `,
  },
  resources: [
    { label: { fr: 'Portail national des données ouvertes', en: 'National open data portal' }, url: 'https://www.data.gouv.fr/' },
    { label: { fr: 'Site d’Etalab', en: 'Etalab website' }, url: 'https://www.etalab.gouv.fr/' },
  ],
  contacts: [
    {
      name: 'Julien Marchetti',
      role: { fr: 'Chef de la mission données', en: 'Head of the data unit' },
      institution: 'etalab',
      email: 'julien.marchetti@etalab.example',
    },
    {
      name: 'Sophie Lacaze',
      role: { fr: 'Chargée de mission ouverture des données', en: 'Open data officer' },
      institution: 'dinum',
      email: 'sophie.lacaze@dinum.example',
    },
  ],
  irmRecommendations: {
    fr: 'Le Mécanisme invitait à doter les administrateurs des données de **moyens propres** et à rendre publique la liste des données que chaque ministère prévoit d’ouvrir.',
    en: 'The Mechanism called for giving data administrators **their own resources** and for publishing the list of data each ministry plans to open.',
  },
};

const c06: CommitmentText = {
  progress: 'substantial',
  aim: {
    fr: `
      Permettre à chacun de comprendre comment les administrations utilisent des algorithmes pour
      prendre des décisions individuelles, et faire des codes sources produits par l’État des
      ressources ouvertes et réutilisables.
    `,
    en: `
      Enable everyone to understand how administrations use algorithms to take individual
      decisions, and make the source code produced by the State an open, reusable resource.
    `,
  },
  otherStakeholders: {
    fr: 'Communautés du logiciel libre, chercheurs en droit du numérique, Commission nationale de l’informatique et des libertés.',
    en: 'Free software communities, digital law researchers and the French data protection authority (CNIL).',
  },
  results: {
    fr: `
      Les travaux ont suivi trois axes :

      1. **Expliquer les algorithmes publics**
        - un guide présente aux administrations leurs obligations d’information ;
        - des exemples de notices explicatives sont proposés, prêts à adapter.
      2. **Ouvrir les codes sources**
        - une politique de contribution aux logiciels libres est adoptée ;
        - les dépôts des administrations sont recensés dans un catalogue commun :
          1. codes produits par les services de l’État ;
          2. logiciels libres utilisés et recommandés.
      3. **Sécuriser l’ouverture**, avec l’appui de l’ANSSI, qui a précisé les précautions à
         prendre avant de publier un code.

      Les ressources sont rassemblées sur le [site d’Etalab](https://www.etalab.gouv.fr/).
    `,
    en: `
      The work followed three lines:

      1. **Explaining public algorithms**
        - a guide sets out administrations’ duty to inform;
        - sample explanatory notices are offered, ready to adapt.
      2. **Opening source code**
        - a policy on contributing to free software has been adopted;
        - administrations’ repositories are listed in a shared catalogue:
          1. code produced by State services;
          2. free software in use and recommended.
      3. **Opening safely**, with the support of ANSSI, which set out the precautions to take
         before publishing code.

      The resources are gathered on the [Etalab website](https://www.etalab.gouv.fr/).
    `,
  },
  milestones: [
    { title: { fr: 'Publier un guide sur les algorithmes publics', en: 'Publish a guide on public algorithms' }, status: 'done' },
    { title: { fr: 'Adopter une politique de contribution aux logiciels libres', en: 'Adopt a policy on contributing to free software' }, status: 'done' },
    { title: { fr: 'Recenser les algorithmes utilisés par les ministères', en: 'List the algorithms used by ministries' }, status: 'ongoing' },
  ],
  timetable: 'yes',
  timetableComment: {
    fr: 'Les deux premiers jalons ont été tenus dans les délais prévus.',
    en: 'The first two milestones were met on schedule.',
  },
  nextSteps: {
    fr: 'Achever le recensement des algorithmes et accompagner les établissements d’enseignement dans la publication de leurs règles de traitement.',
    en: 'Complete the list of algorithms and help educational institutions publish their processing rules.',
  },
  resources: [{ label: { fr: 'Site d’Etalab', en: 'Etalab website' }, url: 'https://www.etalab.gouv.fr/' }],
  contacts: [
    {
      name: 'Nadia Ferrand',
      role: { fr: 'Responsable du pôle logiciels libres', en: 'Head of the free software team' },
      institution: 'dinum',
      email: 'nadia.ferrand@dinum.example',
    },
  ],
};

const c18: CommitmentText = {
  progress: 'completed',
  aim: {
    fr: `
      Rendre librement accessibles les publications et les données issues de la recherche financée
      sur fonds publics, et encourager les pratiques de **science ouverte** dans les établissements.
    `,
    en: `
      Make publications and data from publicly funded research freely available, and encourage
      **open science** practices in research institutions.
    `,
  },
  otherStakeholders: {
    fr: 'Universités, organismes de recherche, bibliothèques universitaires, éditeurs scientifiques.',
    en: 'Universities, research organisations, university libraries and scientific publishers.',
  },
  results: {
    fr: `
      Un plan national^[Le plan national pour la science ouverte a été présenté en juillet 2018.]
      a fixé le cap : les publications issues de recherches financées sur fonds publics doivent être
      accessibles sans frais. Un baromètre mesure chaque année la part des publications en accès
      ouvert, qui progresse régulièrement.

      Un comité pour la science ouverte réunit les établissements et coordonne les actions ; ses
      travaux sont présentés sur [ouvrirlascience.fr](https://www.ouvrirlascience.fr/).
    `,
    en: `
      A national plan^[The national plan for open science was presented in July 2018.] set the
      course: publications from publicly funded research must be available free of charge. A
      barometer measures each year the share of publications in open access, which is rising
      steadily.

      An open science committee brings institutions together and coordinates the work, presented
      on [ouvrirlascience.fr](https://www.ouvrirlascience.fr/).
    `,
  },
  milestones: [
    { title: { fr: 'Adopter un plan national pour la science ouverte', en: 'Adopt a national plan for open science' }, status: 'done' },
    { title: { fr: 'Publier un baromètre annuel de l’accès ouvert', en: 'Publish a yearly open access barometer' }, status: 'done' },
    { title: { fr: 'Créer un comité pour la science ouverte', en: 'Set up an open science committee' }, status: 'done' },
  ],
  timetable: 'yes',
  timetableComment: {
    fr: 'Tous les jalons ont été atteints dans la période du plan.',
    en: 'All milestones were reached within the period of the plan.',
  },
  nextSteps: {
    fr: 'Étendre la démarche aux données et aux codes de la recherche, et préparer un second plan national.',
    en: 'Extend the approach to research data and code, and prepare a second national plan.',
  },
  resources: [{ label: { fr: 'Portail de la science ouverte', en: 'Open science portal' }, url: 'https://www.ouvrirlascience.fr/' }],
  contacts: [
    {
      name: 'Thomas Renaud',
      role: { fr: 'Chargé de mission science ouverte', en: 'Open science officer' },
      institution: 'mesri',
      email: 'thomas.renaud@recherche.example',
    },
  ],
};

const c20: CommitmentText = {
  progress: 'limited',
  aim: {
    fr: `
      Mieux faire connaître les actions des représentants d’intérêts auprès des responsables
      publics, grâce à un répertoire public, complet et facile à exploiter.
    `,
    en: `
      Shed more light on what interest representatives do to influence public officials, through a
      public register that is complete and easy to use.
    `,
  },
  otherStakeholders: {
    fr: 'Associations de lutte contre la corruption, organisations professionnelles, chercheurs.',
    en: 'Anti-corruption associations, professional organisations and researchers.',
  },
  results: {
    fr: `
      Les données du répertoire sont publiées en données ouvertes et des lignes directrices aident
      les déclarants à remplir leurs obligations.

      En revanche, l’extension du répertoire aux relations avec les **collectivités territoriales**
      a été reportée, et la cartographie interactive envisagée n’a pas vu le jour.
    `,
    en: `
      The register’s data is published as open data, and guidelines help those who must declare to
      meet their obligations.

      However, extending the register to dealings with **local authorities** was postponed, and the
      planned interactive map did not materialise.
    `,
  },
  milestones: [
    { title: { fr: 'Publier des lignes directrices pour les déclarants', en: 'Publish guidelines for those who must declare' }, status: 'done' },
    { title: { fr: 'Étendre le répertoire aux collectivités territoriales', en: 'Extend the register to local authorities' }, status: 'suspended' },
    { title: { fr: 'Publier une cartographie interactive des actions déclarées', en: 'Publish an interactive map of declared activities' }, status: 'not-done' },
  ],
  timetable: 'no',
  timetableComment: {
    fr: 'Le report de l’extension aux collectivités territoriales a décalé l’ensemble du calendrier.',
    en: 'Postponing the extension to local authorities pushed back the whole timetable.',
  },
  nextSteps: {
    fr: 'Préparer l’extension du répertoire aux collectivités territoriales à sa nouvelle date d’entrée en vigueur.',
    en: 'Prepare the extension of the register to local authorities for its new start date.',
  },
  resources: [{ label: { fr: 'Site de la Haute Autorité', en: 'The High Authority’s website' }, url: 'https://www.hatvp.fr/' }],
  contacts: [
    {
      name: 'Camille Besson',
      role: { fr: 'Responsable du répertoire des représentants d’intérêts', en: 'Head of the register of interest representatives' },
      institution: 'hatvp',
      email: 'camille.besson@hatvp.example',
    },
  ],
  irmRecommendations: {
    fr: 'Le Mécanisme recommandait de fixer une **date ferme** pour l’extension du répertoire et de publier les déclarations dans un format plus détaillé.',
    en: 'The Mechanism recommended setting a **firm date** for extending the register and publishing declarations in a more detailed format.',
  },
};

/** Fully written commitments by number. */
export const FULL_CARDS: Record<number, CommitmentText> = { 1: c01, 5: c05, 6: c06, 18: c18, 20: c20 };

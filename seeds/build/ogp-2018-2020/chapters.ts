import type { Pair } from '../values.js';

/**
 * The chapters around the cards, by the template's chapter ids. Their titles come from the
 * template; the bodies below are written for this sample. Missing ids stay empty on purpose.
 */
export const CHAPTER_BODIES: Record<string, Pair> = {
  foreword: {
    fr: `
      La France a rejoint le Partenariat pour un gouvernement ouvert en 2014. Ce rapport dresse le
      bilan de son deuxième plan d’action national, mis en œuvre de 2018 à 2020 par une vingtaine
      d’administrations et d’autorités indépendantes.

      Il rend compte, engagement par engagement, de ce qui a été accompli, de ce qui reste à faire et
      des difficultés rencontrées, en particulier pendant la crise sanitaire.

      *Ce rapport est un exemple fourni avec Bilan : ses textes, rédigés pour la démonstration,
      résument le plan de façon simplifiée ; les personnes de contact sont fictives.*
    `,
    en: `
      France joined the Open Government Partnership in 2014. This report takes stock of its second
      national action plan, carried out from 2018 to 2020 by some twenty administrations and
      independent authorities.

      It reports, commitment by commitment, on what was achieved, what remains to be done and the
      difficulties met, especially during the health crisis.

      *This report is a sample shipped with Bilan: its texts, written for demonstration, summarise
      the plan in simplified form; the contact people are fictitious.*
    `,
  },
  context: {
    fr: `
      Le plan comptait **21 engagements**, regroupés en cinq ambitions : transparence de la vie
      publique, ouverture des ressources numériques, participation, enjeux mondiaux, et ouverture
      des juridictions et des autorités indépendantes.

      Le graphique ci-dessous répartit les engagements selon leur avancement à la fin du plan.
    `,
    en: `
      The plan had **21 commitments**, grouped under five ambitions: transparency in public life,
      opening up digital resources, participation, global challenges, and opening up courts and
      independent authorities.

      The chart below breaks the commitments down by their progress at the end of the plan.
    `,
  },
  process: {
    fr: `
      Le plan a été élaboré avec la société civile, selon les standards de participation du
      Partenariat. Les principales étapes sont résumées ci-dessous.

      | Étape | Période | Participants |
      |-----|-------|----------|
      | Consultation en ligne sur les priorités | Printemps 2018 | Citoyens et associations |
      | Ateliers de co-construction des engagements | Été 2018 | Administrations et société civile |
      | Points d’étape publics | Chaque semestre | Forum ouvert aux contributeurs |
      | Rédaction de l’autoévaluation | Début 2021 | Administrations porteuses |

      Le projet d’autoévaluation a été soumis aux commentaires du public avant sa publication.
    `,
    en: `
      The plan was developed with civil society, following the Partnership’s participation
      standards. The main steps are summarised below.

      | Step | Period | Participants |
      |-----|-------|----------|
      | Online consultation on priorities | Spring 2018 | Citizens and associations |
      | Workshops to co-design the commitments | Summer 2018 | Administrations and civil society |
      | Public progress reviews | Every six months | Forum open to contributors |
      | Drafting of the self-assessment | Early 2021 | Lead institutions |

      The draft self-assessment was opened to public comment before publication.
    `,
  },
  irmFollowUp: {
    // Written in French only: the translation is still to come.
    fr: `
      Dans son rapport à mi-parcours, le Mécanisme d’évaluation indépendant formulait plusieurs
      recommandations, reprises dans les fiches des engagements concernés :

      - associer davantage la société civile au suivi du plan ;
      - préciser des jalons mesurables pour chaque engagement ;
      - publier régulièrement l’état d’avancement.
    `,
  },
};

import type { Report } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import { newReport } from '../../shared/report/create.js';
import { choice, institutions, localized, plain, quarter, richText, rows, text } from '../../seeds/build/values.js';

/**
 * A short action plan written with the `ogp-commitment` template: two commitments filled in
 * both languages as the OGP National Handbook's commitment template asks. The texts are ours.
 */
export function commitmentReport(template: Template): Report {
  const report = newReport(template, '6b1f0d52-8d0e-4a5c-9a3e-2c7d9e4f1a10');
  const body = richText({
    fr: 'Le plan a été préparé avec le forum multi-acteurs, lors de quatre ateliers ouverts au public.',
    en: 'The plan was prepared with the multi-stakeholder forum, in four workshops open to the public.',
  });
  return {
    ...report,
    title: localized('Plan d’action national 2025–2027', 'National action plan 2025–2027'),
    issuer: localized('Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation'),
    period: '2025–2027',
    published: '2025-01-15',
    institutions: [
      { id: 'ditp', name: localized('Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation'), acronym: { fr: 'DITP', en: 'DITP' } },
      { id: 'dinum', name: localized('Direction interministérielle du numérique', 'Interministerial Directorate for Digital Technology'), acronym: { fr: 'DINUM', en: 'DINUM' } },
      { id: 'ccomptes', name: localized('Cour des comptes', 'Cour des comptes') },
    ],
    ambitions: [{ id: 'integrity', title: localized('Intégrité publique', 'Public integrity') }],
    chapters: report.chapters.map((c) => ({ ...c, body: { fr: body.fr, en: body.en } })),
    cards: [
      {
        id: 'k1',
        number: '1',
        ambition: 'integrity',
        fields: {
          title: text({ fr: 'Publier les subventions versées aux associations', en: 'Publish the grants paid to associations' }),
          leadInstitutions: institutions('ditp'),
          supportingInstitutions: institutions('dinum', 'ccomptes'),
          supportingActors: richText({ fr: 'Deux réseaux associatifs nationaux et une équipe de chercheurs.', en: 'Two national networks of associations and a team of researchers.' }),
          start: quarter(2025, 1),
          end: quarter(2026, 4),
          problem: richText({
            fr: 'Les subventions de l’État aux associations sont publiées tard, dans des formats différents selon les ministères, et sont difficiles à comparer.',
            en: 'State grants to associations are published late, in formats that differ from one ministry to the next, and are hard to compare.',
          }),
          causes: richText({
            fr: 'Chaque ministère tient son propre outil de gestion ; aucune règle commune ne fixe les données à publier.',
            en: 'Each ministry keeps its own management tool; no common rule says which data to publish.',
          }),
          description: richText({
            fr: 'Un format commun est fixé par arrêté, puis chaque ministère publie ses subventions chaque trimestre sur le portail national.',
            en: 'A common format is set by order, then each ministry publishes its grants every quarter on the national portal.',
          }),
          expectedResults: richText({
            fr: 'Toute personne peut savoir, en quelques clics, quelle association a reçu quelle somme et pour quel projet.',
            en: 'Anyone can find out, in a few clicks, which association received how much and for what project.',
          }),
          transparency: richText({ fr: 'Des données aujourd’hui dispersées deviennent publiques, complètes et comparables.', en: 'Data scattered today becomes public, complete and comparable.' }),
          civicParticipation: richText({ fr: 'Les associations sont consultées sur le format avant qu’il ne soit fixé.', en: 'Associations are consulted on the format before it is set.' }),
          publicAccountability: richText({ fr: 'La Cour des comptes vérifie chaque année que les publications sont faites.', en: 'The Cour des comptes checks every year that the publications are made.' }),
          milestones: rows('k1-m', [
            {
              milestone: text({ fr: 'Fixer le format commun', en: 'Set the common format' }),
              output: text({ fr: 'Arrêté publié au Journal officiel', en: 'Order published in the Official Journal' }),
              date: quarter(2025, 2),
              stakeholders: text({ fr: 'DITP, réseaux associatifs', en: 'DITP, networks of associations' }),
            },
            {
              milestone: text({ fr: 'Publier les premières données', en: 'Publish the first data' }),
              output: text({ fr: 'Jeu de données trimestriel sur le portail national', en: 'Quarterly dataset on the national portal' }),
              date: quarter(2025, 4),
              stakeholders: text({ fr: 'Tous les ministères', en: 'Every ministry' }),
            },
          ]),
          completion: choice('substantial'),
          additionalInformation: richText({ fr: 'Budget : 250 000 € sur deux ans.', en: 'Budget: €250,000 over two years.' }),
          contacts: rows('k1-p', [{ name: plain('Inès Martel'), role: text({ fr: 'Cheffe de projet', en: 'Project lead' }), email: plain('ines.martel@ditp.example') }]),
        },
      },
      {
        id: 'k2',
        number: '2',
        ambition: 'integrity',
        fields: {
          title: text({ fr: 'Ouvrir le code source des algorithmes publics', en: 'Open the source code of public algorithms' }),
          leadInstitutions: institutions('dinum'),
          problem: richText({ fr: 'Les usagers ignorent comment certains calculs les concernant sont faits.', en: 'Users do not know how some calculations about them are made.' }),
          causes: richText({ fr: 'Le code n’est pas publié et sa documentation est rare.', en: 'The code is not published and seldom documented.' }),
          description: richText({ fr: 'Un inventaire des algorithmes est dressé, puis leur code est publié avec une notice.', en: 'An inventory of algorithms is drawn up, then their code is published with a guide.' }),
          expectedResults: richText({ fr: 'Dix algorithmes publiés et expliqués.', en: 'Ten algorithms published and explained.' }),
          transparency: richText({ fr: 'Le code et sa notice deviennent publics.', en: 'The code and its guide become public.' }),
          milestones: rows('k2-m', [
            {
              milestone: text({ fr: 'Dresser l’inventaire', en: 'Draw up the inventory' }),
              output: text({ fr: 'Inventaire publié', en: 'Published inventory' }),
              date: quarter(2025, 3),
            },
          ]),
          completion: choice('no-evidence'),
        },
      },
    ],
  };
}

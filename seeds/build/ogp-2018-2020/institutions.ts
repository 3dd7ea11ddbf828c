import type { Institution } from '../../../shared/model/report.js';
import { localized } from '../values.js';

/**
 * The institutions the lead-institution strings of the 2018–2020 plan name, one entry each,
 * and which of them lead each commitment.
 */

function institution(id: string, fr: string, en: string, acronym?: string): Institution {
  return { id, name: localized(fr, en), ...(acronym ? { acronym: { fr: acronym, en: acronym } } : {}) };
}

export const INSTITUTIONS: Institution[] = [
  institution('economie', 'Ministère de l’Économie, des Finances et de la Relance', 'Ministry for the Economy, Finance and the Recovery'),
  institution('ditp', 'Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation', 'DITP'),
  institution('mtfp', 'Ministère de la Transformation et de la Fonction publiques', 'Ministry for Government Transformation and the Civil Service', 'MTFP'),
  institution('dinum', 'Direction interministérielle du numérique', 'Interministerial Directorate for Digital Technology', 'DINUM'),
  institution('etalab', 'Etalab', 'Etalab'),
  institution('meae', 'Ministère de l’Europe et des Affaires étrangères', 'Ministry for Europe and Foreign Affairs', 'MEAE'),
  institution('afd', 'Agence française de développement', 'Agence française de développement', 'AFD'),
  institution('anssi', 'Agence nationale de la sécurité des systèmes d’information', 'National Agency for Information System Security', 'ANSSI'),
  institution('education', 'Ministère de l’Éducation nationale', 'Ministry for Primary and Secondary Education'),
  institution('ecologie', 'Ministère de la Transition écologique', 'Ministry for the Ecological Transition', 'MTE'),
  institution('mesri', 'Ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation', 'Ministry for Higher Education, Research and Innovation', 'MESRI'),
  institution('ccomptes', 'Cour des comptes', 'Cour des comptes'),
  institution('hatvp', 'Haute Autorité pour la transparence de la vie publique', 'High Authority for Transparency in Public Life', 'HATVP'),
];

const DIGITAL = ['mtfp', 'dinum', 'etalab'];
const MTFP_DINUM = ['mtfp', 'dinum'];

/** Lead institutions by commitment number, in the order the plan names them. */
export const LEADS: Record<number, string[]> = {
  1: ['economie', 'ditp'],
  2: ['economie', 'mtfp'],
  3: ['meae', 'afd'],
  4: DIGITAL,
  5: DIGITAL,
  6: [...DIGITAL, 'anssi', 'education'],
  7: DIGITAL,
  8: DIGITAL,
  9: MTFP_DINUM,
  10: MTFP_DINUM,
  11: MTFP_DINUM,
  12: MTFP_DINUM,
  13: MTFP_DINUM,
  14: MTFP_DINUM,
  15: [...MTFP_DINUM, 'ditp'],
  16: ['afd', 'meae'],
  17: ['ecologie'],
  18: ['mesri'],
  19: ['ccomptes'],
  20: ['hatvp'],
  21: ['hatvp'],
};

/** The issuer printed on the cover. */
export const ISSUER = localized('Direction interministérielle de la transformation publique', 'Interministerial Directorate for Government Transformation');

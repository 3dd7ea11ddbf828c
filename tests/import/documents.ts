import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { ROOT } from '../support/paths.js';

/**
 * Word documents laid out as real OGP reports are, made with `docx` (the library our own export
 * uses): a title, chapters, ambition headings, cards as a label/content table or as headed
 * sections, with merged cells, a table inside a cell, an image, footnotes, a list continued by
 * an indented paragraph and a title on two lines.
 */

export const PNG = readFileSync(join(ROOT, 'seeds/ogp-2018-2020.bilan/media/data-network.png'));

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading, children: [new TextRun(text)] });
const cell = (children: (Paragraph | Table)[], options: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, ...options });
const row = (label: string, ...content: (Paragraph | Table)[]) => new TableRow({ children: [cell([p(label)]), cell(content)] });
const item = (text: string, level = 0, reference = 'numbers') => new Paragraph({ numbering: { reference, level }, children: [new TextRun(text)] });

/** The words of the French document, by where they should land (for the tests to check). */
export interface Built {
  bytes: Buffer;
}

function numbering() {
  return {
    config: [
      { reference: 'numbers', levels: [{ level: 0, format: 'decimal' as const, text: '%1.' }, { level: 1, format: 'lowerLetter' as const, text: '%2)' }] },
      { reference: 'bullets', levels: [{ level: 0, format: 'bullet' as const, text: '•' }, { level: 1, format: 'bullet' as const, text: '◦' }] },
    ],
  };
}

/** The French report: 3 cards under 2 ambitions, chapters before and after. */
export async function frenchReport(): Promise<Buffer> {
  const doc = new Document({
    numbering: numbering(),
    footnotes: {
      1: { children: [p('Données issues du tableau de bord de la DINUM, décembre 2020.')] },
      2: { children: [p('Voir le plan d’action 2018–2020, page douze.')] },
      3: { children: [p('Estimation fournie par le ministère.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Rapport d’autoévaluation de fin de mandat 2018–2020')] }),
          p('Document préparé par la mission Gouvernement ouvert.'),
          h('Avant-propos', HeadingLevel.HEADING_1),
          p('Le gouvernement ouvert progresse grâce aux administrations engagées.'),
          h('Contexte', HeadingLevel.HEADING_1),
          new Paragraph({
            children: [
              new TextRun('Ce plan fait suite au précédent'),
              new FootnoteReferenceRun(2),
              new TextRun(' et se lit sur '),
              new ExternalHyperlink({ link: 'https://www.modernisation.gouv.fr/', children: [new TextRun('le site de la transformation publique')] }),
              new TextRun('.'),
            ],
          }),
          h('Ambition 1 – Transparence des données publiques', HeadingLevel.HEADING_1),
          p('Cette ambition regroupe les engagements de transparence.'),
          h('Engagement n°1 – Ouvrir les données des collectivités', HeadingLevel.HEADING_2),
          new Table({
            rows: [
              row('Administration(s) porteuse(s)', p('Direction interministérielle du numérique (DINUM)')),
              row('Ambition', new Paragraph({ children: [new TextRun({ text: 'Publier', bold: true }), new TextRun(' les données '), new TextRun({ text: 'essentielles', italics: true }), new TextRun(' des collectivités.')] })),
              row('Avancement', p('Substantiel')),
              row(
                'Résultats et impacts',
                new Paragraph({ children: [new TextRun('Plus de quatre cents collectivités publient'), new FootnoteReferenceRun(1), new TextRun('.')] }),
                item('Premier résultat visible', 0, 'bullets'),
                item('Détail du premier résultat', 1, 'bullets'),
                item('Second résultat mesuré', 0, 'bullets'),
                new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 300, height: 150 }, altText: { name: 'graphique', description: 'Graphique des collectivités publiant leurs données', title: 'Collectivités' } })] }),
                new Table({ rows: [new TableRow({ children: [cell([p('Année')]), cell([p('Jeux publiés')])] }), new TableRow({ children: [cell([p('2020')]), cell([p('quatre cent douze')])] })] }),
              ),
              row('Jalons', item('Publier le socle commun – Réalisé', 0, 'bullets'), item('Accompagner les petites communes – En cours', 0, 'bullets')),
              row('Calendrier respecté', p('Oui')),
              new TableRow({ children: [cell([p('Prochaines étapes')], { verticalMerge: VerticalMergeType.RESTART }), cell([p('Étendre le socle aux intercommunalités.')])] }),
              new TableRow({ children: [cell([], { verticalMerge: VerticalMergeType.CONTINUE }), cell([p('Former les agents territoriaux.')])] }),
              row(
                'Point(s) de contact',
                new Table({
                  rows: [
                    new TableRow({ children: ['Nom', 'Fonction', 'Administration', 'Courriel'].map((x) => cell([p(x)])) }),
                    new TableRow({ children: ['Jeanne Martin', 'Cheffe de projet', 'DINUM', 'jeanne.martin@example.org'].map((x) => cell([p(x)])) }),
                  ],
                }),
              ),
              row('Budget mobilisé', p('Un million deux cent mille euros')),
              new TableRow({ children: [cell([p('Observations générales du comité de suivi')], { columnSpan: 2 })] }),
            ],
          }),
          h('Engagement n°2 – Renforcer la transparence', HeadingLevel.HEADING_2),
          h('de la commande publique', HeadingLevel.HEADING_2),
          h('Administration(s) porteuse(s)', HeadingLevel.HEADING_3),
          p('Ministère de l’Économie et des Finances'),
          h('Ambition', HeadingLevel.HEADING_3),
          p('Rendre lisibles les marchés publics.'),
          h('Avancement', HeadingLevel.HEADING_3),
          p('Limité'),
          h('Résultats et impacts', HeadingLevel.HEADING_3),
          item('Recenser les acheteurs'),
          new Paragraph({ indent: { left: 720 }, children: [new TextRun('Cette étape a mobilisé trois directions.')] }),
          item('Publier les données essentielles'),
          item('Contrôler la qualité', 1),
          h('Commentaires divers', HeadingLevel.HEADING_3),
          p('Le calendrier a souffert de la crise sanitaire.'),
          h('Ambition 2 – Participation citoyenne', HeadingLevel.HEADING_1),
          new Table({
            rows: [
              new TableRow({ children: [cell([p('ENGAGEMENT N°3 – Associer les citoyens aux décisions')], { columnSpan: 2 })] }),
              row('Administration(s) porteuse(s)', p('Centre interministériel de la participation citoyenne (CIPC)')),
              row('Avancement', p('Achevé')),
              row('Résultats et impacts', new Paragraph({ children: [new TextRun('Trois consultations nationales'), new FootnoteReferenceRun(3), new TextRun(' ont réuni des milliers de participants.')] })),
            ],
          }),
          h('Échanges entre pairs', HeadingLevel.HEADING_1),
          p('La France a partagé son expérience avec ses partenaires européens.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The English report: the same cards 1 and 2 (3 is missing), and a card 4 of its own. */
export async function englishReport(): Promise<Buffer> {
  const doc = new Document({
    numbering: numbering(),
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('End-of-term self-assessment report 2018–2020')] }),
          h('Foreword', HeadingLevel.HEADING_1),
          p('Open government moves forward thanks to committed institutions.'),
          h('Ambition 1 – Transparency of public data', HeadingLevel.HEADING_1),
          h('Commitment 1: Opening local authorities’ data', HeadingLevel.HEADING_2),
          new Table({
            rows: [
              row('Lead institution(s)', p('Interministerial Digital Directorate (DINUM)')),
              row('Aim(s)', p('Publish the essential data of local authorities.')),
              row('Results and impact', p('More than four hundred local authorities publish.')),
              row('Milestones', item('Publish the common base – Done', 0, 'bullets'), item('Support small towns – Ongoing', 0, 'bullets')),
            ],
          }),
          h('Commitment 2: Strengthening the transparency of public procurement', HeadingLevel.HEADING_2),
          h('Aim(s)', HeadingLevel.HEADING_3),
          p('Make public contracts readable.'),
          h('Commitment 4: A card found in English only', HeadingLevel.HEADING_2),
          h('Aim(s)', HeadingLevel.HEADING_3),
          p('Only the English document describes it.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A document of `paragraphs` paragraphs with one card heading and the rest plain text. */
export async function longDocument(paragraphs: number): Promise<Buffer> {
  const children = [h('Engagement n°1 – Un engagement très long', HeadingLevel.HEADING_2), h('Résultats et impacts', HeadingLevel.HEADING_3)];
  for (let i = 1; i < paragraphs - 1; i++) children.push(p(`Paragraphe numéro ${i} du document.`));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

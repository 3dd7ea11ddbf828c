import type { RichText } from '../../../shared/model/richtext.js';

/**
 * Rich text holding every kind of content a report may hold, and the edge cases of how an
 * editor draws it: runs bold, italic and both, line breaks (one ending a paragraph), a link
 * with a bold run, a footnote holding a link, empty blocks, headings, a numbered list with a
 * nested bulleted one and an empty item, tables with and without widths and header row, an
 * image and an image whose file is missing. The preview must draw it as the editor does.
 */
export const EVERY_KIND: RichText = [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Le ministère a publié ' },
      { type: 'text', text: '42 jeux de données', bold: true },
      { type: 'text', text: ' dont ', italic: true },
      { type: 'text', text: 'les budgets', bold: true, italic: true },
      { type: 'break' },
      { type: 'text', text: 'sur  deux espaces\u00a0: ' },
      { type: 'link', url: 'https://www.data.gouv.fr', children: [{ type: 'text', text: 'data.gouv.fr' }, { type: 'text', text: ' (portail)', bold: true }] },
      { type: 'footnote', children: [{ type: 'text', text: 'Au 31 décembre 2023, voir ' }, { type: 'link', url: 'mailto:contact@example.org', children: [{ type: 'text', text: 'le contact' }] }] },
      { type: 'text', text: '.' },
    ],
  },
  { type: 'paragraph', children: [] },
  { type: 'paragraph', children: [{ type: 'text', text: 'Un paragraphe qui finit par un saut de ligne' }, { type: 'break' }] },
  { type: 'heading', level: 1, children: [{ type: 'text', text: 'Jalon 1 : publier' }] },
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Intertitre de niveau 2' }] },
  { type: 'heading', level: 3, children: [] },
  {
    type: 'list',
    ordered: true,
    items: [
      {
        children: [{ type: 'text', text: 'Budgets votés' }],
        sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'par mission' }] }, { children: [] }] },
      },
      { children: [{ type: 'text', text: 'Comptes publics', italic: true }] },
      { children: [{ type: 'text', text: 'Subventions' }], sublist: { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'aux associations' }] }] } },
    ],
  },
  {
    type: 'table',
    headerRow: true,
    widths: [1, 2, 1],
    rows: [
      [{ children: [{ type: 'text', text: 'Jalon' }] }, { children: [{ type: 'text', text: 'Échéance' }] }, { children: [] }],
      [{ children: [{ type: 'text', text: 'Publication' }, { type: 'break' }, { type: 'text', text: 'des données' }] }, { children: [{ type: 'text', text: '2023', bold: true }] }, { children: [{ type: 'text', text: 'Achevé' }] }],
    ],
  },
  { type: 'table', headerRow: false, rows: [[{ children: [{ type: 'text', text: 'Seule cellule' }] }]] },
  { type: 'image', media: 'chart', alt: 'Graphique des jalons', width: 0.5 },
  { type: 'paragraph', children: [{ type: 'text', text: 'Entre deux images.' }] },
  { type: 'image', media: 'absent', alt: '' },
];

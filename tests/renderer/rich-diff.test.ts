import { describe, expect, it } from 'vitest';
import { richAsIs, richDiff, type ShownUnit, type TokenPart } from '../../renderer/src/components/merge/rich-diff.js';
import type { RichText } from '../../shared/model/richtext.js';

// What the import review marks in a rich-text version against the version sent: pieces that
// came or went, and inside a changed piece, its words, formatting and links included.

const p = (...words: string[]): RichText[number] => ({ type: 'paragraph', children: words.map((text) => ({ type: 'text', text })) });
const list = (...items: string[]): RichText[number] => ({ type: 'list', ordered: false, items: items.map((text) => ({ children: [{ type: 'text', text }] })) });

/** A part as a reader sees it: `+added+`, `-removed-`, or the words as they are. */
const read = (parts: TokenPart[]) => parts.map((part) => ({ same: '', added: '+', removed: '-' })[part.kind] + part.tokens.map((t) => t.text).join('') + ({ same: '', added: '+', removed: '-' })[part.kind]).join('');
const summary = (units: ShownUnit[]) => units.map((u) => `${u.state} ${u.unit.kind}: ${u.cells ? u.cells.map((row) => row.map(read).join(' | ')).join(' / ') : read(u.parts)}`);

describe('a rich-text version compared with the version sent', () => {
  it('marks the changed words of a paragraph and of a list item, leaving the rest as it was', () => {
    const before = [p('Rendre compte aux usagers de la qualité des services.'), list('la publication d’indicateurs ;', 'le recueil de l’avis des usagers.')];
    const after = [p('Rendre compte aux usagers de la qualité des services.'), list('la publication trimestrielle d’indicateurs ;', 'le recueil de l’avis des usagers.')];
    expect(summary(richDiff(before, after))).toEqual([
      'same paragraph: Rendre compte aux usagers de la qualité des services.',
      'changed item: la publication +trimestrielle +d’indicateurs ;',
      'same item: le recueil de l’avis des usagers.',
    ]);
  });

  it('shows a list item added and one removed as whole pieces, in place, with the items’ numbers', () => {
    const before: RichText = [{ type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Premier' }] }, { children: [{ type: 'text', text: 'Deuxième' }] }] }, { type: 'image', media: 'logo', alt: 'Logo' }];
    const after: RichText = [{ type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Deuxième' }] }, { children: [{ type: 'text', text: 'Troisième' }] }] }];
    const shown = richDiff(before, after);
    expect(summary(shown)).toEqual(['removed item: -Premier-', 'same item: Deuxième', 'added item: +Troisième+', 'removed image: ']);
    expect(shown.map((u) => (u.unit.kind === 'item' ? u.unit.marker : null))).toEqual(['1.', '1.', '2.', null]);
  });

  it('sees bold and a new link as changes to the words, and keeps their formatting to show', () => {
    const before = [p('Voir le portail data.gouv.fr pour les résultats.')];
    const after: RichText = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Voir le portail ' },
          { type: 'link', url: 'https://www.data.gouv.fr', children: [{ type: 'text', text: 'data.gouv.fr' }] },
          { type: 'text', text: ' pour les ' },
          { type: 'text', text: 'résultats', bold: true },
          { type: 'text', text: '.' },
        ],
      },
    ];
    const [unit] = richDiff(before, after);
    expect(unit!.state).toBe('changed');
    const added = unit!.parts.filter((part) => part.kind === 'added').flatMap((part) => part.tokens);
    expect(added).toContainEqual({ text: 'data.gouv.fr', link: 'https://www.data.gouv.fr' });
    expect(added).toContainEqual({ text: 'résultats', bold: true });
  });

  it('compares a table cell by cell, and nested items keep their depth', () => {
    const table = (status: string): RichText[number] => ({ type: 'table', headerRow: true, rows: [[{ children: [{ type: 'text', text: 'Ministère' }] }, { children: [{ type: 'text', text: 'Statut' }] }], [{ children: [{ type: 'text', text: 'Intérieur' }] }, { children: [{ type: 'text', text: status }] }]] });
    expect(summary(richDiff([table('en cours')], [table('réalisé')]))).toEqual(['changed table: Ministère | Statut / Intérieur | -en cours-+réalisé+']);
    const nested: RichText = [{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'Données' }], sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'fiscales' }] }] } }] }];
    expect(richAsIs(nested).map((u) => (u.unit.kind === 'item' ? [u.unit.depth, u.unit.marker, u.state] : null))).toEqual([
      [1, '•', 'same'],
      [2, '◦', 'same'],
    ]);
  });

  it('shows everything as new when the version sent had nothing there', () => {
    expect(summary(richDiff(null, [p('Nouveau texte.')]))).toEqual(['added paragraph: +Nouveau texte.+']);
  });
});

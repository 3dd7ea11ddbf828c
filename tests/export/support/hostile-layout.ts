import type { DocLayout, LayoutBlock, LayoutCell, LayoutInline, LayoutList } from '../../../shared/export/layout/types.js';
import type { PageStyle } from '../../../shared/model/template.js';

/** A 4 × 2 pixel PNG. */
export const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAFUlEQVR4nGNgYJgIRA8Z+IGIAZkDAEreBgVW7dM5AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));
/** Markup characters that break naive writers. */
export const HOSTILE = `Tom & Jerry <b>pas gras</b> "guillemets" 'apostrophes' ]]> fin`;
/** Control characters between two words that must stay. */
export const CONTROLS = 'avant\u0001\u0007\u000b\u000c\u001f\ufffe\ud800après';
export const ACCENTS = 'L’œuvre « Été » – À Ç É ê ï ô ù';
export const EMOJI = 'Drapeau 🇫🇷 sourire 😀 codeuse 👩🏽‍💻 fin';
/** One word of 500 characters: no line can hold it. */
export const LONG_URL = `https://data.example.gouv.fr/${'a1b2c3d4e5'.repeat(47)}`;
export const LAST_WORD = 'FINDUCHAMP';
export const ROWS = 300;
export const TABLE_HEADER = 'Intitulé de la ligne';
export const CONTINUED = 'Résultats et impacts (suite)';

const text = (t: string, more: Partial<Extract<LayoutInline, { kind: 'text' }>> = {}): LayoutInline => ({ kind: 'text', text: t, ...more });
const para = (...inlines: LayoutInline[]): LayoutBlock => ({ kind: 'paragraph', style: 'body', inlines });
const cell = (t: string, shade?: 'header' | 'mark'): LayoutCell => ({ blocks: [para(text(t))], ...(shade ? { shade } : {}) });

function nestedList(): LayoutList {
  return {
    kind: 'list',
    ordered: true,
    items: [
      { inlines: [text('Premier point numéroté')], sublist: { kind: 'list', ordered: false, items: [{ inlines: [text('Puce imbriquée')], sublist: { kind: 'list', ordered: true, items: [{ inlines: [text('Troisième niveau')] }] } }] } },
      { inlines: [text('Deuxième point numéroté')] },
    ],
  };
}

function longText(): string {
  const words = ['transparence', 'données', 'ouverture', 'participation', 'citoyens', 'administration', 'évaluation', 'engagement'];
  return `${Array.from({ length: 9999 }, (_, i) => words[i % words.length]).join(' ')} ${LAST_WORD}`;
}

/**
 * A layout with every kind of block and content that breaks exporters: markup and control
 * characters, emoji, accents, a 500-character URL, a 300-row table, a 10,000-word card field
 * that runs over pages, nested lists, notes, internal and external links, images.
 */
export function hostileLayout(style: PageStyle): DocLayout {
  const table: LayoutBlock = {
    kind: 'table',
    headerRows: 1,
    widths: [1, 3, 2],
    summary: 'Tableau de 300 lignes',
    rows: [
      [cell('N°', 'header'), cell(TABLE_HEADER, 'header'), cell('État', 'header')],
      ...Array.from({ length: ROWS }, (_, i) => {
        const n = String(i + 1).padStart(3, '0');
        return [cell(`L${n}`), cell(`Ligne ${n} ${i % 7 === 0 ? HOSTILE : ACCENTS}`), cell(i % 3 === 0 ? 'Réalisé' : 'En cours', i % 3 === 0 ? 'mark' : undefined)];
      }),
    ],
  };
  const image: LayoutBlock = { kind: 'image', data: TINY_PNG, mime: 'image/png', width: 4, height: 2, alt: 'Deux carrés bleus et deux rouges', scale: 0.4 };
  const figures: LayoutBlock = { kind: 'figures', items: [{ value: '15 000', caption: 'jeux de données' }, { value: '76 %', caption: 'engagements achevés' }, { value: '21', caption: 'engagements' }] };
  const scale: LayoutBlock = { kind: 'scale', options: ['Pas commencé', 'Limité', 'Substantiel', 'Achevé'], chosen: 2, markedLabel: 'Substantiel (niveau atteint)' };
  const aside: LayoutBlock = { kind: 'aside', title: 'Recommandations du Mécanisme', blocks: [para(text('Texte mis à part')), nestedList()] };
  const blocks: LayoutBlock[] = [
    { kind: 'heading', level: 1, text: `Chapitre ${ACCENTS}`, anchor: '_ch_one', toc: true, pageBreakBefore: true },
    para(text('Gras', { bold: true }), text(' et '), text('italique', { italic: true }), text(' ; voir '), text('le tableau', { anchor: '_tbl' }), text(', le '), text('site', { href: 'https://www.example.gouv.fr/?a=1&b=2' }), { kind: 'note', n: 1, content: [text('Note « un ».')] }, text('.')),
    para(text(HOSTILE)),
    para(text(CONTROLS)),
    para(text(EMOJI)),
    para(text('Ligne un'), { kind: 'break' }, text('Ligne deux\taprès tabulation')),
    para(text(LONG_URL, { href: LONG_URL })),
    { kind: 'heading', level: 3, text: 'Sous-titre de chapitre', anchor: '_ch_one_sub', toc: false, pageBreakBefore: false },
    nestedList(),
    nestedList(),
    image,
    { kind: 'paragraph', style: 'caption', inlines: [text('Légende de l’image')] },
    figures,
    scale,
    aside,
    { kind: 'paragraph', style: 'small', inlines: [text('Petit texte')] },
    { kind: 'paragraph', style: 'headline', inlines: [text('76 % des engagements achevés')] },
    { kind: 'paragraph', style: 'placeholder', inlines: [text('[Texte manquant]')] },
    { kind: 'notes', title: 'Notes', notes: [{ n: 1, content: [text('Note « un ».')] }] },
    { kind: 'heading', level: 1, text: 'Tableau de 300 lignes', anchor: '_tbl', toc: true, pageBreakBefore: true },
    table,
    { kind: 'heading', level: 1, text: 'Fiches', anchor: '_group_1', toc: true, pageBreakBefore: true },
    { kind: 'heading', level: 2, text: `Engagement n°1 – ${HOSTILE}`, anchor: '_card_1', toc: true, pageBreakBefore: false },
    {
      kind: 'card',
      widths: [1, 3],
      rows: [
        { label: 'Ambition', continuedLabel: 'Ambition (suite)', blocks: [para(text(ACCENTS)), nestedList()] },
        { label: 'Avancement', continuedLabel: 'Avancement (suite)', blocks: [scale] },
        { label: 'Chiffres', continuedLabel: 'Chiffres (suite)', blocks: [figures, image] },
        {
          label: 'Contacts',
          continuedLabel: 'Contacts (suite)',
          blocks: [{ kind: 'table', headerRows: 1, widths: [1, 1, 1.4], rows: [[cell('Nom', 'header'), cell('Institution', 'header'), cell('Courriel', 'header')], [cell('Élise Morvan'), cell('Direction interministérielle'), cell('elise.morvan@example.gouv.fr')]] }],
        },
        { label: 'Recommandations', continuedLabel: 'Recommandations (suite)', blocks: [aside] },
        {
          label: 'Résultats et impacts',
          continuedLabel: CONTINUED,
          blocks: [{ kind: 'heading', level: 3, text: 'Jalon 1 – sous-titre', anchor: '_card_1_results', toc: false, pageBreakBefore: false }, para(text(longText()))],
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Engagement n°2 – court', anchor: '_card_2', toc: true, pageBreakBefore: true },
    para(text('Fin du document.')),
  ];
  return {
    lang: 'fr',
    meta: { title: `Rapport ${HOSTILE}`, author: 'Direction & cie', subject: 'Sujet « test »', keywords: ['PGO', 'test'], date: '2021-06-30' },
    style,
    cover: { title: `Rapport ${ACCENTS}`, period: '2018–2020', issuer: 'Direction interministérielle', date: '30 juin 2021', series: 'Partenariat pour un gouvernement ouvert' },
    furniture: { runningTitle: `Rapport ${HOSTILE}`, pageOf: '{page} sur {pages}', tocTitle: 'Sommaire' },
    blocks,
  };
}

/** Every heading of a layout, nested ones included, in reading order. */
export function layoutHeadings(blocks: readonly LayoutBlock[]): Extract<LayoutBlock, { kind: 'heading' }>[] {
  const out: Extract<LayoutBlock, { kind: 'heading' }>[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(b);
    if (b.kind === 'table') for (const row of b.rows) for (const c of row) out.push(...layoutHeadings(c.blocks));
    if (b.kind === 'card') for (const row of b.rows) out.push(...layoutHeadings(row.blocks));
    if (b.kind === 'aside') out.push(...layoutHeadings(b.blocks));
  }
  return out;
}

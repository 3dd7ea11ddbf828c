import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../electron/main/services/docx-import.js';
import type { ImportedReport } from '../../shared/import/build.js';
import { isOutOfDate } from '../../shared/report/localized.js';
import { plainText } from '../../shared/report/text.js';
import type { Card, Report } from '../../shared/model/report.js';
import type { Block } from '../../shared/model/richtext.js';
import { validateReport } from '../../shared/validate/validate.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { englishReport, frenchReport } from './documents.js';

const template = templates.get('ogp-end-of-term');
const dir = mkdtempSync(join(tmpdir(), 'bilan-import-'));
const frFile = join(dir, 'rapport.docx');
const enFile = join(dir, 'report.docx');
let imported: ImportedReport;

beforeAll(async () => {
  writeFileSync(frFile, await frenchReport());
  writeFileSync(enFile, await englishReport());
  imported = await importDocx(template, frFile, enFile);
}, 60_000);

const card = (number: string): Card => imported.report.cards.find((c) => c.number === number)!;
const rich = (c: Card, field: string, lang: 'fr' | 'en' = 'fr'): Block[] => {
  const v = c.fields[field];
  return v?.kind === 'richText' ? (v[lang]?.content ?? []) : [];
};
const text = (c: Card, field: string, lang: 'fr' | 'en' = 'fr'): string => {
  const v = c.fields[field];
  return v?.kind === 'text' ? (v[lang]?.content ?? '') : '';
};

/** Every string a report holds, its to-sort lists included. */
function reportWords(report: Report): Set<string> {
  const words = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') for (const w of wordsOf(v)) words.add(w);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(report);
  return words;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('bilan import: a Word report becomes a report', () => {
  it('finds the cards, their numbers, titles and ambitions, a title on two lines and a heading inside a table', () => {
    const { report, summary } = imported;
    expect(report.cards.map((c) => c.number)).toEqual(['1', '2', '3', '4']);
    expect(text(card('1'), 'title')).toBe('Ouvrir les données des collectivités');
    expect(text(card('2'), 'title')).toBe('Renforcer la transparence de la commande publique');
    expect(text(card('3'), 'title')).toBe('Associer les citoyens aux décisions');
    expect(report.ambitions.map((a) => a.title.fr?.content)).toEqual(['Transparence des données publiques', 'Participation citoyenne']);
    expect(report.ambitions[0]!.title.en?.content).toBe('Transparency of public data');
    expect(card('1').ambition).toBe(report.ambitions[0]!.id);
    expect(card('3').ambition).toBe(report.ambitions[1]!.id);
    expect(report.title.fr?.content).toBe('Rapport d’autoévaluation de fin de mandat 2018–2020');
    expect(summary.onlyFr).toEqual(['3']);
    expect(summary.onlyEn).toEqual(['4']);
  });

  it('fills fields from a label/content table: institutions, a choice, rich text with emphasis, a note, a list, an image, rows', () => {
    const c = card('1');
    const dinum = imported.report.institutions.find((i) => i.acronym?.fr === 'DINUM')!;
    expect(dinum.name.fr?.content).toBe('Direction interministérielle du numérique');
    expect(c.fields['leadInstitutions']).toEqual({ kind: 'institutions', ids: [dinum.id] });
    expect(c.fields['progress']).toEqual({ kind: 'choice', value: 'substantial' });
    expect(c.fields['timetable']).toEqual({ kind: 'choice', value: 'yes' });
    const aim = rich(c, 'aim')[0]!;
    expect(aim).toMatchObject({ type: 'paragraph', children: [{ text: 'Publier', bold: true }, { text: ' les données ' }, { text: 'essentielles', italic: true }, { text: ' des collectivités.' }] });
    const results = rich(c, 'results');
    expect(results[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }, { type: 'footnote', children: [{ text: 'Données issues du tableau de bord de la DINUM, décembre 2020.' }] }, { text: '.' }] });
    expect(results[1]).toMatchObject({ type: 'list', ordered: false, items: [{ children: [{ text: 'Premier résultat visible' }], sublist: { items: [{ children: [{ text: 'Détail du premier résultat' }] }] } }, { children: [{ text: 'Second résultat mesuré' }] }] });
    const image = results.find((b) => b.type === 'image');
    expect(image).toMatchObject({ type: 'image', alt: 'Graphique des collectivités publiant leurs données' });
    const media = imported.report.media.find((m) => m.id === (image as { media: string }).media)!;
    expect(media.mime).toBe('image/png');
    expect(imported.media.get(media.file)!.length).toBeGreaterThan(100);
    // The table inside the content cell is a table of the field.
    const table = results.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.map((cell) => plainText([{ type: 'paragraph', children: cell.children }])))).toEqual([
      ['Année', 'Jeux publiés'],
      ['2020', 'quatre cent douze'],
    ]);
    const milestones = c.fields['milestones'];
    expect(milestones?.kind === 'rows' && milestones.rows.map((r) => [r.cells['title']?.kind === 'text' ? r.cells['title'].fr?.content : '', r.cells['status']])).toEqual([
      ['Publier le socle commun', { kind: 'choice', value: 'done' }],
      ['Accompagner les petites communes', { kind: 'choice', value: 'ongoing' }],
    ]);
    const contacts = c.fields['contacts'];
    expect(contacts?.kind === 'rows' && contacts.rows[0]!.cells).toMatchObject({ name: { value: 'Jeanne Martin' }, email: { value: 'jeanne.martin@example.org' }, institution: { ids: [dinum.id] } });
  });

  it('keeps a label cell merged over two rows as one field', () => {
    expect(plainText(rich(card('1'), 'nextSteps'))).toBe('Étendre le socle aux intercommunalités.\nFormer les agents territoriaux.');
  });

  it('fills fields from sub-headings, continues a list item over an indented paragraph, and nests lists', () => {
    const c = card('2');
    expect(c.fields['progress']).toEqual({ kind: 'choice', value: 'limited' });
    expect(plainText(rich(c, 'aim'))).toBe('Rendre lisibles les marchés publics.');
    const [list] = rich(c, 'results');
    expect(list).toMatchObject({
      type: 'list',
      ordered: true,
      items: [
        { children: [{ text: 'Recenser les acheteurs' }, { type: 'break' }, { text: 'Cette étape a mobilisé trois directions.' }] },
        { children: [{ text: 'Publier les données essentielles' }], sublist: { items: [{ children: [{ text: 'Contrôler la qualité' }] }] } },
      ],
    });
  });

  it('puts what matches no field in the card’s or the report’s list to sort, with where it stood', () => {
    const sorted = (c: Card) => (c.toSort ?? []).map((i) => [i.from, plainText(i.content)]);
    expect(sorted(card('1'))).toEqual([
      ['Budget mobilisé', 'Un million deux cent mille euros'],
      ['', 'Observations générales du comité de suivi'],
    ]);
    expect(sorted(card('2'))).toEqual([['Commentaires divers', 'Le calendrier a souffert de la crise sanitaire.']]);
    expect((imported.report.toSort ?? []).map((i) => [i.from, plainText(i.content)])).toEqual([
      ['', 'Document préparé par la mission Gouvernement ouvert.'],
      ['Ambition 1 – Transparence des données publiques', 'Cette ambition regroupe les engagements de transparence.'],
    ]);
    expect(imported.report.version).toBe(4);
    const warnings = validateReport(imported.report, template).filter((i) => i.code === 'to-sort');
    expect(warnings.map((w) => (w.target.kind === 'card' ? w.target.number : w.target.kind))).toEqual(['1', '2', 'report']);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('makes chapters of the text before the first card, and of a heading after the cards', () => {
    const ch = (id: string) => imported.report.chapters.find((c) => c.id === id)!;
    expect(plainText(ch('foreword').body.fr!.content)).toBe('Le gouvernement ouvert progresse grâce aux administrations engagées.');
    expect(plainText(ch('foreword').body.en!.content)).toBe('Open government moves forward thanks to committed institutions.');
    expect(ch('context').body.fr!.content[0]).toMatchObject({ children: [{ text: 'Ce plan fait suite au précédent' }, { type: 'footnote' }, { text: ' et se lit sur ' }, { type: 'link', url: 'https://www.modernisation.gouv.fr/' }, { text: '.' }] });
    expect(plainText(ch('peerExchanges').body.fr!.content)).toBe('La France a partagé son expérience avec ses partenaires européens.');
  });

  it('takes the English text as translated from the current French: nothing to review', () => {
    const c = card('1');
    expect(text(c, 'title', 'en')).toBe('Opening local authorities’ data');
    expect(plainText(rich(c, 'aim', 'en'))).toBe('Publish the essential data of local authorities.');
    const milestones = c.fields['milestones'];
    expect(milestones?.kind === 'rows' && milestones.rows.map((r) => (r.cells['title']?.kind === 'text' ? r.cells['title'].en?.content : ''))).toEqual(['Publish the common base', 'Support small towns']);
    for (const card of imported.report.cards) for (const v of Object.values(card.fields)) if (v.kind === 'text' || v.kind === 'richText') expect(isOutOfDate(v)).toBe(false);
    expect(validateReport(imported.report, template).filter((i) => i.code === 'out-of-date')).toEqual([]);
    expect(text(card('4'), 'title', 'en')).toBe('A card found in English only');
  });

  it('drops no word: every word pandoc reads in either document is in the report', () => {
    const have = reportWords(imported.report);
    // The labels and headings the import reads as structure are the template's and the numbering's words.
    const structure = new Set(
      wordsOf(
        [
          ...template.card.fields.flatMap((f) => [f.label.fr, f.label.en, ...(f.kind === 'rows' ? f.columns.flatMap((c) => [c.label.fr, c.label.en]) : [])]),
          // A scale's option is kept as the choice it names.
          ...Object.values(template.scales).flatMap((sc) => sc.options.flatMap((o) => [o.label.fr, o.label.en])),
          'Engagement n°1 2 3 4 Commitment Ambition 1 2 ENGAGEMENT N°3',
        ].join(' '),
      ),
    );
    for (const file of [frFile, enFile]) {
      const words = wordsOf(execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' }));
      expect(words.length).toBeGreaterThan(50);
      const missing = words.filter((w) => !have.has(w) && !structure.has(w));
      expect(missing).toEqual([]);
    }
  });

  it('saves a report that opens again, with its image', async () => {
    const out = join(dir, 'imported.bilan');
    await files.save(out, imported.report, imported.media);
    const opened = await files.open(out);
    expect(opened.report.cards.length).toBe(4);
    expect(opened.report.cards[0]!.toSort?.length).toBe(2);
    expect(opened.media.size).toBe(1);
  });
});

describe('bilan import reads back a report Bilan exported', () => {
  it('finds the sample’s 21 commitments with their titles, ambitions and progress levels', async () => {
    const docx = join(dir, 'sample.docx');
    const run = bilan(['export', SAMPLE, '--format', 'docx', '--lang', 'fr', '--out', docx, '--allow-missing']);
    expect(run.status).toBe(0);
    const { report: sample } = await files.open(SAMPLE);
    const back = await importDocx(template, docx);
    expect(back.report.cards.map((c) => c.number)).toEqual(sample.cards.map((c) => c.number));
    for (const [i, c] of back.report.cards.entries()) {
      const original = sample.cards[i]!;
      const title = original.fields['title'];
      expect(text(c, 'title')).toBe(title?.kind === 'text' ? title.fr?.content : '');
      expect(c.fields['progress']).toEqual(original.fields['progress'] ?? undefined);
    }
    expect(back.report.ambitions.map((a) => a.title.fr?.content)).toEqual(sample.ambitions.map((a) => a.title.fr?.content));
  }, 120_000);
});

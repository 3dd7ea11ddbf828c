import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import { t } from '../../shared/i18n/i18n.js';
import type { FieldValue } from '../../shared/model/report.js';
import { files, templates } from '../support/fixtures.js';
import { editWithLibreOffice } from './support/libreoffice.js';
import { SAMPLE, tempDir } from '../support/paths.js';

/**
 * Rows a ministry adds in Word to a list (a card's milestones): copied from the last row, as
 * Word pastes them (the label's content control copied with its tag, the bookmark dropped, rsids
 * everywhere), or typed as new table rows with the column's label. They come back as new rows
 * of the list, merged as additions; a row that cannot be read by column stays a leftover.
 */

const packages = new PackageService(files, templates);
type Rows = Extract<FieldValue, { kind: 'rows' }>;
let dir: string;
let report: string;
let form: string;
let card: string;

beforeAll(async () => {
  dir = tempDir('bilan-word-rows-');
  report = join(dir, 'rapport.bilan');
  await packages.cutAll(await files.open(SAMPLE), join(dir, 'paquets'), { deadline: null, message: '', saveTo: report, now: new Date('2021-03-01T09:00:00Z'), word: { lang: 'fr', langs: ['fr', 'en'], contact: null } });
  form = join(dir, 'paquets', 'DITP.docx');
  card = (await files.open(report)).report.cards.find((c) => (c.fields['milestones'] as Rows | undefined)?.rows.length && JSON.stringify(c.fields['leadInstitutions']).includes('ditp'))!.id;
}, 240_000);

/** The rows (`<w:tr>…</w:tr>`) of a card's last milestone: its heading row and the rows of its columns. */
function lastMilestone(xml: string, number: string): { start: number; end: number; rows: string[] } {
  const heading = xml.indexOf(`Engagement n°${number} –`);
  const table = xml.indexOf('</w:tbl>', heading);
  const last = xml.lastIndexOf('Jalons – ligne', table);
  const start = xml.lastIndexOf('<w:tr>', last);
  const rows: string[] = [];
  let at = start;
  // The heading row, then the title in French and English, then the status.
  for (let i = 0; i < 4; i++) {
    const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    rows.push(xml.slice(at, end));
    at = end;
  }
  return { start, end: at, rows };
}

/** A row's value cell (its second) holding a text instead. */
const withValue = (tr: string, text: string) => tr.replace(/(<w:tc>(?:(?!<w:tc>).)*?<\/w:tc>)(<w:tc>)(<w:tcPr>.*?<\/w:tcPr>)?.*?(<\/w:tc><\/w:tr>)$/s, (_a, first: string, open: string, pr: string | undefined, close: string) => `${first}${open}${pr ?? ''}<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>${close}`);

/** As Word saves: rsids on paragraphs and runs, and a pasted copy's bookmarks gone. */
const asWord = (xml: string) => {
  let n = 0;
  return xml.replace(/<w:p>/g, () => `<w:p w:rsidR="00${(0xa1b2c3 + n++).toString(16).toUpperCase()}">`).replace(/<w:r>/g, () => `<w:r w:rsidRPr="00${(0xb1c2d3 + n++).toString(16).toUpperCase()}">`);
};

function returned(name: string, change: (xml: string) => string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(form)));
  parts['word/document.xml'] = strToU8(change(strFromU8(parts['word/document.xml']!)));
  const file = join(dir, name);
  writeFileSync(file, zipSync(parts));
  return file;
}

async function numberOf(id: string): Promise<string> {
  return (await files.open(report)).report.cards.find((c) => c.id === id)!.number;
}

describe('rows added to a list in a Word package', () => {
  it('copied from the last row as Word pastes them, come back as a new row merged as an addition', async () => {
    const number = await numberOf(card);
    const file = returned('copie.docx', (xml) => {
      const { end, rows } = lastMilestone(xml, number);
      const copy = [rows[0]!.replace(/Jalons – ligne \d+/, 'Jalons – ligne 9'), withValue(rows[1]!, 'Publier le bilan annuel'), withValue(rows[2]!, 'Publish the annual review'), withValue(rows[3]!, 'En cours')].join('').replace(/<w:bookmark(Start|End) [^>]*\/>/g, '');
      return asWord(`${xml.slice(0, end)}${copy}${xml.slice(end)}`);
    });
    const opened = await files.open(report);
    const before = (opened.report.cards.find((c) => c.id === card)!.fields['milestones'] as Rows).rows;
    const plan = await packages.plan(opened, file);
    expect(plan.leftovers).toEqual([]);
    const merge = plan.merges.find((m) => m.card.id === card)!;
    expect(merge.changed).toEqual(['milestones']);
    expect(plan.conflicts).toEqual([]);
    const applied = packages.apply(opened, plan, new Map(), null);
    const rows = (applied.report.cards.find((c) => c.id === card)!.fields['milestones'] as Rows).rows;
    expect(rows).toHaveLength(before.length + 1);
    expect(rows.slice(0, -1)).toEqual(before);
    const added = rows.at(-1)!;
    expect(added.cells['title']).toMatchObject({ kind: 'text', fr: { content: 'Publier le bilan annuel' }, en: { content: 'Publish the annual review' } });
    expect(added.cells['status']).toEqual({ kind: 'choice', value: 'ongoing' });
    expect(applied.report.history!.at(-1)!.changes).toContainEqual({ card, field: 'milestones' });
  }, 120_000);

  it('typed as new table rows with the columns’ labels, come back as a new row; a row that cannot be read by column stays a leftover', async () => {
    const number = await numberOf(card);
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;
    const file = returned('tape.docx', (xml) => {
      const { end } = lastMilestone(xml, number);
      const typed = [
        // A new milestone typed row by row.
        row('Jalon (français)', 'Former les agents'),
        row('Statut', 'Réalisé'),
        // A second one with a row of three cells: it cannot be read by column.
        row('Jalon (français)', 'Ouvrir un guichet', 'en plus'),
        row('Statut', 'En cours'),
        // A third whose status is no option of the list.
        row('Jalon (français)', 'Traduire le guide'),
        row('Statut', 'presque fini'),
      ].join('');
      return asWord(`${xml.slice(0, end)}${typed}${xml.slice(end)}`);
    });
    const opened = await files.open(report);
    const before = (opened.report.cards.find((c) => c.id === card)!.fields['milestones'] as Rows).rows;
    const plan = await packages.plan(opened, file);
    const rows = (plan.merges.find((m) => m.card.id === card)!.card.fields['milestones'] as Rows).rows;
    expect(rows).toHaveLength(before.length + 1);
    expect(rows.at(-1)!.cells).toMatchObject({ title: { kind: 'text', fr: { content: 'Former les agents' } }, status: { kind: 'choice', value: 'done' } });
    expect(rows.at(-1)!.cells['title']).not.toHaveProperty('en');
    // The two rows that cannot be read are listed with all their text, to place by hand.
    const texts = (plan.leftovers ?? []).map((l) => l.text).join('\n');
    for (const word of ['Ouvrir un guichet', 'en plus', 'Traduire le guide', 'presque fini']) expect(texts).toContain(word);
    expect(texts).not.toContain('Former les agents');
  }, 120_000);

  it('with a merged cell, stay a leftover', async () => {
    const number = await numberOf(card);
    const file = returned('fusion.docx', (xml) => {
      const { end } = lastMilestone(xml, number);
      const typed = `<w:tr><w:tc><w:p><w:r><w:t>Jalon (français)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Évaluer le dispositif</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Statut</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>En cours</w:t></w:r></w:p></w:tc></w:tr>`;
      return `${xml.slice(0, end)}${typed}${xml.slice(end)}`;
    });
    const opened = await files.open(report);
    const before = (opened.report.cards.find((c) => c.id === card)!.fields['milestones'] as Rows).rows;
    const plan = await packages.plan(opened, file);
    expect((plan.merges.find((m) => m.card.id === card)!.card.fields['milestones'] as Rows).rows).toHaveLength(before.length);
    expect((plan.leftovers ?? []).map((l) => l.text).join('\n')).toContain('Évaluer le dispositif');
  }, 120_000);

  it('a form cut before the instructions said how to add rows reads as the package’s own, not as text to place', async () => {
    const file = returned('ancien.docx', (xml) => {
      expect(xml).toContain(t('fr', 'wordPackage.rowsAdd'));
      return xml.replace(t('fr', 'wordPackage.rowsAdd'), t('fr', 'wordPackage.rowsHint'));
    });
    const plan = await packages.plan(await files.open(report), file);
    expect(plan.leftovers).toEqual([]);
  }, 120_000);

  it('inserted below the last one in LibreOffice (Insert Rows Below, then typed), come back as a new row', async () => {
    const opened = await files.open(report);
    const rows = (opened.report.cards.find((c) => c.id === card)!.fields['milestones'] as Rows).rows;
    const number = opened.report.cards.find((c) => c.id === card)!.number;
    // The card's last milestone heading (LibreOffice finds its first occurrence: this card's, the
    // package's first with milestones); its status row is 3 rows below it.
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(form)))['word/document.xml']!);
    const { rows: last } = lastMilestone(xml, number);
    const heading = /Jalons – ligne \d+/.exec(last[0]!)![0];
    const edited = join(dir, 'libreoffice.docx');
    editWithLibreOffice(form, edited, [
      { rowAfter: heading, below: 3, cells: ['Jalon (anglais)', 'Translate the guide'] },
      { rowAfter: heading, below: 4, cells: ['Statut', 'Mis en suspens'] },
    ]);
    const plan = await packages.plan(opened, edited);
    expect(plan.leftovers).toEqual([]);
    const merged = (plan.merges.find((m) => m.card.id === card)!.card.fields['milestones'] as Rows).rows;
    expect(merged).toHaveLength(rows.length + 1);
    expect(merged.at(-1)!.cells).toMatchObject({ title: { kind: 'text', en: { content: 'Translate the guide' } }, status: { kind: 'choice', value: 'suspended' } });
  }, 240_000);
});

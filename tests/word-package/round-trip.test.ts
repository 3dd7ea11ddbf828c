import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { conflictKey, type Resolution } from '../../shared/merge/resolve.js';
import type { Block } from '../../shared/model/richtext.js';
import type { FieldValue } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { files, refusalOf, templates } from '../support/fixtures.js';
import { pdfText } from '../support/poppler.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { editWithLibreOffice, libreConvert } from './support/libreoffice.js';

/**
 * The Word package's round trip, as ministries that stay in Word make it: the coordinator cuts
 * the packages as DOCX, an institution edits its document in LibreOffice (a Basic macro run
 * headless) or in Word (its way of saving imitated: runs split and renamed, `w:rsid*`
 * attributes, bookmarks dropped), and the coordinator imports it back through the same merge.
 */

const packages = new PackageService(files, templates);
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

let dir: string;
let report: string;
let ditp: string;

beforeAll(async () => {
  dir = tempDir('bilan-word-');
  report = join(dir, 'rapport.bilan');
  const sample = await files.open(SAMPLE);
  await packages.cutAll(sample, join(dir, 'paquets'), {
    deadline: '2021-03-31',
    message: 'Merci de compléter vos fiches avant la fin du mois.',
    saveTo: report,
    now: new Date('2021-03-01T09:00:00Z'),
    word: { lang: 'fr', langs: ['fr', 'en'], contact: { name: 'Claire Martin', email: 'claire.martin@example.org' } },
  });
  ditp = join(dir, 'paquets', 'DITP.docx');
}, 240_000);

/** The report as the coordinator holds it, with `edit` made since the cut (each test from the report as cut). */
async function coordinator(edit?: (opened: OpenedReport) => void, file = report): Promise<OpenedReport> {
  const opened = await files.open(file);
  edit?.(opened);
  return opened;
}

/** Rewrites a DOCX's document part. */
function rewrite(file: string, out: string, change: (xml: string) => string): void {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  entries['word/document.xml'] = strToU8(change(strFromU8(entries['word/document.xml']!)));
  writeFileSync(out, zipSync(entries));
}

/**
 * The document as Word saves it once edited: each paragraph and run gets `w:rsid*` attributes,
 * each run of text is split in two runs (with explicit fonts), and, as Word may, every bookmark
 * is gone. Content controls stay, as Word keeps them.
 */
function asWordSavesIt(xml: string): string {
  let n = 0;
  const rsid = () => (0x00a1b2c3 + n++).toString(16).toUpperCase().padStart(8, '0');
  return xml
    .replace(/<w:bookmark(Start|End) [^>]*\/>/g, '')
    .replace(/<w:r>(<w:rPr>(.*?)<\/w:rPr>)?<w:t xml:space="preserve">([^<]{2,})<\/w:t><\/w:r>/g, (_all, _rPr: string | undefined, props: string | undefined, text: string) => {
      const cut = Math.floor(text.length / 2);
      const rPr = `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>${props ?? ''}</w:rPr>`;
      return `<w:r w:rsidR="${rsid()}">${rPr}<w:t xml:space="preserve">${text.slice(0, cut)}</w:t></w:r><w:r w:rsidRPr="${rsid()}">${rPr}<w:t xml:space="preserve">${text.slice(cut)}</w:t></w:r>`;
    })
    .replace(/<w:p>/g, () => `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}">`);
}

describe('a Word package', () => {
  it('is a tidy form LibreOffice opens: instructions first, then the cards as label and content', () => {
    const pdf = libreConvert(ditp, 'pdf', dir);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Contribution de Direction interministérielle de la transformation publique');
    expect(text).toContain('Comment remplir ce document');
    expect(text).toContain('À renvoyer au plus tard le 31 mars 2021.');
    expect(text).toContain('Renvoyez-le à Claire Martin (claire.martin@example.org).');
    expect(text).toContain('Merci de compléter vos fiches avant la fin du mois.');
    expect(text).toContain('Engagement n°15 – Outiller les administrations pour associer les citoyens à la décision publique');
    expect(text).toContain('Titre de l’engagement (français)');
    expect(text).toContain('Une plateforme de consultation et un centre de ressources méthodologiques sont accessibles à toutes les administrations.');
    // The lead institutions are the coordinator's: shown, and said to be.
    expect(text).toContain('Renseigné par la coordination.');
  }, 240_000);

  it('returned untouched, or only opened and saved by LibreOffice, takes nothing and leaves nothing to place', async () => {
    const saved = libreConvert(ditp, 'docx', join(dir, 'resaved'));
    const opened = await coordinator();
    for (const file of [ditp, saved]) {
      const plan = await packages.plan(opened, file);
      expect(plan.merges.flatMap((m) => m.changed)).toEqual([]);
      expect(plan.conflicts).toEqual([]);
      expect(plan.leftovers).toEqual([]);
    }
  }, 240_000);

  it('edited in LibreOffice: the changed fields come back, a field both changed is a conflict, text outside the boxes is listed, a second import adds nothing', async () => {
    const edited = join(dir, 'DITP-libreoffice.docx');
    editWithLibreOffice(ditp, edited, [
      { replace: 'accessibles à toutes les administrations.', by: 'accessibles à toutes les administrations et aux collectivités.' },
      { replace: 'Ouvrir une plateforme de consultation', by: 'Ouvrir une plateforme nationale de consultation' },
      { after: 'Comment remplir ce document', add: 'Note ajoutée hors des cases par le ministère' },
    ]);
    // Meanwhile the coordinator rewrote the same results, and the aim, which the ministry left alone.
    const opened = await coordinator(({ report }) => {
      const card = report.cards.find((c) => c.id === 'c15')!;
      card.fields['results'] = { ...withFrench(card.fields['results'] as Rich, [para('Résultats réécrits par la coordination.')]), kind: 'richText' };
      card.fields['aim'] = { ...withFrench(card.fields['aim'] as Rich, [para('Ambition reprise par la coordination.')]), kind: 'richText' };
    });
    const plan = await packages.plan(opened, edited);
    const c15 = plan.merges.find((m) => m.card.id === 'c15')!;
    expect(plan.merges.filter((m) => m.card.id !== 'c15').flatMap((m) => m.changed)).toEqual([]);
    expect(c15.changed).toEqual(['milestones']);
    const milestones = c15.card.fields['milestones'];
    expect(JSON.stringify(milestones)).toContain('Ouvrir une plateforme nationale de consultation');
    // The English of the milestone was not touched in Word: it now translates an older French.
    expect(plan.conflicts.map((c) => [c.cardId, c.field, c.lang])).toEqual([['c15', 'results', 'fr']]);
    expect(JSON.stringify(plan.conflicts[0]!.theirs)).toContain('et aux collectivités');
    expect(JSON.stringify(c15.card.fields['aim'])).toContain('Ambition reprise par la coordination.');
    expect(plan.leftovers?.map((l) => [l.kind, l.text.trim()])).toEqual([['stray', 'Note ajoutée hors des cases par le ministère']]);

    // Applied (the conflict kept as the coordinator's), then the same document again: nothing more.
    const resolutions = new Map<string, Resolution>(plan.conflicts.map((c) => [conflictKey(c), { choice: 'ours' }]));
    const applied = packages.apply(opened, plan, resolutions, null, new Date('2021-03-20T10:00:00Z'));
    const merged = join(dir, 'rapport-fusionne.bilan');
    await files.save(merged, applied.report, applied.media);
    const again = await packages.plan(await coordinator(undefined, merged), edited);
    expect(again.alreadyImported).toBe(true);
    expect(again.leftovers).toEqual([]);
  }, 300_000);

  it('saved by Word (runs split, rsids, bookmarks dropped): the changed field comes back, a deleted field and text between the cards are listed', async () => {
    const edited = join(dir, 'DITP-word.docx');
    rewrite(ditp, edited, (xml) => {
      // A civil servant edits the aim, deletes a contact's name row, and types between two cards.
      let out = xml.replace('Mettre à la disposition des administrations des outils', 'Mettre à la disposition de toutes les administrations des outils');
      const name = out.indexOf('Inès Carpentier');
      const start = out.lastIndexOf('<w:tr>', name);
      out = out.slice(0, start) + out.slice(out.indexOf('</w:tr>', name) + '</w:tr>'.length);
      const firstTable = out.indexOf('</w:tbl>', out.indexOf('Engagement n°'));
      out = `${out.slice(0, firstTable + 8)}<w:p><w:r><w:t>Texte tapé entre deux fiches</w:t></w:r></w:p>${out.slice(firstTable + 8)}`;
      return asWordSavesIt(out);
    });
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(edited)))['word/document.xml']!);
    expect(xml).not.toContain('bookmarkStart');
    expect(xml).toContain('w:rsidR=');
    const opened = await coordinator();
    const plan = await packages.plan(opened, edited);
    expect(plan.alreadyImported).toBe(false);
    expect(plan.merges.flatMap((m) => m.changed.map((f) => `${m.card.id}.${f}`))).toEqual(['c15.aim']);
    expect(JSON.stringify(plan.merges.find((m) => m.card.id === 'c15')!.card.fields['aim'])).toContain('de toutes les administrations');
    expect(plan.conflicts).toEqual([]);
    const leftovers = plan.leftovers!.map((l) => [l.kind, l.marker?.field ?? null, l.text.trim()]);
    expect(leftovers).toContainEqual(['missing', 'contacts', 'Inès Carpentier']);
    expect(leftovers).toContainEqual(['stray', expect.any(String), 'Texte tapé entre deux fiches']);
    expect(leftovers).toHaveLength(2);
    // Nothing about the deleted contact is applied: it stays as the report has it.
    const card = plan.merges.find((m) => m.card.id === 'c15')!.card;
    expect(JSON.stringify(card.fields['contacts'])).toContain('Inès Carpentier');
  }, 240_000);

  it('refuses in words a file that is not a Word document, a document that is not one of ours, another report’s package, and a tampered base or seal', async () => {
    const opened = await coordinator();
    const corrupt = join(dir, 'corrupt.docx');
    writeFileSync(corrupt, readFileSync(ditp).subarray(0, 2000));
    expect((await refusalOf(packages.plan(opened, corrupt))).key).toBe('wordPackage.damaged');
    const text = join(dir, 'text.docx');
    writeFileSync(text, 'Bonjour');
    expect((await refusalOf(packages.plan(opened, text))).key).toBe('wordPackage.notWord');
    const foreign = join(dir, 'foreign.docx');
    const entries = unzipSync(new Uint8Array(readFileSync(ditp)));
    delete entries['customXml/item1.xml'];
    writeFileSync(foreign, zipSync(entries));
    const notOurs = await refusalOf(packages.plan(opened, foreign));
    expect(notOurs.key).toBe('wordPackage.notPackage');
    expect(notOurs.describe('fr')).toContain('n’est pas un paquet de contribution préparé par Bilan');

    /** The DOCX with its recorded package changed by `edit` (JSON as text). */
    const tampered = (name: string, edit: (json: string) => string): string => {
      const parts = unzipSync(new Uint8Array(readFileSync(ditp)));
      const xml = strFromU8(parts['customXml/item1.xml']!);
      const start = xml.indexOf('>', xml.indexOf('<package')) + 1;
      const end = xml.lastIndexOf('</package>');
      const json = xml.slice(start, end).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const changed = edit(json).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      parts['customXml/item1.xml'] = strToU8(xml.slice(0, start) + changed + xml.slice(end));
      const out = join(dir, name);
      writeFileSync(out, zipSync(parts));
      return out;
    };
    const base = tampered('base.docx', (json) => json.replace(/"Une plateforme de consultation et un centre/g, '"Une plateforme et un centre'));
    const altered = await refusalOf(packages.plan(opened, base));
    expect(altered.key).toBe('import.altered');
    expect(altered.describe('fr')).toContain('n’est pas celle qui a été envoyée');
    const seal = tampered('seal.docx', (json) => json.replace(/"seal":"[0-9a-f]{64}"/, `"seal":"${'0'.repeat(64)}"`));
    expect((await refusalOf(packages.plan(opened, seal))).describe('en')).toContain('its seal does not match what it was issued with');
    const other = tampered('other.docx', (json) => json.replace(/^\{"format":"bilan-report","version":(\d+),"id":"[^"]+"/, '{"format":"bilan-report","version":$1,"id":"00000000-0000-4000-8000-000000000000"'));
    expect((await refusalOf(packages.plan(opened, other))).key).toBe('import.otherReport');
  }, 240_000);
});

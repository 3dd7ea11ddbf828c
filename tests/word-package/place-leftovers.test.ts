import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportSessions } from '../../electron/main/services/import-session.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { LeftoverDecision, PackagePlanView } from '../../shared/ipc/dto.js';
import type { Card, FieldValue } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { files, templates } from '../support/fixtures.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';

/**
 * Placing what a returned Word package left outside its fields, as the import review does it:
 * each leftover placed in a field of one of the package's cards, kept in a "to sort" list, or
 * discarded, applied with the merge in one step; refused, with nothing applied, when a
 * placement is out of the package's scope, names a field that cannot take it, a choice that is
 * not one, or would make a field longer than a report holds.
 */

const packages = new PackageService(files, templates);
let dir: string;
let report: string;
let form: string;

beforeAll(async () => {
  dir = tempDir('bilan-word-place-');
  report = join(dir, 'rapport.bilan');
  await packages.cutAll(await files.open(SAMPLE), join(dir, 'paquets'), { deadline: null, message: '', saveTo: report, now: new Date('2021-03-01T09:00:00Z'), word: { lang: 'fr', langs: ['fr', 'en'], contact: null } });
  form = join(dir, 'paquets', 'DITP.docx');
}, 240_000);

/** The form returned with paragraphs typed before the first card, after its table, and at the end of the document. */
function returned(name: string, strays: { before?: string; after: string; end?: string }): string {
  const parts = unzipSync(new Uint8Array(readFileSync(form)));
  let xml = strFromU8(parts['word/document.xml']!);
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  if (strays.end !== undefined) {
    const sect = xml.lastIndexOf('<w:sectPr');
    xml = `${xml.slice(0, sect)}${p(strays.end)}${xml.slice(sect)}`;
  }
  const heading = xml.lastIndexOf('<w:p>', xml.indexOf('Engagement n°'));
  const table = xml.indexOf('</w:tbl>', heading) + '</w:tbl>'.length;
  xml = `${xml.slice(0, table)}${p(strays.after)}${xml.slice(table)}`;
  if (strays.before !== undefined) xml = `${xml.slice(0, heading)}${p(strays.before)}${xml.slice(heading)}`;
  parts['word/document.xml'] = strToU8(xml);
  const file = join(dir, name);
  writeFileSync(file, zipSync(parts));
  return file;
}

async function review(file: string) {
  const sessions = new ImportSessions(files, templates);
  const opened = await files.open(report);
  const planned = await sessions.plan('doc', opened, [file]);
  const view = planned.packages[0] as PackagePlanView;
  expect(view.ok).toBe(true);
  return { sessions, opened, sessionId: planned.sessionId, view };
}

const rich = (card: Card, field: string, lang: 'fr' | 'en') => {
  const v = card.fields[field] as Extract<FieldValue, { kind: 'richText' }> | undefined;
  return plainText(v?.[lang]?.content ?? []);
};

describe('the leftovers of a Word package', () => {
  it('are placed, kept or discarded with the merge, in one step recorded in the import history', async () => {
    const file = returned('trois.docx', { before: 'Une note avant les fiches', after: 'Précision sur les résultats obtenus', end: 'Un brouillon à écarter' });
    const { sessions, opened, sessionId, view } = await review(file);
    expect(view.leftovers!.map((l) => l.text)).toEqual(['Une note avant les fiches', 'Précision sur les résultats obtenus', 'Un brouillon à écarter']);
    const [keep, place, discard] = view.leftovers!;
    // Before any field: no card; it can only be kept on the report's own list (or placed where the coordinator says).
    expect(keep!.cardId).toBeNull();
    // Each leftover says which card it came from, and the package's cards and fields are offered.
    const cards = view.placeTargets!.cards.map((c) => c.id);
    expect(cards).toContain(place!.cardId);
    expect(view.placeTargets!.fields.map((f) => f.id)).toEqual(['title', 'aim', 'otherStakeholders', 'progress', 'results', 'milestones', 'timetable', 'timetableComment', 'nextSteps', 'resources', 'contacts', 'irmRecommendations']);
    expect(view.placeTargets!.fields.find((f) => f.id === 'progress')!.options.map((o) => o.label.fr)).toContain('Substantiel');

    // Nothing applies while one is undecided.
    await expect(sessions.apply(sessionId, [], null, new Date(), [{ key: place!.key, action: 'place', card: place!.cardId!, field: 'results', lang: 'fr' }])).rejects.toMatchObject({ apiError: { key: 'import.leftoversUndecided' } });

    const card = place!.cardId!;
    const before = opened.report.cards.find((c) => c.id === card)!;
    const decisions: LeftoverDecision[] = [
      { key: place!.key, action: 'place', card, field: 'results', lang: 'both' },
      { key: keep!.key, action: 'keep' },
      { key: discard!.key, action: 'discard' },
    ];
    const { applied } = await sessions.apply(sessionId, [], { name: 'Claire Martin', email: 'claire.martin@example.org' }, new Date('2021-04-01T10:00:00Z'), decisions);
    const after = applied.report.cards.find((c) => c.id === card)!;
    // Appended, after what the field held, in French and in English.
    expect(rich(after, 'results', 'fr')).toBe(`${rich(before, 'results', 'fr')}\nPrécision sur les résultats obtenus`.replace(/^\n/, ''));
    expect(rich(after, 'results', 'en').endsWith('Précision sur les résultats obtenus')).toBe(true);
    // Kept: in the report's own "to sort" list (it stood before any card), in the document's language.
    expect(applied.report.toSort?.map((i) => [i.lang, plainText(i.content)])).toEqual([['fr', 'Une note avant les fiches']]);
    // Discarded: nowhere.
    expect(JSON.stringify(applied.report)).not.toContain('Un brouillon à écarter');
    // The placement is the package's change, in its import's record.
    const record = applied.report.history!.at(-1)!;
    expect(record.importedBy?.name).toBe('Claire Martin');
    expect(record.changes).toContainEqual({ card, field: 'results' });
  }, 120_000);

  it('take a choice only as one of its options, and a text field in the language chosen', async () => {
    const file = returned('choix.docx', { after: 'Substantiel', end: 'Nouvelle formulation du titre' });
    const { sessions, sessionId, view, opened } = await review(file);
    const [choice, text] = view.leftovers!;
    const card = choice!.cardId!;
    const refused = sessions.apply(sessionId, [], null, new Date(), [
      { key: choice!.key, action: 'place', card, field: 'progress', option: 'presque' },
      { key: text!.key, action: 'discard' },
    ]);
    await expect(refused).rejects.toMatchObject({ apiError: { key: 'import.leftover.badOption' } });
    await expect(refused).rejects.toThrow(/^Choose one of the options of the field “/);
    // The refusal left the session as it was: decided again, it applies.
    const { applied } = await sessions.apply(sessionId, [], null, new Date(), [
      { key: choice!.key, action: 'place', card, field: 'progress', option: 'substantial' },
      { key: text!.key, action: 'place', card, field: 'title', lang: 'en' },
    ]);
    const after = applied.report.cards.find((c) => c.id === card)!;
    expect(after.fields['progress']).toEqual({ kind: 'choice', value: 'substantial' });
    const title = after.fields['title'] as Extract<FieldValue, { kind: 'text' }>;
    const before = opened.report.cards.find((c) => c.id === card)!.fields['title'] as Extract<FieldValue, { kind: 'text' }>;
    expect(title.en?.content).toBe(`${before.en?.content ?? ''} Nouvelle formulation du titre`.trim());
    expect(title.fr).toEqual(before.fr);
  }, 120_000);

  it('go into a cell of a list field: of a row it holds or of a new row, as the column’s kind', async () => {
    const file = returned('listes.docx', { after: 'Publier le tableau de bord des délais', end: 'Terminé' });
    const { sessions, sessionId, view, opened } = await review(file);
    const [text, status] = view.leftovers!;
    const card = text!.cardId!;
    // The lists are offered with the columns a leftover can fill (not the contact's institution), and each card's rows.
    const fields = view.placeTargets!.fields;
    expect(fields.find((f) => f.id === 'milestones')!.columns.map((c) => [c.id, c.kind])).toEqual([
      ['title', 'text'],
      ['status', 'choice'],
    ]);
    expect(fields.find((f) => f.id === 'contacts')!.columns.map((c) => c.id)).toEqual(['name', 'role', 'email']);
    expect(fields.find((f) => f.id === 'resources')!.columns.find((c) => c.id === 'url')!.format).toBe('url');
    const before = opened.report.cards.find((c) => c.id === card)!;
    const milestones = (before.fields['milestones'] as Extract<FieldValue, { kind: 'rows' }>).rows;
    const targetRows = view.placeTargets!.cards.find((c) => c.id === card)!.rows['milestones']!;
    expect(targetRows.map((r) => r.id)).toEqual(milestones.map((r) => r.id));
    const firstTitle = milestones[0]!.cells['title'] as Extract<FieldValue, { kind: 'text' }>;
    expect(targetRows[0]!.text).toEqual({ fr: firstTitle.fr!.content, en: firstTitle.en!.content });
    const second = milestones[1]!;

    // Each check refuses in words, and nothing is applied.
    const attempt = (decision: Partial<LeftoverDecision>) =>
      sessions.apply(sessionId, [], null, new Date(), [
        { key: text!.key, action: 'place', card, field: 'milestones', newRow: true, column: 'title', lang: 'both' },
        { key: status!.key, action: 'place', card, ...decision },
      ]);
    const notUrl = attempt({ field: 'resources', row: (before.fields['resources'] as Extract<FieldValue, { kind: 'rows' }>).rows[0]!.id, column: 'url' });
    await expect(notUrl).rejects.toMatchObject({ apiError: { key: 'import.leftover.badUrl' } });
    await expect(notUrl).rejects.toThrow(/^“Terminé” is not a web address \(starting with https:\/\/ or http:\/\/\), and “Resources – Address” \(Commitment/);
    await expect(attempt({ field: 'milestones', row: 'gone', column: 'status', option: 'done' })).rejects.toMatchObject({ apiError: { key: 'import.leftover.badRow' } });
    await expect(attempt({ field: 'contacts', newRow: true, column: 'institution' })).rejects.toMatchObject({ apiError: { key: 'import.leftover.badColumn' } });
    const badOption = attempt({ field: 'milestones', row: second.id, column: 'status', option: 'presque' });
    await expect(badOption).rejects.toMatchObject({ apiError: { key: 'import.leftover.badOption' } });
    await expect(badOption).rejects.toThrow(/“Milestones – Status”/);

    const { applied } = await attempt({ field: 'milestones', row: second.id, column: 'status', option: 'not-done' });
    const rows = (applied.report.cards.find((c) => c.id === card)!.fields['milestones'] as Extract<FieldValue, { kind: 'rows' }>).rows;
    // A new row at the end, its title in both languages; the existing row's status changed, its title kept.
    expect(rows).toHaveLength(milestones.length + 1);
    const added = rows.at(-1)!;
    expect(milestones.some((r) => r.id === added.id)).toBe(false);
    expect(added.cells['title']).toMatchObject({ kind: 'text', fr: { content: 'Publier le tableau de bord des délais' }, en: { content: 'Publier le tableau de bord des délais' } });
    expect(Object.keys(added.cells)).toEqual(['title']);
    expect(rows[1]).toEqual({ ...second, cells: { ...second.cells, status: { kind: 'choice', value: 'not-done' } } });
    expect(applied.report.history!.at(-1)!.changes).toContainEqual({ card, field: 'milestones' });
  }, 120_000);

  it('are never placed outside the package’s cards, in a field that cannot take them, nor beyond a field’s length', async () => {
    const huge = 'x'.repeat(600_000);
    const file = returned('hostile.docx', { after: huge, end: `${huge} encore` });
    const { sessions, sessionId, view, opened } = await review(file);
    const [a, b] = view.leftovers!;
    // The review is sent the start of a long text, and its length: the whole stays in the main process.
    expect(a!.text.length).toBeLessThanOrEqual(4001);
    expect(a!.length).toBe(600_000);
    const package_ = new Set(view.placeTargets!.cards.map((c) => c.id));
    const other = opened.report.cards.find((c) => !package_.has(c.id))!;
    const keepB: LeftoverDecision = { key: b!.key, action: 'keep' };
    await expect(sessions.apply(sessionId, [], null, new Date(), [{ key: a!.key, action: 'place', card: other.id, field: 'results', lang: 'fr' }, keepB])).rejects.toMatchObject({ apiError: { key: 'import.leftover.outOfScope' } });
    await expect(sessions.apply(sessionId, [], null, new Date(), [{ key: a!.key, action: 'place', card: a!.cardId!, field: 'leadInstitutions', lang: 'fr' }, keepB])).rejects.toMatchObject({ apiError: { key: 'import.leftover.badField' } });
    await expect(sessions.apply(sessionId, [], null, new Date(), [{ key: 'nope', action: 'discard' }, { key: a!.key, action: 'discard' }, keepB])).rejects.toMatchObject({ apiError: { key: 'ipc.badArgument' } });
    // Two long texts in one title: more than a text holds, refused in words.
    const tooLong = sessions.apply(sessionId, [], null, new Date(), [
      { key: a!.key, action: 'place', card: a!.cardId!, field: 'title', lang: 'fr' },
      { key: b!.key, action: 'place', card: a!.cardId!, field: 'title', lang: 'fr' },
    ]);
    await expect(tooLong).rejects.toMatchObject({ apiError: { key: 'import.leftover.tooLong' } });
    await expect(tooLong).rejects.toThrow(/longer than 1,000,000 characters/);
    // One of them fits: placed whole, the other kept whole.
    const { applied } = await sessions.apply(sessionId, [], null, new Date(), [{ key: a!.key, action: 'place', card: a!.cardId!, field: 'results', lang: 'fr' }, keepB]);
    const card = applied.report.cards.find((c) => c.id === a!.cardId)!;
    expect(rich(card, 'results', 'fr').endsWith(huge)).toBe(true);
    expect(plainText(applied.report.cards.find((c) => c.id === b!.cardId)!.toSort!.at(-1)!.content)).toBe(`${huge} encore`);
  }, 120_000);

  it('take a picture added in Word into a rich-text field as one of the report’s images', async () => {
    // A 2×2 PNG of our own (not one of the package's pictures, which are known by their bytes).
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(crc32(body), 8 + data.length);
      return out;
    };
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    const pixels = deflateSync(Buffer.from([0, 200, 30, 30, 30, 200, 30, 0, 30, 30, 200, 200, 200, 30]));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
    const parts = unzipSync(new Uint8Array(readFileSync(form)));
    parts['word/media/atelier.png'] = new Uint8Array(png);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
    parts['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', '<Relationship Id="rIdAdded" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/atelier.png"/></Relationships>'));
    const types = strFromU8(parts['[Content_Types].xml']!);
    if (!types.includes('Extension="png"')) parts['[Content_Types].xml'] = strToU8(types.replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"'));
    let xml = strFromU8(parts['word/document.xml']!);
    const table = xml.indexOf('</w:tbl>', xml.indexOf('Engagement n°')) + '</w:tbl>'.length;
    const drawing = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="600000" cy="600000"/><wp:docPr id="900" name="Image 1" descr="Photo de l’atelier"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdAdded"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    xml = `${xml.slice(0, table)}${drawing}${xml.slice(table)}`;
    parts['word/document.xml'] = strToU8(xml);
    const file = join(dir, 'image.docx');
    writeFileSync(file, zipSync(parts));

    const { sessions, sessionId, view, opened } = await review(file);
    expect(view.leftovers!.map((l) => [l.kind, l.text])).toEqual([['image', '[Photo de l’atelier]']]);
    const [picture] = view.leftovers!;
    expect(picture!.image).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const { applied, added } = await sessions.apply(sessionId, [], null, new Date(), [{ key: picture!.key, action: 'place', card: picture!.cardId!, field: 'results', lang: 'fr' }]);
    const media = applied.report.media.filter((m) => !opened.report.media.some((o) => o.id === m.id));
    expect(media).toEqual([expect.objectContaining({ mime: 'image/png', width: 2, height: 2 })]);
    expect(Buffer.from(added.get(media[0]!.file)!)).toEqual(png);
    const results = applied.report.cards.find((c) => c.id === picture!.cardId)!.fields['results'] as Extract<FieldValue, { kind: 'richText' }>;
    expect(results.fr!.content.at(-1)).toEqual({ type: 'image', media: media[0]!.id, alt: 'Photo de l’atelier' });
  }, 120_000);

  it('are at most what a review can decide one by one: a document holding more is refused in words', async () => {
    const parts = unzipSync(new Uint8Array(readFileSync(form)));
    let xml = strFromU8(parts['word/document.xml']!);
    // A field's row pasted 2,001 times: each copy is a leftover.
    const tag = xml.search(/<w:tag w:val="bilan:[^:"]+:title:::fr:/);
    const start = xml.lastIndexOf('<w:tr>', tag);
    const end = xml.indexOf('</w:tr>', tag) + '</w:tr>'.length;
    xml = `${xml.slice(0, end)}${xml.slice(start, end).repeat(2001)}${xml.slice(end)}`;
    parts['word/document.xml'] = strToU8(xml);
    const file = join(dir, 'copies.docx');
    writeFileSync(file, zipSync(parts));
    const sessions = new ImportSessions(files, templates);
    const planned = await sessions.plan('doc', await files.open(report), [file]);
    const view = planned.packages[0]!;
    expect(view.ok).toBe(false);
    if (view.ok) return;
    expect(view.error.key).toBe('wordPackage.tooManyLeftovers');
    expect(view.error.message.en).toMatch(/^Cannot import .*copies\.docx: it holds 2,0\d\d items outside its boxes, more than the 2,000 a review can place one by one\./);
  }, 120_000);
});

describe('a leftover placed in a date or number cell of an action plan’s Word package', () => {
  it('takes a quarter or a number only, refused in words naming the value, the column and the card', async () => {
    const plan = tempDir('bilan-word-place-plan-');
    const saved = join(plan, 'plan.bilan');
    await packages.cutAll(await files.open(join(ROOT, 'seeds', 'action-plan-2021-2023.bilan')), join(plan, 'paquets'), { deadline: null, message: '', saveTo: saved, now: new Date('2022-03-01T09:00:00Z'), word: { lang: 'fr', langs: ['fr', 'en'], contact: null } });
    const docx = readdirSync(join(plan, 'paquets')).find((f) => f.endsWith('.docx'))!;
    const parts = unzipSync(new Uint8Array(readFileSync(join(plan, 'paquets', docx))));
    let xml = strFromU8(parts['word/document.xml']!);
    const table = xml.indexOf('</w:tbl>', xml.search(/Engagement n°|Action n°|ACTION/)) + '</w:tbl>'.length;
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const sect = xml.lastIndexOf('<w:sectPr');
    xml = `${xml.slice(0, table)}${p('Livré au troisième trimestre')}${xml.slice(table, sect)}${p('1 250')}${xml.slice(sect)}`;
    parts['word/document.xml'] = strToU8(xml);
    const file = join(plan, 'retour.docx');
    writeFileSync(file, zipSync(parts));

    const sessions = new ImportSessions(files, templates);
    const opened = await files.open(saved);
    const planned = await sessions.plan('doc', opened, [file]);
    const view = planned.packages[0] as PackagePlanView;
    expect(view.ok).toBe(true);
    const [date, number] = view.leftovers!;
    const card = date!.cardId!;
    const deadlines = view.placeTargets!.fields.find((f) => f.id === 'deadlines')!;
    expect(deadlines.columns.map((c) => [c.id, c.kind])).toEqual([
      ['item', 'text'],
      ['type', 'choice'],
      ['announcement', 'choice'],
      ['due', 'quarter'],
    ]);
    const row = view.placeTargets!.cards.find((c) => c.id === card)!.rows['deadlines']![0]!.id;
    const figure = { key: number!.key, action: 'place' as const, card, field: 'keyFigures', newRow: true, column: 'value' };

    // The leftover's own text is not a quarter: refused, naming it, the column and the card.
    const notDate = sessions.apply(planned.sessionId, [], null, new Date(), [{ key: date!.key, action: 'place', card, field: 'deadlines', row, column: 'due' }, figure]);
    await expect(notDate).rejects.toMatchObject({ apiError: { key: 'import.leftover.badDate' } });
    await expect(notDate).rejects.toThrow(/^“Livré au troisième trimestre” is not a date “Timetable – Due” \(.+\) can take: write a quarter, such as Q3 2020\. Nothing was applied\.$/);
    await expect(notDate).rejects.toMatchObject({ apiError: { message: { fr: expect.stringMatching(/^«\u00a0Livré au troisième trimestre\u00a0» n’est pas une date que «\u00a0Calendrier – Date prévue\u00a0» \(.+\) peut prendre\u00a0: écrivez un trimestre, comme T3 2020\. Rien n’a été appliqué\.$/) } } });
    const notNumber = sessions.apply(planned.sessionId, [], null, new Date(), [{ key: date!.key, action: 'place', card, field: 'deadlines', row, column: 'due', value: 'T3 2022' }, { ...figure, value: 'beaucoup' }]);
    await expect(notNumber).rejects.toMatchObject({ apiError: { key: 'import.leftover.badNumber' } });

    // The quarter the coordinator wrote, and the number as the document wrote it.
    const { applied } = await sessions.apply(planned.sessionId, [], null, new Date(), [{ key: date!.key, action: 'place', card, field: 'deadlines', row, column: 'due', value: 'T3 2022' }, figure]);
    const after = applied.report.cards.find((c) => c.id === card)!;
    const rows = (field: string) => (after.fields[field] as Extract<FieldValue, { kind: 'rows' }>).rows;
    expect(rows('deadlines').find((r) => r.id === row)!.cells['due']).toEqual({ kind: 'quarter', value: { year: 2022, quarter: 3 } });
    expect(rows('keyFigures').at(-1)!.cells).toEqual({ value: { kind: 'number', value: 1250 } });
    expect(applied.report.history!.at(-1)!.changes).toEqual(expect.arrayContaining([{ card, field: 'deadlines' }, { card, field: 'keyFigures' }]));
  }, 180_000);
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { reportJson } from '../../shared/format/write.js';
import { pointsOf, recordSave } from '../../shared/history/versions.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { LIMITS } from '../../shared/model/limits.js';
import type { Author, Card, FieldValue, Report } from '../../shared/model/report.js';
import type { RichText } from '../../shared/model/richtext.js';
import { withFrench } from '../../shared/report/localized.js';
import { setReviewState } from '../../shared/review/states.js';
import { containerOf, files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

type Rich = Extract<FieldValue, { kind: 'richText' }>;
const packages = new PackageService(files, templates);
const coordinator: Author = { name: 'Claire Dubois', institution: null };

let sample: OpenedReport;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
});

/** The report with one card's French results ending in `word` (a one-word edit), as the editor would write it. */
function edited(report: Report, cardId: string, word: string): Report {
  const cards = report.cards.map((card): Card => {
    if (card.id !== cardId) return card;
    const value = card.fields['results'] as Rich;
    const blocks = value.fr!.content;
    const last = blocks.at(-1)!;
    const para = last.type === 'paragraph' ? { ...last, children: [...last.children, { type: 'text' as const, text: ` ${word}` }] } : { type: 'paragraph' as const, children: [{ type: 'text' as const, text: word }] };
    return { ...card, fields: { ...card.fields, results: { ...withFrench(value, [...blocks.slice(0, -1), para]), kind: 'richText' } } };
  });
  return { ...report, cards };
}

/** Saves a report to a new file and opens it again, as the window's save and a later open would. */
async function saveAndOpen(report: Report, media = sample.media): Promise<OpenedReport> {
  const file = join(tempDir(), 'rapport.bilan');
  await files.save(file, report, media);
  return files.open(file);
}

/** Opens a document written as JSON into a container; returns the refusal. */
async function refusalOf(doc: unknown): Promise<BilanError> {
  const file = join(tempDir(), 'hostile.bilan');
  writeFileSync(file, containerOf(JSON.stringify(doc), sample.media));
  const error = await files.open(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BilanError);
  return error as BilanError;
}

describe('card versions in the file (format version 5)', () => {
  it('a version 4 file opens as it is, with no versions, and stays version 4 when saved unchanged', async () => {
    expect(sample.report.version).toBe(4);
    expect(sample.report.cardVersions).toBeUndefined();
    const saved = recordSave(sample.report, sample.report, '2021-03-01T09:00:00.000Z');
    expect(saved).toBe(sample.report);
    expect((await saveAndOpen(saved)).report.version).toBe(4);
  });

  it('a save that changes a card records the card as it was, then as saved; the file is version 5 and reads back', async () => {
    const changed = edited(sample.report, 'c05', 'ajouté');
    const saved = recordSave(changed, sample.report, '2021-03-01T09:00:00.000Z', coordinator);
    expect(saved.version).toBe(5);
    const points = pointsOf(saved, 'c05');
    expect(points.map((p) => p.kind)).toEqual(['start', 'save']);
    expect(points[0]!.fields).toEqual(sample.report.cards.find((c) => c.id === 'c05')!.fields);
    expect(points[1]!.fields).toEqual(changed.cards.find((c) => c.id === 'c05')!.fields);
    expect(points[1]!.by).toEqual(coordinator);
    // Only the changed card has a history.
    expect(Object.keys(saved.cardVersions!.cards)).toEqual(['c05']);
    // Written last and compact, a value a line; the document reads back as it was.
    const json = reportJson(saved);
    expect(JSON.parse(json)).toEqual(saved);
    expect(json.split('\n').filter((l) => l.startsWith('   {"kind":"richText"') || l.startsWith('   {"fr"'))).toHaveLength(saved.cardVersions!.values.filter((v) => v.kind === 'richText' || v.kind === 'text').length);
    expect(json.endsWith('\n }\n}\n')).toBe(true);
    const reopened = await saveAndOpen(saved);
    expect(reopened.report.version).toBe(5);
    expect(pointsOf(reopened.report, 'c05')).toEqual(points);
    // Saved again without a change: no new point.
    expect(recordSave(reopened.report, reopened.report, '2021-03-02T09:00:00.000Z')).toBe(reopened.report);
  });

  it('stores a field a point left unchanged once: a second one-word edit adds one value, not a copy of the card', () => {
    const first = recordSave(edited(sample.report, 'c05', 'un'), sample.report, '2021-03-01T09:00:00.000Z');
    const second = recordSave(edited(first, 'c05', 'deux'), first, '2021-03-02T09:00:00.000Z');
    const fields = Object.keys(sample.report.cards.find((c) => c.id === 'c05')!.fields).length;
    // The start point's fields, plus one new value of "results" per save.
    expect(first.cardVersions!.values).toHaveLength(fields + 1);
    expect(second.cardVersions!.values).toHaveLength(fields + 2);
    const [, a, b] = second.cardVersions!.cards['c05']!;
    for (const field of Object.keys(a!.fields)) if (field !== 'results') expect(b!.fields[field]).toBe(a!.fields[field]);
    expect(b!.fields['results']).not.toBe(a!.fields['results']);
  });

  it('keeps at most the cap of points per card: the first, and the newest', () => {
    let report = sample.report;
    const saves = LIMITS.historyPoints + 20;
    for (let i = 0; i < saves; i++) report = recordSave(edited(report, 'c05', `mot${i}`), report, new Date(Date.UTC(2021, 0, 1, 0, i)));
    const points = pointsOf(report, 'c05');
    expect(points).toHaveLength(LIMITS.historyPoints);
    expect(points[0]!.kind).toBe('start');
    // The newest point is the card as saved last; values of dropped points are dropped too.
    expect(points.at(-1)!.fields).toEqual(report.cards.find((c) => c.id === 'c05')!.fields);
    const results = JSON.stringify(points.at(-1)!.fields['results']);
    expect(results).toContain(`mot${saves - 1}`);
    const fields = Object.keys(points[0]!.fields).length;
    expect(report.cardVersions!.values).toHaveLength(fields + LIMITS.historyPoints - 1);
    // The values of the points dropped are gone: the second point kept ends in the word of save 22 (start + 120 saves, the first and the newest 99 kept).
    const lastWord = (v: FieldValue | undefined) => (v?.kind === 'richText' ? JSON.stringify(v.fr?.content.at(-1)) : '').match(/ (mot\d+)"\}\]\}$/)?.[1];
    expect(lastWord(points[1]!.fields['results'])).toBe('mot21');
    expect(report.cardVersions!.values.map(lastWord).filter((w) => w !== undefined)).not.toContain('mot20');
  });

  it('a review state is a point, with who set it and the state', () => {
    const approved = setReviewState(sample.report, 'c03', 'approved', coordinator, '2021-03-05T09:00:00.000Z');
    const [point] = pointsOf(approved, 'c03');
    expect(point).toMatchObject({ kind: 'review', state: 'approved', by: coordinator, at: '2021-03-05T09:00:00.000Z' });
    expect(approved.version).toBe(5);
  });

  it('an import is a point of each card it changed, with the institution and the sender; the package carries no history', async () => {
    const dir = join(tempDir(), 'paquets');
    const withHistory = recordSave(edited(sample.report, 'c05', 'avant'), sample.report, '2021-02-01T09:00:00.000Z');
    const cut = await packages.cutAll({ report: withHistory, media: sample.media }, dir, { deadline: null, message: '' });
    const written = cut.packages.find((w) => w.institution === 'dinum') ?? cut.packages[0]!;
    const pkg = await files.open(written.file);
    // Neither the versions nor the version they need go into a package.
    expect(pkg.report.cardVersions).toBeUndefined();
    expect(pkg.report.version).toBe(4);
    const target = pkg.report.cards[0]!;
    const value = target.fields['nextSteps'] as Rich | undefined;
    target.fields['nextSteps'] = { ...withFrench<RichText>(value ?? {}, [{ type: 'paragraph', children: [{ type: 'text', text: 'Étapes écrites par le ministère.' }] }]), kind: 'richText' };
    pkg.report.package!.sent = { by: { name: 'Karim Benali', email: 'karim@example.org' }, at: '2021-03-20T10:00:00.000Z' };
    await files.save(written.file, pkg.report, pkg.media);
    const issued: OpenedReport = { report: cut.report, media: sample.media };
    const plan = await packages.plan(issued, written.file);
    const merged = packages.apply(issued, plan, new Map(), null, new Date('2021-03-21T08:00:00.000Z'));
    const points = pointsOf(merged.report, target.id);
    const imported = points.at(-1)!;
    expect(imported).toMatchObject({ kind: 'import', at: '2021-03-21T08:00:00.000Z', by: { name: 'Karim Benali', institution: written.institution }, package: pkg.report.package!.id });
    expect(JSON.stringify(imported.fields['nextSteps'])).toContain('Étapes écrites par le ministère.');
    // The card as it was before the import is there to compare with.
    expect(JSON.stringify(points.at(-2)!.fields['nextSteps'] ?? null)).not.toContain('Étapes écrites par le ministère.');
    // A hand-made package holding versions is refused as damaged.
    const forged = { ...pkg.report, cardVersions: { values: [], cards: {} } };
    const e = await refusalOf(forged);
    expect(e.key).toBe('open.invalid');
    expect(e.describe('fr')).toContain('ne contient pas l’historique des fiches');
    expect(e.describe('en')).toContain('does not hold the history of the cards');
  });

  it('refuses a hostile history as a damaged file, saying where: a missing value, an unknown card, a field of another kind, too many points', async () => {
    const saved = recordSave(edited(sample.report, 'c05', 'un'), sample.report, '2021-03-01T09:00:00.000Z');
    const doc = () => JSON.parse(reportJson(saved)) as Report;

    const missing = doc();
    missing.cardVersions!.cards['c05']![1]!.fields['results'] = 99_999;
    let e = await refusalOf(missing);
    expect(e.key).toBe('open.invalid');
    expect(e.describe('fr')).toContain('renvoie à la valeur n°\u00a099999, absente du fichier');
    expect(e.describe('en')).toContain('refers to value no. 99999, missing from the file');
    expect(e.describe('en')).toContain('cardVersions.cards.c05[1].fields.results');

    const unknownCard = doc();
    unknownCard.cardVersions!.cards['c99'] = unknownCard.cardVersions!.cards['c05']!;
    e = await refusalOf(unknownCard);
    expect(e.describe('en')).toContain('names the card “c99”, which the report does not hold');

    const wrongKind = doc();
    wrongKind.cardVersions!.cards['c05']![0]!.fields['progress'] = wrongKind.cardVersions!.cards['c05']![0]!.fields['results']!;
    e = await refusalOf(wrongKind);
    expect(e.describe('en')).toContain('the field “progress” should be of kind choice, not richText');

    const huge = doc();
    const point = huge.cardVersions!.cards['c05']![1]!;
    huge.cardVersions!.cards['c05'] = Array.from({ length: LIMITS.historyPoints + 1 }, () => point);
    e = await refusalOf(huge);
    expect(e.key).toBe('open.invalid');
    expect(e.describe('en')).toContain(`at most ${LIMITS.historyPoints}`);
  });

  it('drops the history of a card deleted since the last save', () => {
    const saved = recordSave(edited(sample.report, 'c05', 'un'), sample.report, '2021-03-01T09:00:00.000Z');
    const without = { ...saved, cards: saved.cards.filter((c) => c.id !== 'c05') };
    const next = recordSave(without, saved, '2021-03-02T09:00:00.000Z');
    expect(next.cardVersions!.cards).toEqual({});
    expect(next.cardVersions!.values).toEqual([]);
  });
});

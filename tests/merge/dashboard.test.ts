import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenedReport } from '../../shared/format/read.js';
import { commitmentRows, csvField, institutionRows, reminders, reminderText, toCsv } from '../../shared/merge/dashboard.js';
import type { Report } from '../../shared/model/report.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

const template = templates.get('ogp-end-of-term');
let sample: OpenedReport;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
});

/** The sample after the Etalab package came back, sent by one of its contacts. */
function withEtalabReturned(report: Report): Report {
  const sentBy = { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' };
  const record = { package: crypto.randomUUID(), digest: 'x', institution: 'etalab', sentBy, importedBy: null, at: '2021-03-20T10:00:00.000Z', changes: [{ card: 'c05', field: 'results' }] };
  return { ...report, history: [record] };
}

describe('the coordinator’s dashboard', () => {
  it('has one row per commitment of the sample, in reading order, with its figures', () => {
    const rows = commitmentRows(sample.report, template);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    const c05 = rows.find((r) => r.id === 'c05')!;
    expect(c05.label.fr).toMatch(/^Désigner des administrateurs/);
    expect(c05.related).toEqual(['mtfp', 'dinum', 'etalab']);
    expect(c05.returned).toBeNull();
    expect(c05.sentAt).toBeNull();
    // The five fully written cards are complete in both languages; the others have gaps to report.
    expect(rows.filter((r) => r.completeness.fr === 1 && r.completeness.en === 1).length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => r.errors > 0)).toBe(true);
    for (const r of rows) expect(r.errors).toBeGreaterThanOrEqual(r.outOfDate);
  });

  it('says which cards and institutions returned their package, when, and from whom', () => {
    const report = withEtalabReturned(sample.report);
    const cut = new Map([['etalab', '2021-03-01T09:00:00.000Z']]);
    const conflicts = [{ cardId: 'c05', institution: 'dinum' }];
    const c05 = commitmentRows(report, template, { cut, conflicts }).find((r) => r.id === 'c05')!;
    expect(c05.returned).toEqual({ at: '2021-03-20T10:00:00.000Z', institution: 'etalab', sentBy: { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' } });
    expect(c05.returnedCount).toBe(1);
    expect(c05.sentAt).toBe('2021-03-01T09:00:00.000Z');
    expect(c05.conflicts).toBe(1);
    const institutions = institutionRows(report, template, { cut, conflicts });
    const etalab = institutions.find((r) => r.id === 'etalab')!;
    expect(etalab.returned?.at).toBe('2021-03-20T10:00:00.000Z');
    expect(etalab.related).toContain('c05');
    expect(institutions.find((r) => r.id === 'dinum')!.conflicts).toBe(1);
    expect(institutions.find((r) => r.id === 'dinum')!.returned).toBeNull();
  });

  it('lists the institutions that have not returned their package, with their cards’ contacts', () => {
    const before = reminders(sample.report, template);
    expect(before.map((r) => r.institution)).toContain('etalab');
    const after = reminders(withEtalabReturned(sample.report), template);
    expect(after.map((r) => r.institution)).not.toContain('etalab');
    expect(after.length).toBe(before.length - 1);
    const hatvp = after.find((r) => r.institution === 'hatvp')!;
    expect(hatvp.cards).toEqual(['20', '21']);
    expect(hatvp.contacts).toEqual([
      { name: 'Camille Besson', email: 'camille.besson@hatvp.example' },
      { name: 'Pauline Rivière', email: 'pauline.riviere@hatvp.example' },
    ]);
    // A contact row naming another institution is not that institution's contact.
    const dinum = after.find((r) => r.institution === 'dinum')!;
    expect(dinum.contacts.map((p) => p.email)).not.toContain('julien.marchetti@etalab.example');
    const text = reminderText(after, 'fr', { heading: 'Paquets non renvoyés', cards: 'engagements', noContact: 'aucun contact' });
    expect(text.split('\n')[0]).toBe('Paquets non renvoyés');
    expect(text).toContain('Haute Autorité pour la transparence de la vie publique (engagements 20, 21)\n  - Camille Besson <camille.besson@hatvp.example>');
    expect(text).toContain('aucun contact');
  });
});

describe('the dashboard as CSV', () => {
  it('quotes commas, quotes and line breaks, keeps accents, and starts with a UTF-8 byte order mark', () => {
    const csv = toCsv(['Engagement', 'Complétude FR'], [
      ['Ouvrir, publier', 0.5],
      ['Le « bon » "mot"', 1],
      ['ligne 1\nligne 2', 0],
      ['Économie', ''],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Engagement,Complétude FR', '"Ouvrir, publier",0.5', '"Le « bon » ""mot""",1', '"ligne 1\nligne 2",0', 'Économie,', '']);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldValue, Report } from '../../shared/model/report.js';
import { bilingual } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { clone, digest, files } from '../support/fixtures.js';
import { ACTION_PLAN, ROOT, SAMPLE, sampleFacts, tempDir } from '../support/paths.js';
import { frictionlessValidators, readCsvWithPython, readDescriptor, type PackageDescriptor } from './read-back.js';

/** Runs `bilan data` into a new folder and reads back what it wrote. */
function dataOf(file: string, extra: string[] = []): { dir: string; descriptor: PackageDescriptor; tables: Record<string, string[][]> } {
  const dir = join(tempDir(), 'donnees');
  const run = bilan(['data', file, '--out', dir, ...extra]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const descriptor = readDescriptor(dir);
  return { dir, descriptor, tables: readCsvWithPython(dir, descriptor.resources.map((r) => r.path)) };
}

/** A table's rows as records by column name (the header row gives the names). */
function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

async function savedWith(change: (report: Report) => void): Promise<string> {
  const opened = await files.open(SAMPLE);
  const report = clone(opened.report);
  change(report);
  const file = join(tempDir(), 'rapport.bilan');
  await files.save(file, report, opened.media);
  return file;
}

describe('bilan data on the sample report', () => {
  let sample: ReturnType<typeof dataOf>;
  beforeAll(() => {
    sample = dataOf(SAMPLE);
  });

  it('writes a Data Package that the Data Package and Table Schema JSON Schemas accept, with every file it lists', () => {
    const { dataPackage, tableSchema } = frictionlessValidators();
    expect(dataPackage(sample.descriptor), JSON.stringify(dataPackage.errors)).toBe(true);
    for (const resource of sample.descriptor.resources) {
      expect(tableSchema(resource.schema), `${resource.name}: ${JSON.stringify(tableSchema.errors)}`).toBe(true);
      expect(existsSync(join(sample.dir, resource.path))).toBe(true);
    }
    expect(readdirSync(sample.dir).sort()).toEqual(['datapackage.json', ...sample.descriptor.resources.map((r) => r.path)].sort());
    expect(sample.descriptor.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['commitments', 'milestones', 'institutions', 'ambitions', 'progress', 'resources', 'links']));
    expect(sample.descriptor.period).toBe('2018–2020');
    expect(sample.descriptor.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
  });

  it('gives each CSV the header its schema names, unique primary keys, numbers that are numbers, and keys that lead somewhere', () => {
    for (const resource of sample.descriptor.resources) {
      const rows = sample.tables[resource.path]!;
      expect(rows[0], resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const row of rows) expect(row.length, resource.name).toBe(rows[0]!.length);
      const recs = records(rows);
      const keys = recs.map((r) => JSON.stringify(resource.schema.primaryKey.map((k) => r[k])));
      expect(new Set(keys).size, resource.name).toBe(keys.length);
      for (const field of resource.schema.fields.filter((f) => f.type === 'integer' || f.type === 'number')) {
        for (const r of recs) if (r[field.name] !== '') expect(Number.isFinite(Number(r[field.name])), `${resource.name}.${field.name}`).toBe(true);
      }
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = sample.descriptor.resources.find((r) => r.name === fk.reference.resource)!;
        const known = new Set(records(sample.tables[target.path]!).map((r) => JSON.stringify(fk.reference.fields.map((k) => r[k]))));
        for (const r of recs) {
          const values = fk.fields.map((k) => r[k]);
          if (values.every((v) => v !== '')) expect(known.has(JSON.stringify(values)), `${resource.name} ${fk.fields.join()} → ${target.name}: ${values.join()}`).toBe(true);
        }
      }
      // Titles in both languages, the template's or the interface's.
      for (const field of resource.schema.fields) expect(field.titles.fr && field.titles.en, `${resource.name}.${field.name}`).toBeTruthy();
    }
  });

  it('holds every commitment with its number, both titles, progress level and lead institutions', () => {
    const commitments = records(sample.tables['commitments.csv']!);
    expect(commitments).toHaveLength(21);
    for (const fact of sampleFacts().commitments) {
      const row = commitments.find((r) => r['number'] === String(fact.number));
      expect(row, `commitment ${fact.number}`).toBeDefined();
      expect(row!['title_fr']).toBe(fact.title.fr);
      expect(row!['title_en']).toBe(fact.title.en);
    }
    const first = commitments.find((r) => r['number'] === '1')!;
    expect(first['leadInstitutions']).toBe('economie;ditp');
    expect(first['leadInstitutions_fr']).toContain('Direction interministérielle de la transformation publique');
    const levels = records(sample.tables['progress.csv']!);
    for (const r of commitments.filter((c) => c['progress'] !== '')) {
      const level = levels.find((l) => l['id'] === r['progress'])!;
      expect([r['progress_fr'], r['progress_en']]).toEqual([level['label_fr'], level['label_en']]);
    }
    // Rich text as plain text: words, list items on their own lines, no structure left.
    expect(first['aim_fr']).toContain('L’engagement porte sur');
    expect(first['aim_fr']).toContain('\n• la publication d’indicateurs');
    expect(first['aim_fr']).not.toContain('"type"');
    const link = records(sample.tables['commitment-institutions.csv']!).filter((r) => r['card'] === 'c01');
    expect(link.map((r) => r['institution'])).toEqual(['economie', 'ditp']);
  });

  it('leaves the contacts’ e-mail addresses out unless --with-contacts', () => {
    const every = () => readdirSync(sample.dir).map((f) => readFileSync(join(sample.dir, f), 'utf8')).join('\n');
    expect(every()).not.toMatch(/@[a-z]+\.example/);
    expect(sample.tables['contacts.csv']![0]).not.toContain('email');
    const withContacts = dataOf(SAMPLE, ['--with-contacts']);
    const contacts = records(withContacts.tables['contacts.csv']!);
    expect(contacts.map((c) => c['email'])).toContain('elise.morvan@ditp.example');
  });
});

describe('bilan data keeps cells as text', () => {
  it('neutralises what a spreadsheet would run as a formula, and reads back quotes, commas and line breaks exactly', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","clic")', '+33 1 23 45 67 89', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'];
    const file = await savedWith((report) => {
      report.cards.forEach((card, i) => {
        if (i < hostile.length) card.fields['title'] = { ...bilingual(hostile[i]!, `Title, with "quotes"\nand a line break ${i}`), kind: 'text' } as FieldValue;
      });
    });
    const { tables } = dataOf(file);
    const commitments = records(tables['commitments.csv']!);
    hostile.forEach((text, i) => {
      expect(commitments[i]!['title_fr']).toBe(`'${text}`);
      expect(commitments[i]!['title_en']).toBe(`Title, with "quotes"\nand a line break ${i}`);
    });
    // Ordinary text is left as it is.
    expect(commitments[hostile.length]!['title_fr']).not.toMatch(/^'/);
  });
});

describe('bilan data and the licence', () => {
  it('uses the licence the report names instead of the Licence Ouverte', async () => {
    const licence = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };
    const file = await savedWith((report) => {
      report.licence = licence;
    });
    expect((await files.open(file)).report.licence).toEqual(licence);
    expect(dataOf(file).descriptor.licenses).toEqual([licence]);
  });
});

describe('bilan data writes all its files or none', () => {
  it('leaves a folder as it was when one file cannot be written, and creates no folder when it fails', () => {
    const dir = join(tempDir(), 'donnees');
    mkdirSync(dir);
    writeFileSync(join(dir, 'datapackage.json'), '{"previous": true}');
    mkdirSync(join(dir, 'milestones.csv')); // a folder where a table goes
    const run = bilan(['data', SAMPLE, '--out', dir], 'en_US.UTF-8');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('milestones.csv');
    expect(readdirSync(dir).sort()).toEqual(['datapackage.json', 'milestones.csv']);
    expect(readFileSync(join(dir, 'datapackage.json'), 'utf8')).toBe('{"previous": true}');
    const nowhere = join(tempDir(), 'missing', 'donnees');
    const failed = bilan(['data', SAMPLE, '--out', nowhere]);
    expect(failed.status).toBe(2);
    expect(existsSync(join(nowhere, '..'))).toBe(false);
  });

  it('replaces an earlier package in the same folder, the report file untouched', () => {
    const dir = join(tempDir(), 'donnees');
    const before = digest(join(SAMPLE, 'report.json'));
    expect(bilan(['data', SAMPLE, '--out', dir]).status).toBe(0);
    expect(bilan(['data', SAMPLE, '--out', dir]).status).toBe(0);
    expect(readDescriptor(dir).resources.length).toBeGreaterThan(5);
    expect(digest(join(SAMPLE, 'report.json'))).toBe(before);
  });
});

describe('docs/DATA.md', () => {
  it('documents every table and column of both sample reports’ packages', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'DATA.md'), 'utf8');
    for (const file of [SAMPLE, ACTION_PLAN]) {
      for (const resource of dataOf(file, ['--with-contacts']).descriptor.resources) {
        expect(doc, resource.name).toContain(`\`${resource.path}\``);
        for (const field of resource.schema.fields) expect(doc, `${resource.name}.${field.name}`).toContain(`| \`${field.name}\` |`);
      }
    }
  });
});

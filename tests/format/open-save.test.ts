import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BilanError } from '../../shared/i18n/errors.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { newReport } from '../../shared/report/create.js';
import { withFrench } from '../../shared/report/localized.js';
import { SAMPLE, ACTION_PLAN, tempDir } from '../support/paths.js';
import { clone, digest, files, templates } from '../support/fixtures.js';

let sample: OpenedReport;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
});

describe('a report survives save then open unchanged', () => {
  it('for the 2018–2020 sample, images included', async () => {
    const file = join(tempDir(), 'rapport.bilan');
    await files.save(file, sample.report, sample.media);
    const again = await files.open(file);
    expect(again.report).toEqual(sample.report);
    expect([...again.media.keys()]).toEqual([...sample.media.keys()]);
    for (const [name, bytes] of sample.media) expect(Buffer.from(again.media.get(name)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('for the action plan sample and for new reports of every template', async () => {
    const plan = await files.open(ACTION_PLAN);
    const dir = tempDir();
    await files.save(join(dir, 'plan.bilan'), plan.report, plan.media);
    expect((await files.open(join(dir, 'plan.bilan'))).report).toEqual(plan.report);
    for (const id of templates.ids()) {
      const report = newReport(templates.get(id));
      await files.save(join(dir, `${id}.bilan`), report, new Map());
      expect((await files.open(join(dir, `${id}.bilan`))).report).toEqual(report);
    }
  });

  it('keeps the previous version as a backup and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'rapport.bilan');
    await files.save(file, sample.report, sample.media);
    const first = digest(file);
    const edited = clone(sample.report);
    edited.title = withFrench(edited.title, 'Titre modifié');
    await files.save(file, edited, sample.media);
    expect(digest(`${file}.bak`)).toBe(first);
    expect((await files.open(`${file}.bak`)).report).toEqual(sample.report);
    expect((await files.open(file)).report.title.fr?.content).toBe('Titre modifié');
    expect(readdirSync(dir).sort()).toEqual(['rapport.bilan', 'rapport.bilan.bak']);
  });
});

describe('a save that cannot complete leaves the file on disk as it was', () => {
  it('refuses an invalid report, saying where the problem is', async () => {
    const file = join(tempDir(), 'rapport.bilan');
    await files.save(file, sample.report, sample.media);
    const before = digest(file);
    const broken = clone(sample.report);
    broken.cards[2]!.fields['progress'] = { kind: 'choice', value: 'almost' };
    const error = await files.save(file, broken, sample.media).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BilanError);
    const message = (error as BilanError).describe('fr');
    expect(message).toContain('n’a pas été enregistré');
    expect(message).toContain('almost');
    expect(message).toContain('Avancement');
    expect(digest(file)).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('reports a missing folder in the user’s language', async () => {
    const file = join(tempDir(), 'absent', 'rapport.bilan');
    const error = (await files.save(file, sample.report, sample.media).catch((e: unknown) => e)) as BilanError;
    expect(error.key).toBe('save.notFound');
    expect(error.describe('fr')).toContain('le dossier de');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses to save over the unpacked form of a report', async () => {
    const error = (await files.save(SAMPLE, sample.report, sample.media).catch((e: unknown) => e)) as BilanError;
    expect(error.key).toBe('save.isFolder');
  });
});

describe('the sample opens from its unpacked form and from a .bilan file alike', () => {
  it('reads the same report both ways', async () => {
    const file = join(tempDir(), 'sample.bilan');
    await files.save(file, sample.report, sample.media);
    const zipped = readFileSync(file);
    expect(zipped.subarray(30, 38).toString()).toBe('mimetype');
    expect((await files.open(file)).report).toEqual(sample.report);
  });
});

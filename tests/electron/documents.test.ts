import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { clone, files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { value } from '../support/replies.js';

// Editing a report through the service, as the window does: open, save, autosave, recover.

/** The sample with commitment 5's French title changed. */
function edited(report: Report, title: string): Report {
  const copy = clone(report);
  const card = copy.cards.find((c) => c.number === '5')!;
  const field = card.fields['title'];
  if (field?.kind === 'text') card.fields['title'] = { ...withFrench(field, title), kind: 'text' };
  return copy;
}

const frenchTitle = (report: Report) => {
  const field = report.cards.find((c) => c.number === '5')!.fields['title'];
  return field?.kind === 'text' ? field.fr?.content : undefined;
};

describe('a report open for editing', () => {
  it('comes with its template and its images as data URLs', async () => {
    const service = new AppService({ appDataDir: tempDir() });
    const doc = value(await service.loadReport(SAMPLE));
    expect(doc.report.cards).toHaveLength(21);
    expect(doc.template.id).toBe('ogp-end-of-term');
    expect(doc.needsSaveAs).toBe(true);
    expect(Object.keys(doc.media).length).toBe(doc.report.media.length);
    for (const url of Object.values(doc.media)) expect(url).toMatch(/^data:image\/(png|jpeg);base64,/);
  });

  it('is saved as a new .bilan file, never over the sample folder, and reopens with the edit', async () => {
    const dir = tempDir();
    const target = join(dir, 'rapport.bilan');
    const used: string[] = [];
    const service = new AppService({ appDataDir: dir, chooseSavePath: async () => target, onFileUsed: (p) => used.push(p) });
    const doc = value(await service.loadReport(SAMPLE));
    const report = edited(doc.report, 'Titre modifié');
    const refused = await service.saveReport(doc.docId, report);
    expect(refused).toMatchObject({ ok: false, error: { key: 'save.needSaveAs' } });
    if (!refused.ok) expect(refused.error.message.fr).toMatch(/Enregistrer sous/);
    const saved = value(await service.saveReportAs(doc.docId, report));
    expect(saved).toMatchObject({ path: target, fileName: 'rapport.bilan' });
    expect(frenchTitle((await files.open(target)).report)).toBe('Titre modifié');
    value(await service.saveReport(doc.docId, edited(report, 'Encore')));
    expect(frenchTitle((await files.open(target)).report)).toBe('Encore');
    expect(used).toEqual([target, target]);
  });

  it('refuses an invalid report in both languages and leaves the file as it was', async () => {
    const dir = tempDir();
    const target = join(dir, 'r.bilan');
    const service = new AppService({ appDataDir: dir, chooseSavePath: async () => target });
    const doc = value(await service.loadReport(SAMPLE));
    value(await service.saveReportAs(doc.docId, doc.report));
    const broken = clone(doc.report) as unknown as { cards: { fields: Record<string, unknown> }[] };
    broken.cards[0]!.fields['progress'] = { kind: 'choice', value: 42 };
    const reply = await service.saveReport(doc.docId, broken);
    expect(reply).toMatchObject({ ok: false, error: { key: 'save.invalid' } });
    if (!reply.ok) {
      expect(reply.error.message.fr).toMatch(/Avancement/);
      expect(reply.error.message.en).toMatch(/Progress/);
    }
    expect((await files.open(target)).report.cards[0]!.fields['progress']).toEqual(doc.report.cards[0]!.fields['progress']);
    expect(await service.autosave(doc.docId, broken)).toMatchObject({ ok: false, error: { key: 'save.invalid' } });
  });

  it('writes only where the user chose, for documents it has open', async () => {
    const service = new AppService({ appDataDir: tempDir() });
    const doc = value(await service.loadReport(SAMPLE));
    expect(await service.saveReport(doc.docId, doc.report, join(tempDir(), 'x.bilan'))).toMatchObject({ ok: false, error: { key: 'ipc.notAllowed' } });
    expect(await service.saveReport('00000000-0000-4000-8000-000000000000', doc.report)).toMatchObject({ ok: false, error: { key: 'doc.notOpen' } });
    expect(await service.saveReport(doc.docId, doc.report, 'relative.bilan')).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
    expect(await service.newReport('../etc')).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
  });

  it('starts a new report from a template, which needs a file name to be saved', async () => {
    const service = new AppService({ appDataDir: tempDir() });
    const doc = value(await service.newReport('ogp-end-of-term'));
    expect(doc).toMatchObject({ path: null, fileName: null, needsSaveAs: true, recovered: false });
    expect(doc.report.chapters.length).toBeGreaterThan(0);
  });
});

describe('recovery after a crash', () => {
  it('offers the last autosaved state at the next start, and restores it', async () => {
    const appData = tempDir();
    const before = new AppService({ appDataDir: appData });
    const doc = value(await before.loadReport(SAMPLE));
    value(await before.autosave(doc.docId, edited(doc.report, 'Non enregistré')));
    // The first service is simply dropped, as a crashed process would be.
    const after = new AppService({ appDataDir: appData });
    const [copy, ...others] = value(await after.listRecoveries());
    expect(others).toEqual([]);
    expect(copy).toMatchObject({ path: SAMPLE, fileName: 'ogp-2018-2020.bilan' });
    expect(copy!.title.fr).toMatch(/2018–2020/);
    const restored = value(await after.restoreRecovery(copy!.id));
    expect(restored.recovered).toBe(true);
    expect(frenchTitle(restored.report)).toBe('Non enregistré');
    value(await after.closeReport(restored.docId));
    expect(value(await after.listRecoveries())).toEqual([]);
  });

  it('forgets the copy once the report is saved, or when the user discards it', async () => {
    const appData = tempDir();
    const service = new AppService({ appDataDir: appData, chooseSavePath: async () => join(appData, 'saved.bilan') });
    const doc = value(await service.loadReport(SAMPLE));
    value(await service.autosave(doc.docId, doc.report));
    expect(value(await service.listRecoveries())).toHaveLength(1);
    value(await service.saveReportAs(doc.docId, doc.report));
    expect(value(await service.listRecoveries())).toEqual([]);
    value(await service.autosave(doc.docId, doc.report));
    const [copy] = value(await service.listRecoveries());
    value(await service.discardRecovery(copy!.id));
    expect(readdirSync(join(appData, 'recovery'))).toEqual([]);
    expect(await service.restoreRecovery(copy!.id)).toMatchObject({ ok: false, error: { key: 'recovery.notFound' } });
    expect(existsSync(join(appData, 'saved.bilan'))).toBe(true);
  });
});

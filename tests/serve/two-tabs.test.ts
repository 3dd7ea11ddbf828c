import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { LoadedReport } from '../../shared/ipc/dto.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { value } from '../support/replies.js';

// Issue 15: two tabs (or windows, or a program) on one file must not lose each other's work.

const dir = tempDir('bilan-two-tabs-');
const file = join(dir, 'rapport.bilan');
const service = new AppService({ locale: () => 'fr-FR', log: () => undefined, chooseSavePath: async () => file });

function retitled(doc: LoadedReport, title: string): LoadedReport['report'] {
  return { ...doc.report, title: { ...doc.report.title, fr: { ...doc.report.title.fr!, content: title } } } as LoadedReport['report'];
}

beforeAll(async () => {
  const sample = value(await service.loadReport(SAMPLE));
  value(await service.saveReportAs(sample.docId, sample.report));
});

describe('two tabs saving one report', () => {
  it('saves the first, and tells the second that the file changed, writing nothing', async () => {
    const first = value(await service.loadReport(file));
    const second = value(await service.loadReport(file));
    value(await service.saveReport(first.docId, retitled(first, 'Titre du premier onglet')));
    const written = readFileSync(file);

    const reply = await service.saveReport(second.docId, retitled(second, 'Titre du second onglet'));
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('save.changedOnDisk');
    expect(reply.error.message.fr).toMatch(/modifié par quelqu’un d’autre.*onglet/);
    expect(reply.error.message.en).toMatch(/changed by someone else.*Save as/);
    expect(readFileSync(file).equals(written)).toBe(true);
    expect(value(await service.openReport(file)).title.fr).toBe('Titre du premier onglet');

    // The first tab, whose save is the file's last, saves again.
    value(await service.saveReport(first.docId, retitled(first, 'Encore le premier')));
    expect(value(await service.openReport(file)).title.fr).toBe('Encore le premier');
  });

  it('keeps both apart when they save at the same instant: one wins, the other is told', async () => {
    const a = value(await service.loadReport(file));
    const b = value(await service.loadReport(file));
    const replies = await Promise.all([service.saveReport(a.docId, retitled(a, 'A')), service.saveReport(b.docId, retitled(b, 'B'))]);
    expect(replies.map((r) => (r.ok ? 'saved' : r.error.key)).sort()).toEqual(['save.changedOnDisk', 'saved']);
  });

  it('refuses a save over a file another program rewrote since it was opened', async () => {
    const doc = value(await service.loadReport(file));
    const backup = `${file}.bak`;
    const other = spawnSync(process.execPath, ['-e', 'require("fs").copyFileSync(process.argv[1], process.argv[2])', backup, file]);
    expect(other.status).toBe(0);
    const theirs = readFileSync(file);
    const reply = await service.saveReport(doc.docId, retitled(doc, 'Le mien'));
    expect(reply.ok ? 'saved' : reply.error.key).toBe('save.changedOnDisk');
    expect(readFileSync(file).equals(theirs)).toBe(true);
  });

  it('still saves a file only touched since (same bytes), or deleted since', async () => {
    const doc = value(await service.loadReport(file));
    writeFileSync(file, readFileSync(file));
    value(await service.saveReport(doc.docId, retitled(doc, 'Touché')));
    spawnSync('rm', [file]);
    value(await service.saveReport(doc.docId, retitled(doc, 'Recréé')));
    expect(value(await service.openReport(file)).title.fr).toBe('Recréé');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { WorkerCommand, WorkerMessage } from '../../electron/main/services/export-protocol.js';
import type { ExportOptions, ExportStatus, LoadedReport } from '../../shared/ipc/dto.js';
import type { Card, Report } from '../../shared/model/report.js';
import { files, templates } from '../support/fixtures.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';
import { pdfInfo, pdfText } from '../support/poppler.js';
import { value } from '../support/replies.js';

// Exports started through the service the window talks to: they run in a worker thread, the
// window polls them, and the main thread keeps answering meanwhile.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a job as the window does until it is no longer running. */
async function ended(service: AppService, job: string, during?: () => Promise<void>): Promise<ExportStatus> {
  for (;;) {
    const status = value(await service.exportStatus(job));
    if (status.state !== 'running') return status;
    await during?.();
    await pause(100);
  }
}

/** The sample with its cards copied `times` times (new ids and numbers). */
function scaled(report: Report, times: number): Report {
  const cards: Card[] = [];
  for (let k = 0; k < times; k++) {
    for (const card of report.cards) cards.push({ ...structuredClone(card), id: `${card.id}x${k}`, number: String(Number(card.number) + k * report.cards.length) });
  }
  return { ...report, cards };
}

describe('exports run by the service in a worker thread', () => {
  let folder: string;
  let service: AppService;
  let doc: LoadedReport;

  beforeAll(async () => {
    folder = tempDir('bilan-export-');
    service = new AppService({ locale: () => 'fr-FR', chooseExportFolder: async () => folder });
    doc = value(await service.loadReport(SAMPLE));
    expect(value(await service.chooseExportFolder())).toBe(folder);
  });

  async function exportAndWait(report: unknown, options: Omit<ExportOptions, 'folder'>, during?: () => Promise<void>): Promise<ExportStatus> {
    return ended(service, value(await service.startExport(doc.docId, report, { ...options, folder })), during);
  }

  it('lists what each language lacks before exporting, worded in both languages', async () => {
    const check = value(await service.exportCheck(doc.docId, doc.report, ['fr', 'en']));
    const en = check.missing.find((m) => m.lang === 'en')!;
    expect(en.texts.length).toBeGreaterThan(0);
    const onCard = en.texts.find((t) => t.issue.target.kind === 'card')!;
    expect(onCard.message.fr).toMatch(/^\[EN\] .+ : manquant/);
    expect(onCard.message.en).toMatch(/^\[EN\] .+: missing/);
    expect(onCard.card?.fr).toMatch(/^Engagement n°\d+ – /);
  });

  it('writes the PDF and DOCX of the sample in French, with placeholders for the missing texts', async () => {
    const status = await exportAndWait(doc.report, { formats: ['pdf', 'docx'], langs: ['fr'], allowMissing: true });
    expect(status.error).toBeUndefined();
    expect(status.files?.sort()).toEqual([join(folder, 'rapport-fr.docx'), join(folder, 'rapport-fr.pdf')]);
    for (const file of status.files!) expect(existsSync(file)).toBe(true);
    const pdf = join(folder, 'rapport-fr.pdf');
    expect(Number(pdfInfo(pdf)['Pages'])).toBeGreaterThan(20);
    expect(pdfText(pdf)).toContain('Désigner des administrateurs ministériels des données');
  });

  it('refuses an English export with missing texts, listing them, and writes nothing', async () => {
    const before = readdirSync(folder).sort();
    const status = await exportAndWait(doc.report, { formats: ['pdf'], langs: ['en'], allowMissing: false });
    expect(status.state).toBe('failed');
    expect(status.error?.key).toBe('export.missingTexts');
    expect(status.error?.message.en).toMatch(/\[EN\] .+: missing/);
    expect(status.error?.message.fr).toMatch(/Rien n’a été exporté/);
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('only writes to a folder the user chose', async () => {
    const reply = await service.startExport(doc.docId, doc.report, { formats: ['pdf'], langs: ['fr'], folder: tempDir(), allowMissing: true });
    expect(reply).toMatchObject({ ok: false, error: { key: 'export.folderNotChosen' } });
  });

  it('keeps answering other requests while a report ten times the sample’s size is exported', async () => {
    const big = scaled(doc.report, 10);
    let answered = 0;
    const status = await exportAndWait(big, { formats: ['pdf'], langs: ['fr'], allowMissing: true }, async () => {
      value(await service.listTemplates());
      answered++;
    });
    expect(status.state).toBe('done');
    // Requests were answered again and again while the export ran: had it run on this thread,
    // no request could have been served before it ended. (No time bound: speed is the bench's.)
    expect(answered).toBeGreaterThan(5);
    expect(pdfText(status.files![0]!)).toContain('Engagement n°210');
  }, 120_000);
});

describe('cancelling an export', () => {
  const folder = tempDir('bilan-export-cancel-');
  const service = new AppService({ locale: () => 'fr-FR', chooseExportFolder: async () => folder });
  const all: ExportOptions = { formats: ['pdf', 'docx'], langs: ['fr', 'en'], folder, allowMissing: true };
  let doc: LoadedReport;

  beforeAll(async () => {
    doc = value(await service.loadReport(SAMPLE));
    value(await service.chooseExportFolder());
  });

  it('stops it before any file is written, for good, and later exports still work', async () => {
    // How long the whole export takes here: a cancelled one is given longer than that to show up.
    const start = performance.now();
    const full = await ended(service, value(await service.startExport(doc.docId, doc.report, all)));
    const took = performance.now() - start;
    expect(full.files).toHaveLength(4);
    for (const file of readdirSync(folder)) rmSync(join(folder, file));

    const job = value(await service.startExport(doc.docId, doc.report, all));
    while (value(await service.exportStatus(job)).fraction === 0) await pause(20);
    const cancelled = value(await service.cancelExport(job));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.files).toBeUndefined();
    await pause(took * 1.5);
    expect(readdirSync(folder)).toEqual([]);
    expect(value(await service.exportStatus(job)).state).toBe('cancelled');

    const later = await ended(service, value(await service.startExport(doc.docId, doc.report, { ...all, formats: ['pdf'], langs: ['fr'] })));
    expect(later.state).toBe('done');
    expect(readdirSync(folder)).toEqual(['rapport-fr.pdf']);
    expect(pdfText(join(folder, 'rapport-fr.pdf'))).toContain('Désigner des administrateurs ministériels des données');
  }, 60_000);

  it('leaves an export that has ended as it was, and refuses a job it does not know', async () => {
    const job = value(await service.startExport(doc.docId, doc.report, { ...all, formats: ['docx'], langs: ['en'] }));
    const done = await ended(service, job);
    expect(value(await service.cancelExport(job))).toEqual(done);
    expect(existsSync(join(folder, 'report-en.docx'))).toBe(true);
    expect(await service.cancelExport('00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, error: { key: 'export.noJob' } });
    expect(await service.cancelExport('not a job')).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
  }, 60_000);
});

describe('the export worker of the built application', () => {
  it('is bundled next to main.cjs and exports there as in development', async () => {
    const out = tempDir('bilan-electron-');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-electron.mjs'), '--outdir', out], { cwd: ROOT });
    const folder = tempDir('bilan-export-built-');
    const { report, media } = await files.open(SAMPLE);
    const workerData = { report, media, formats: ['docx'], langs: ['en'], folder, allowMissing: true, templatesDir: templates.dir };
    // The thread's entry, as ExportJobs starts it; without a cache file it compiles the worker anew.
    const worker = new Worker(join(out, 'export-worker-loader.cjs'), { workerData });
    const done = await new Promise<WorkerMessage>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        // Rendered, it waits for leave to write, which the main process gives unless cancelled.
        if (message.type === 'rendered') worker.postMessage({ type: 'write' } satisfies WorkerCommand);
        else if (message.type !== 'progress') resolve(message);
      });
      worker.on('error', reject);
    });
    await worker.terminate();
    expect(done).toEqual({ type: 'done', files: [join(folder, 'report-en.docx')], outOfDate: 3 });
  }, 60_000);
});

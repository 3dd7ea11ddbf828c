import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportStage, ExportStatus } from '../../../shared/ipc/dto.js';
import { mainMessage } from '../i18n/messages.js';
import type { WorkerCommand, WorkerInput, WorkerMessage } from './export-protocol.js';

/**
 * How to start the worker. In the built app, esbuild bundles it as `export-worker.cjs` next to
 * `main.cjs`, whose address `import.meta.url` then holds, and the thread starts at
 * `export-worker-loader.cjs`, which runs it from V8's code cache. Under tsx (tests, the command
 * line) it is the `.ts` file beside this one, which a worker cannot load by itself (`--import
 * tsx` in its execArgv does not reach its entry on Node 20): a one-line module registers tsx,
 * then loads it and runs it.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    // The command line's bundle (dist/cli, for `bilan serve`) starts the main process's worker,
    // built beside main.cjs in dist/electron.
    const beside = new URL('./export-worker-loader.cjs', here);
    return existsSync(fileURLToPath(beside)) ? beside : new URL('../electron/export-worker-loader.cjs', here);
  }
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const file = new URL('./export-worker.ts', here).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); (await import(${JSON.stringify(file)})).runWorker();`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** "pdf (fr)", as ExportService names its stages, as data the window words itself. */
function parseStage(stage: string): ExportStage | null {
  const m = /^(pdf|docx) \((fr|en)\)$/.exec(stage);
  return m ? { format: m[1] as ExportStage['format'], lang: m[2] as ExportStage['lang'] } : null;
}

const KEEP_FINISHED = 20;

/**
 * Exports running in worker threads, by job id. The window polls {@link status}: the main
 * thread only relays messages, so it keeps answering the window while a large report renders.
 * A worker writes nothing before this class lets it, once every file is rendered: until then
 * {@link cancel} terminates it and the destination folder is as it was.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportStatus>();
  /** The workers of running jobs, and whether each was let write (then it is too late to cancel). */
  private readonly workers = new Map<string, { worker: Worker; writing: boolean }>();

  /**
   * Templates from `templatesDir`; the built worker's compiled code kept in `codeCacheDir` (the
   * user's data folder: the application's own may be read-only).
   */
  constructor(
    private readonly templatesDir: string,
    private readonly codeCacheDir?: string,
  ) {}

  /** Starts an export in a new worker; returns its job id at once. */
  start(input: Omit<WorkerInput, 'templatesDir' | 'codeCache'>): string {
    const id = randomUUID();
    this.jobs.set(id, { state: 'running', fraction: 0, stage: null });
    const codeCache = this.codeCacheDir && join(this.codeCacheDir, 'export-worker.v8cache');
    const worker = new Worker(workerEntry(), { workerData: { ...input, templatesDir: this.templatesDir, ...(codeCache ? { codeCache } : {}) } satisfies WorkerInput });
    const run = { worker, writing: false };
    this.workers.set(id, run);
    const finish = (status: ExportStatus) => {
      if (this.jobs.get(id)?.state !== 'running') return;
      this.end(id, status);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        if (this.jobs.get(id)?.state === 'running') this.jobs.set(id, { state: 'running', fraction: message.fraction, stage: parseStage(message.stage) });
      } else if (message.type === 'rendered') {
        if (this.jobs.get(id)?.state !== 'running') return;
        run.writing = true;
        worker.postMessage({ type: 'write' } satisfies WorkerCommand);
      } else if (message.type === 'done') finish({ state: 'done', fraction: 1, stage: null, files: message.files, outOfDate: message.outOfDate });
      else finish({ state: 'failed', fraction: 0, stage: null, error: message.error });
    });
    const crashed = (detail: string) => finish({ state: 'failed', fraction: 0, stage: null, error: { key: 'ipc.unexpected', message: mainMessage('ipc.unexpected', { detail }) } });
    worker.on('error', (error) => crashed(error.message.slice(0, 200)));
    worker.on('exit', (code) => crashed(`export worker exited (${code})`));
    return id;
  }

  /** Where a job stands; undefined for an unknown id. */
  status(id: string): ExportStatus | undefined {
    return this.jobs.get(id);
  }

  /**
   * Stops a running export: its worker is terminated, nothing is written, and the job is
   * `cancelled`. A job already writing its files (the last milliseconds), or ended, is left
   * as it is; either way the reply is where the job stands. Undefined for an unknown id.
   */
  async cancel(id: string): Promise<ExportStatus | undefined> {
    const status = this.jobs.get(id);
    const run = this.workers.get(id);
    if (status?.state !== 'running' || !run || run.writing) return status;
    this.end(id, { state: 'cancelled', fraction: status.fraction, stage: status.stage });
    await run.worker.terminate();
    return this.jobs.get(id);
  }

  /** Stops every running export (the service shuts down): nothing more is written. */
  async stopAll(): Promise<void> {
    const running = [...this.workers];
    for (const [id] of running) this.end(id, { state: 'cancelled', fraction: 0, stage: null });
    await Promise.all(running.map(([, run]) => run.worker.terminate()));
  }

  /** Whether any export is still running. */
  busy(): boolean {
    return [...this.jobs.values()].some((j) => j.state === 'running');
  }

  private end(id: string, status: ExportStatus): void {
    this.jobs.set(id, status);
    this.workers.delete(id);
    this.prune();
  }

  private prune(): void {
    const finished = [...this.jobs].filter(([, j]) => j.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

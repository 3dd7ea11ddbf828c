import { parentPort, workerData } from 'node:worker_threads';
import { Report } from '../../../shared/model/report.js';
import { ExportService } from './export-service.js';
import { exportFailure, type WorkerCommand, type WorkerInput, type WorkerMessage } from './export-protocol.js';
import { TemplateStore } from './template-store.js';

// One export, in a worker thread: the layout and the PDF and DOCX renderers are CPU-bound for
// seconds on a large report, and would freeze the window's IPC if they ran in the main thread.
// The thread's entry calls runWorker: export-worker-loader.cjs in the built app (this module's
// bundle, from V8's code cache), a module of ExportJobs' making under tsx.

/** What the thread's entry may do at the end of the export. */
export interface WorkerHooks {
  /** Called once the files are written, before the main thread hears it and ends the thread. */
  beforeDone?(): void;
}

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** Says the files are rendered and waits for leave to write them (the export may be cancelled instead). */
function leaveToWrite(): Promise<void> {
  return new Promise((resolve) => {
    const listen = (command: WorkerCommand) => {
      if (command.type !== 'write') return;
      parentPort!.off('message', listen);
      resolve();
    };
    parentPort!.on('message', listen);
    post({ type: 'rendered' });
  });
}

async function run(hooks: WorkerHooks): Promise<void> {
  // The report comes from the untrusted renderer: checked here, off the main thread.
  const parsed = Report.safeParse(input.report);
  if (!parsed.success) throw new Error(`invalid report: ${parsed.error.issues[0]?.message ?? ''}`);
  let last = -1;
  const result = await new ExportService(new TemplateStore(input.templatesDir)).export({
    report: parsed.data,
    media: input.media,
    formats: input.formats,
    langs: input.langs,
    out: input.folder,
    allowMissing: input.allowMissing,
    ...(input.cardIds ? { cardIds: input.cardIds } : {}),
    ...(input.review ? { review: true } : {}),
    onProgress: (fraction, stage) => {
      // A message per percent is enough for a progress bar, and keeps the main thread idle.
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      post({ type: 'progress', fraction, stage });
    },
    beforeWrite: leaveToWrite,
  });
  hooks.beforeDone?.();
  post({ type: 'done', files: result.files, outOfDate: result.warnings.length });
}

/** Runs the export that `workerData` describes, reporting to the main thread. */
export function runWorker(hooks: WorkerHooks = {}): void {
  run(hooks).catch((error: unknown) => post({ type: 'failed', error: exportFailure(error) }));
}

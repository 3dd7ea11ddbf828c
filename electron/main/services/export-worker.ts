import { parentPort, workerData } from 'node:worker_threads';
import { Report } from '../../../shared/model/report.js';
import { ExportService } from './export-service.js';
import { exportFailure, type WorkerCommand, type WorkerInput, type WorkerMessage } from './export-protocol.js';
import { TemplateStore } from './template-store.js';

// One export, in a worker thread: the layout and the PDF and DOCX renderers are CPU-bound for
// seconds on a large report, and would freeze the window's IPC if they ran in the main thread.

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

async function run(): Promise<void> {
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
    onProgress: (fraction, stage) => {
      // A message per percent is enough for a progress bar, and keeps the main thread idle.
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      post({ type: 'progress', fraction, stage });
    },
    beforeWrite: leaveToWrite,
  });
  post({ type: 'done', files: result.files, outOfDate: result.warnings.length });
}

run().catch((error: unknown) => post({ type: 'failed', error: exportFailure(error) }));

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { buildLayout } from '../../../shared/export/layout/build.js';
import type { Lang } from '../../../shared/model/localized.js';
import type { Report } from '../../../shared/model/report.js';
import type { ExportJobs } from './export-jobs.js';
import { ExportService } from './export-service.js';
import { refused } from './ipc-args.js';
import type { TemplateStore } from './template-store.js';

const deflateInPool: (bytes: Uint8Array) => Promise<Uint8Array> = promisify(deflate);

/** A preview drawn: the PDF's bytes (base64, to cross IPC and HTTP as JSON) and its page count; `stale` when a newer one was asked meanwhile. */
export interface PreviewPdf {
  pdf: string;
  pages: number;
  stale?: boolean;
}

/** What a preview shows: one card (its pages as the report prints them) or the whole report. */
export interface PreviewRequest {
  lang: Lang;
  cardId?: string;
}

/** How long a whole-report preview may take before it is given up. */
const REPORT_TIMEOUT_MS = 120_000;

/**
 * The window's "Aperçu": the report as the export prints it, drawn by the same code as
 * `bilan export` (shared/export), missing texts as the export's visible placeholders.
 * One card is drawn here, body pages only (no cover, no table of contents): a card takes some
 * tens of milliseconds, so the preview follows typing. The whole report is exported by an
 * export worker (ExportJobs), off this thread, into a folder of its own that is removed at once.
 * For each document only the latest request counts: an older one still running is cancelled
 * (a worker) or its result marked stale (a card).
 */
export class PreviewService {
  private readonly exporter: ExportService;
  private readonly latest = new Map<string, string>();
  private readonly running = new Map<string, string>();

  constructor(
    private readonly templates: TemplateStore,
    private readonly jobs: ExportJobs,
    private readonly dir: string,
  ) {
    this.exporter = new ExportService(templates);
  }

  async render(docId: string, report: Report, media: ReadonlyMap<string, Uint8Array>, request: PreviewRequest): Promise<PreviewPdf> {
    const token = randomUUID();
    this.latest.set(docId, token);
    const previous = this.running.get(docId);
    if (previous) await this.jobs.cancel(previous);
    if (request.cardId !== undefined) {
      if (!report.cards.some((c) => c.id === request.cardId)) throw refused('preview.noCard', { card: request.cardId });
      const template = this.templates.forReport(report);
      const layout = buildLayout(report, template, request.lang, media, { allowMissing: true, cardIds: [request.cardId] });
      const { renderPdf } = await import('../../../shared/export/pdf/render.js');
      if (this.latest.get(docId) !== token) return { pdf: '', pages: 0, stale: true };
      const rendered = await renderPdf(layout, this.exporter.fonts(template), undefined, { bodyOnly: true, deflate: deflateInPool });
      return { pdf: Buffer.from(rendered.bytes).toString('base64'), pages: rendered.pages, ...(this.latest.get(docId) !== token ? { stale: true } : {}) };
    }
    const folder = join(this.dir, token);
    await mkdir(folder, { recursive: true });
    try {
      const id = this.jobs.start({ report, media: new Map(media), folder, formats: ['pdf'], langs: [request.lang], allowMissing: true });
      this.running.set(docId, id);
      const started = Date.now();
      for (;;) {
        const status = this.jobs.status(id);
        if (!status || status.state === 'cancelled') return { pdf: '', pages: 0, stale: true };
        if (status.state === 'failed') throw refused('preview.failed', { detail: status.error?.message.en ?? '' });
        if (status.state === 'done') {
          const bytes = await readFile(status.files![0]!);
          return { pdf: bytes.toString('base64'), pages: 0, ...(this.latest.get(docId) !== token ? { stale: true } : {}) };
        }
        if (Date.now() - started > REPORT_TIMEOUT_MS) {
          await this.jobs.cancel(id);
          throw refused('preview.failed', { detail: 'timeout' });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      if (this.running.get(docId) && this.latest.get(docId) === token) this.running.delete(docId);
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** A document closed: its next preview starts afresh. */
  forget(docId: string): void {
    this.latest.delete(docId);
    this.running.delete(docId);
  }
}

import type { ExportFormat } from './export-service.js';
import type { ApiError } from '../../../shared/ipc/result.js';
import type { Lang } from '../../../shared/model/localized.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { mainMessage } from '../i18n/messages.js';

/** What the export worker receives: the report as the window sent it, its images, the options. */
export interface WorkerInput {
  report: unknown;
  media: Map<string, Uint8Array>;
  formats: ExportFormat[];
  langs: Lang[];
  folder: string;
  allowMissing: boolean;
  /** Only these cards (a contributor's preview); all of them when absent. */
  cardIds?: string[];
  /** The internal review copy (PDF, with the comments), not the publication. */
  review?: boolean;
  templatesDir: string;
  /** Where the built worker keeps V8's compiled code between exports (export-worker-loader.ts). */
  codeCache?: string;
}

/**
 * What the export worker posts back: progress; `rendered` once every file is ready in memory,
 * after which it writes nothing until told `write`; then either the files written or an error.
 */
export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'rendered' }
  | { type: 'done'; files: string[]; outOfDate: number }
  | { type: 'failed'; error: ApiError };

/**
 * What the main thread tells the worker: `write` lets it write the files it rendered. Until
 * then, terminating the worker (a cancelled export) leaves nothing in the destination folder.
 */
export type WorkerCommand = { type: 'write' };

/**
 * An export's failure as the window shows it, worded in both languages on the worker's side
 * (a BilanError's parameters may be functions, which do not cross threads).
 */
export function exportFailure(error: unknown): ApiError {
  if (error instanceof BilanError) return { key: error.key, message: { fr: error.describe('fr'), en: error.describe('en') } };
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { key: 'ipc.unexpected', message: mainMessage('ipc.unexpected', { detail }) };
}

import { BilanError } from '../../shared/i18n/errors.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { MIMETYPE, packContainer } from '../../shared/format/container.js';
import { reportJson } from '../../shared/format/write.js';
import type { Report } from '../../shared/model/report.js';
import { ReportFiles } from '../../electron/main/services/report-files.js';
import { TemplateStore } from '../../electron/main/services/template-store.js';

/** The real services, as the app and the command line use them. */
export const templates = new TemplateStore();
export const files = new ReportFiles(templates);

/** A file's SHA-256, to prove that a failed operation left it untouched. */
export function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A deep copy, so a test can break a report without touching the original. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A container holding the given document, as a hostile or broken tool might write it. */
export function containerOf(json: string, media: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  return packContainer(json, media);
}

/** A zip with arbitrary entries (no checks), for foreign and hostile files. */
export function rawZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  // `mimetype` stored, as any tool that knows the format writes it; the rest deflated.
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [typeof v === 'string' ? strToU8(v) : v, { level: k === 'mimetype' ? 0 : 6 }]])));
}

/** The container of a report with its media, for tests that tamper with the JSON text. */
export function reportContainer(report: Report, media: ReadonlyMap<string, Uint8Array>): { json: string; bytes: Uint8Array } {
  const json = reportJson(report);
  return { json, bytes: containerOf(json, media) };
}

export { MIMETYPE };

/** The BilanError `work` is refused with; fails the test when it succeeds or throws anything else. */
export async function refusalOf(work: Promise<unknown>): Promise<BilanError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BilanError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

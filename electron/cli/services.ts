import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BilanError } from '../../shared/i18n/errors.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { REPORT_ENTRY } from '../../shared/format/container.js';
import { ExportService } from '../main/services/export-service.js';
import { PackageService } from '../main/services/package-service.js';
import { ReportFiles } from '../main/services/report-files.js';
import { TemplateStore } from '../main/services/template-store.js';

/** The services the commands share: the same ones the desktop app's main process runs. */
export const templates = new TemplateStore();
export const files = new ReportFiles(templates);
export const exporter = new ExportService(templates);
export const packages = new PackageService(files, templates);

/**
 * A report or a package named on the command line, as it is: a folder is read as an unpacked
 * report (the samples are), and one without a report.json inside is said to be a folder,
 * rather than "no such file".
 */
export async function checkInFile(file: string): Promise<string> {
  if ((await stat(file).catch(() => undefined))?.isDirectory() && !existsSync(join(file, REPORT_ENTRY))) throw new BilanError('cli.isFolder', { file });
  return file;
}

/** Opens a report named on the command line (see {@link checkInFile}). */
export async function openReport(file: string): Promise<OpenedReport> {
  return files.open(await checkInFile(file));
}

/** Refuses, before any work, a folder given where a report file is to be written. */
export async function checkOutFile(file: string): Promise<void> {
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new BilanError('cli.outIsFolder', { file });
}

import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { encodeReport } from '../../../shared/format/write.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import type { OpenedReport } from '../../../shared/format/read.js';
import { applyImport, planImport, type ImportPlan } from '../../../shared/merge/import.js';
import { cutPackage, leadInstitutions, leadsOf } from '../../../shared/merge/package.js';
import type { Resolution } from '../../../shared/merge/resolve.js';
import { issue, registered } from '../../../shared/merge/register.js';
import type { IssuedPackage, Person, Report } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { validateReport, type ValidationIssue } from '../../../shared/validate/validate.js';
import { TargetIsFolderError, writeFilesAtomic, type FileToWrite } from './atomic-write.js';
import { newRegisterKey, nodeHashes } from './package-seal.js';
import type { ReportFiles } from './report-files.js';
import type { TemplateStore } from './template-store.js';
import { zipParts } from './zip-writer.js';
import { isWordPackage, WordPackages, type ReadLeftover, type WordPackageRequest } from './word-package.js';
import type { Lang } from '../../../shared/model/localized.js';

/** A package file name from an institution: its acronym or id, safe on every file system. */
export function packageFileName(report: Report, institution: string): string {
  const inst = report.institutions.find((i) => i.id === institution);
  const base = (inst?.acronym?.fr || institution).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '');
  return `${base || institution}.bilan`;
}

/** The cards of one institution to send back for changes. */
export interface SendBackScope {
  institution: string;
  cards: readonly string[];
}

/**
 * A send-back checked against the report: an institution it names, and cards that exist, that
 * the institution leads and that need changes. Refused with what is wrong otherwise.
 */
export function sendBackScope(report: Report, template: Template, only: SendBackScope): { institution: string; cards: Set<string> } {
  if (!report.institutions.some((i) => i.id === only.institution)) throw new BilanError('sendBack.unknownInstitution', { id: only.institution });
  const cards = new Set<string>();
  for (const id of only.cards) {
    const card = report.cards.find((c) => c.id === id);
    if (!card) throw new BilanError('review.unknownCard', { id });
    if (!leadsOf(card, template).includes(only.institution)) throw new BilanError('sendBack.notLed', { card: card.number });
    if (report.review?.[id]?.state !== 'needsChanges') throw new BilanError('sendBack.notNeedsChanges', { card: card.number });
    cards.add(id);
  }
  if (cards.size === 0) throw new BilanError('sendBack.noCards', {});
  return { institution: only.institution, cards };
}

/** What cutting packages made: the report with its register, and the package files written. */
export interface CutPackages {
  report: Report;
  packages: { institution: string; file: string; cards: number }[];
}

/** Cuts contribution packages and imports them back: the files side of the round trip. */
export class PackageService {
  constructor(
    private readonly files: ReportFiles,
    private readonly templates: TemplateStore,
  ) {}

  /**
   * Writes one package per lead institution into `dir` (created if needed, its parent must
   * exist), each sealed and listed in the report's register. Returns the report with its
   * register (the caller keeps it: the window marks it unsaved) and the files. With `saveTo`, the
   * report is saved there too, its previous version kept as `.bak`. All the files are written or
   * none: a failure leaves the folder and the report as they were.
   */
  async cutAll(opened: OpenedReport, dir: string, options: { deadline: string | null; message: string; now?: Date; saveTo?: string; only?: SendBackScope; word?: WordPackageRequest }): Promise<CutPackages> {
    const { report, media } = opened;
    const template = this.templates.get(report.template.id, report.template.version);
    const parent = await stat(dirname(dir)).catch(() => undefined);
    if (!parent) throw new BilanError('export.noFolder', { path: dirname(dir) });
    if (!parent.isDirectory()) throw new BilanError('export.parentIsFile', { path: dirname(dir) });
    if ((await stat(dir).catch(() => undefined))?.isFile()) throw new BilanError('packages.notFolder', { path: dir });
    const written: CutPackages['packages'] = [];
    const outputs: FileToWrite[] = [];
    const entries: IssuedPackage[] = [];
    const names = new Set<string>();
    // The first cut makes the report's key; later cuts seal with the same one.
    const key = report.issued?.key ?? newRegisterKey();
    // Sent back for changes: one package, for one institution, holding only the cards named.
    const scope = options.only ? sendBackScope(report, template, options.only) : undefined;
    for (const institution of scope ? [scope.institution] : leadInstitutions(report, template)) {
      const from = scope ? { ...report, cards: report.cards.filter((c) => scope.cards.has(c.id)) } : report;
      const cut = cutPackage(from, template, { institution, deadline: options.deadline, message: options.message, id: randomUUID(), now: options.now ?? new Date() });
      const { pkg, entry } = issue(report.id, cut, key, nodeHashes);
      entries.push(entry);
      let name = scope ? packageFileName(report, institution).replace(/\.bilan$/, '-modifications.bilan') : packageFileName(report, institution);
      for (let n = 2; names.has(name); n++) name = name.replace(/(-\d+)?\.bilan$/, `-${n}.bilan`);
      names.add(name);
      // A Word package: the same sealed package, as a DOCX form (its base recorded inside).
      const file = join(dir, options.word ? name.replace(/\.bilan$/, '.docx') : name);
      outputs.push({ path: file, bytes: options.word ? new WordPackages(this.templates).write(pkg, media, options.word) : encodeReport(pkg, media, template, file, zipParts) });
      written.push({ institution, file, cards: pkg.cards.length });
    }
    const next = registered(report, key, entries);
    if (options.saveTo !== undefined) outputs.push(...(await this.reportFiles(options.saveTo, next, media)));
    try {
      await writeFilesAtomic(outputs, { folder: dir });
    } catch (cause) {
      if (cause instanceof TargetIsFolderError) throw new BilanError(cause.path === options.saveTo ? 'save.isFolder' : 'packages.targetIsFolder', { path: cause.path, file: cause.path }, { cause });
      throw new BilanError('packages.writeFailed', { path: dir, detail: (cause as NodeJS.ErrnoException).code ?? String(cause) }, { cause });
    }
    return { report: next, packages: written };
  }

  /** The report's new file and its backup (the file it replaces), to write with the packages. */
  private async reportFiles(file: string, report: Report, media: ReadonlyMap<string, Uint8Array>): Promise<FileToWrite[]> {
    const bytes = encodeReport(report, media, this.templates.get(report.template.id, report.template.version), file, zipParts);
    const existing = await stat(file).catch(() => undefined);
    if (existing?.isDirectory()) throw new BilanError('save.isFolder', { file });
    const previous = existing ? await readFile(file) : undefined;
    return [...(previous ? [{ path: `${file}.bak`, bytes: new Uint8Array(previous) }] : []), { path: file, bytes }];
  }

  /**
   * Reads a returned package and plans its import into the report, changing nothing. A Word
   * package (`.docx`) is read back into its package first; what it holds outside its fields
   * comes with the plan, to be placed by the coordinator.
   */
  async plan(opened: OpenedReport, packageFile: string): Promise<ImportPlan & { leftovers?: ReadLeftover[]; wordLang?: Lang }> {
    if (isWordPackage(packageFile)) {
      const read = await new WordPackages(this.templates).read(packageFile, opened);
      const template = this.templates.get(opened.report.template.id, opened.report.template.version);
      const plan = await planImport(opened.report, opened.media, template, read.pkg.report, read.pkg.media, packageFile, nodeHashes);
      return { ...plan, leftovers: plan.alreadyImported ? [] : read.leftovers, wordLang: read.lang };
    }
    const pkg = await this.files.open(packageFile);
    const template = this.templates.get(opened.report.template.id, opened.report.template.version);
    return planImport(opened.report, opened.media, template, pkg.report, pkg.media, packageFile, nodeHashes);
  }

  /**
   * The contributor's "send to the coordinator": checks the package's cards (missing English is
   * a warning, not a bar: the coordinator may have it translated), stamps it with who sends it
   * and when, and saves it atomically. Returns the sent package and the warnings.
   */
  async send(opened: OpenedReport, file: string, by: Person, now = new Date()): Promise<{ report: Report; warnings: ValidationIssue[] }> {
    const { report, media } = opened;
    if (!report.package) throw new BilanError('import.notPackage', { file });
    const template = this.templates.get(report.template.id, report.template.version);
    const cards = new Set(report.cards.map((c) => c.id));
    const warnings = validateReport(report, template).filter((i) => i.target.kind === 'card' && cards.has(i.target.id));
    const sent: Report = { ...report, package: { ...report.package, sent: { by, at: now.toISOString() } } };
    await this.files.save(file, sent, media);
    return { report: sent, warnings };
  }

  /** Applies a planned import to an opened report; returns the new report and images. */
  apply(opened: OpenedReport, plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>, by: Person | null, now = new Date()): OpenedReport {
    return applyImport(opened.report, opened.media, plan, resolutions, by, now);
  }
}

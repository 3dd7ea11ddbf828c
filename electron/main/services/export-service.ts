import { stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { buildLayout } from '../../../shared/export/layout/build.js';
import type { LayoutFonts, ProgressListener } from '../../../shared/export/layout/types.js';
import { missingForExport } from '../../../shared/export/missing.js';
import { asReviewCopy, cardReviewBlocks } from '../../../shared/export/pdf/review-notes.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { t } from '../../../shared/i18n/i18n.js';
import type { Lang } from '../../../shared/model/localized.js';
import type { Card, Report } from '../../../shared/model/report.js';
import type { FontFaces, Template } from '../../../shared/model/template.js';
import { describeIssueWithCard } from '../../../shared/validate/describe.js';
import { validateReport, type ValidationIssue } from '../../../shared/validate/validate.js';
import { TargetIsFolderError, writeFilesAtomic } from './atomic-write.js';
import { chartRasteriser } from './chart-raster.js';
import type { TemplateStore } from './template-store.js';
import { zipParts } from './zip-writer.js';

/** zlib's deflate in Node's thread pool: a PDF's pages are compressed in parallel, off this thread. */
const deflateInPool: (bytes: Uint8Array) => Promise<Uint8Array> = promisify(deflate);

/** The cards a report that requires approval still waits for (none when it does not), as validation words them. */
export function notApproved(report: Report, template: Template, scope?: ReadonlySet<string>): ValidationIssue[] {
  if (!report.settings?.requireApproval) return [];
  return validateReport(report, template).filter((i) => i.code === 'not-approved' && (!scope || (i.target.kind === 'card' && scope.has(i.target.id))));
}

/** The formats Bilan exports to. */
export const EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to export, and where. */
export interface ExportRequest {
  report: Report;
  media: ReadonlyMap<string, Uint8Array>;
  formats: readonly ExportFormat[];
  langs: readonly Lang[];
  /**
   * A file named after its format (`.pdf`, `.docx`) or an existing folder when there is one
   * output; a folder (created if needed, its parent must exist) when there are several.
   */
  out: string;
  /** Print visible placeholders for missing texts instead of refusing. */
  allowMissing?: boolean;
  /** Only these cards (a contributor's preview). */
  cardIds?: readonly string[];
  /**
   * The internal review copy instead of the publication: PDF only, named `relecture-fr.pdf`…,
   * each card followed by its review state and comments, "Document de travail — ne pas publier"
   * on every page. Missing texts print placeholders; a report waiting for approval exports it.
   */
  review?: boolean;
  onProgress?: ProgressListener;
  /**
   * Awaited once every file is rendered in memory, before the first one is written: up to
   * then an export can be stopped (its worker terminated) with nothing written.
   */
  beforeWrite?: () => Promise<void>;
}

/** The files written, and what deserves a look (English values out of date). */
export interface ExportResult {
  files: string[];
  warnings: ValidationIssue[];
}

/** Exports reports to PDF and DOCX, in French and English: layout in shared/, bytes to disk here. */
export class ExportService {
  constructor(private readonly templates: TemplateStore) {}

  /** The font files of a template's page style, as the renderers embed them. */
  fonts(template: Template): LayoutFonts {
    const read = (faces: FontFaces) => ({
      regular: this.templates.font(template.id, faces.regular),
      bold: this.templates.font(template.id, faces.bold),
      italic: this.templates.font(template.id, faces.italic),
      boldItalic: this.templates.font(template.id, faces.boldItalic),
    });
    return { body: read(template.page.fonts.body), heading: read(template.page.fonts.heading) };
  }

  /**
   * Renders every requested file in memory, then writes them all or none: an export that fails
   * leaves the destination as it was, without a half-written file, a half set of files or an
   * empty folder. Missing texts in a language stop the export before anything is rendered,
   * with the list of what is missing, unless `allowMissing`.
   */
  async export(request: ExportRequest): Promise<ExportResult> {
    const { report, media, formats, langs } = request;
    const template = this.templates.forReport(report);
    const scope = request.cardIds ? new Set(request.cardIds) : undefined;
    // A wrong destination is a mistake in the request: said before what the report lacks.
    if (request.review && formats.some((f) => f !== 'pdf')) throw new BilanError('export.reviewPdfOnly', {});
    const targets = await this.targets(request.out, formats, langs, request.review ?? false);
    // A report that waits for every card to be approved is not published before (a review copy is no publication).
    if (!request.review) {
      const waiting = notApproved(report, template, scope);
      if (waiting.length > 0) throw new BilanError('export.notApproved', { count: waiting.length, list: (lang: Lang) => waiting.map((i) => `  – ${describeIssueWithCard(i, report, template, lang)}`).join('\n') });
    }
    if (!request.allowMissing && !request.review) {
      const missing = langs.flatMap((lang) => missingForExport(report, template, lang, scope));
      if (missing.length > 0) {
        const list = (lang: Lang) => missing.map((i) => `  – ${describeIssueWithCard(i, report, template, lang)}`).join('\n');
        throw new BilanError('export.missingTexts', { count: missing.length, list });
      }
    }
    const fonts = this.fonts(template);
    // Loaded on demand: the two renderers and their libraries are most of the start-up time.
    const { renderPdf } = formats.includes('pdf') ? await import('../../../shared/export/pdf/render.js') : { renderPdf: undefined };
    const { renderDocx } = formats.includes('docx') ? await import('../../../shared/export/docx/render.js') : { renderDocx: undefined };
    // The PNG fallback of the DOCX's charts (resvg), set up once per process.
    const rasterise = renderDocx ? await chartRasteriser() : undefined;
    const outputs: { path: string; bytes: Uint8Array }[] = [];
    const steps = formats.length * langs.length;
    let step = 0;
    for (const lang of langs) {
      const built = buildLayout(report, template, lang, media, {
        allowMissing: (request.allowMissing ?? false) || (request.review ?? false),
        ...(request.cardIds ? { cardIds: request.cardIds } : {}),
        ...(request.review ? { afterCard: (card: Card) => cardReviewBlocks(report, template, card, lang) } : {}),
      });
      const layout = request.review ? asReviewCopy(built) : built;
      const progress = (stage: string): ProgressListener => (done) => request.onProgress?.((step + done) / steps, `${stage} (${lang})`);
      if (renderPdf) {
        const pdf = await renderPdf(layout, fonts, progress('pdf'), { deflate: deflateInPool });
        outputs.push({ path: targets.paths.get(`pdf-${lang}`)!, bytes: pdf.bytes });
        step++;
      }
      // The DOCX needs no PDF pass: its table of contents leaves the page numbers to Word.
      if (renderDocx) {
        const bytes = await renderDocx(layout, fonts, { onProgress: progress('docx'), zip: zipParts, ...(rasterise ? { rasterise } : {}) });
        outputs.push({ path: targets.paths.get(`docx-${lang}`)!, bytes });
        step++;
      }
    }
    await request.beforeWrite?.();
    try {
      await writeFilesAtomic(outputs, targets.folder ? { folder: targets.folder } : {});
    } catch (cause) {
      if (cause instanceof TargetIsFolderError) throw new BilanError('export.targetIsFolder', { path: cause.path }, { cause });
      throw new BilanError('export.writeFailed', { file: request.out, detail: (cause as NodeJS.ErrnoException).code ?? String(cause) }, { cause });
    }
    const warnings = langs.includes('en') ? validateReport(report, template, ['en']).filter((i) => i.code === 'out-of-date' && (!scope || (i.target.kind === 'card' && scope.has(i.target.id)))) : [];
    return { files: outputs.map((o) => o.path), warnings };
  }

  /**
   * Where each output goes: `out` itself for one file (or `out/rapport-fr.pdf` when `out` is a
   * folder); `out/rapport-fr.pdf`… for several, with the folder to create. Checked before
   * anything is rendered, so that a wrong destination costs no time and writes nothing.
   */
  private async targets(out: string, formats: readonly ExportFormat[], langs: readonly Lang[], review = false): Promise<{ paths: Map<string, string>; folder?: string }> {
    const paths = new Map<string, string>();
    const info = await stat(out).catch(() => undefined);
    const named = (lang: Lang, format: ExportFormat) => `${t(lang, review ? 'export.review.fileName' : 'export.fileName')}.${format}`;
    if (formats.length * langs.length === 1 && !info?.isDirectory()) {
      const [format, lang] = [formats[0]!, langs[0]!];
      // A name without its format's extension is most often a folder meant, or a typo: refused
      // rather than written as a file no viewer opens by a double click.
      if (extname(out).toLowerCase() !== `.${format}`) throw new BilanError('export.needExtension', { path: out, format, example: `${out.replace(/[/\\]+$/, '')}.${format}` });
      await this.checkFolder(dirname(out));
      paths.set(`${format}-${lang}`, out);
      return { paths };
    }
    if (info && !info.isDirectory()) throw new BilanError('export.needFolder', { path: out });
    const extension = extname(out).slice(1).toLowerCase();
    if (!info && (EXPORT_FORMATS as readonly string[]).includes(extension)) {
      throw new BilanError('export.severalNeedFolder', { path: out, count: formats.length * langs.length, format: extension, example: out.slice(0, -extension.length - 1) });
    }
    await this.checkFolder(dirname(out));
    for (const lang of langs) for (const format of formats) paths.set(`${format}-${lang}`, join(out, named(lang, format)));
    for (const path of paths.values()) if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new BilanError('export.targetIsFolder', { path });
    return { paths, folder: out };
  }

  private async checkFolder(dir: string): Promise<void> {
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new BilanError('export.noFolder', { path: dir });
    if (!info.isDirectory()) throw new BilanError('export.parentIsFile', { path: dir });
  }
}

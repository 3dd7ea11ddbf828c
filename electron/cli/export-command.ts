import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { describeIssueWithCard } from '../../shared/validate/describe.js';
import { chartRasteriser } from '../main/services/chart-raster.js';
import { EXPORT_FORMATS, type ExportFormat } from '../main/services/export-service.js';
import { command } from './command.js';
import { EXIT } from './exit-codes.js';
import { langsOption, oneFile } from './report-commands.js';
import { exporter, openReport, templates } from './services.js';

function formatsOption(value: string | undefined): ExportFormat[] {
  const formats = (value ?? 'pdf').split(',');
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new BilanError('cli.badFormat', { value: f });
  return formats as ExportFormat[];
}

export const exportCommand = command({
  summary: 'cli.export.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: {
    out: { type: 'string', short: 'o', value: 'cli.value.path', required: true, help: 'cli.export.opt.out' },
    format: { type: 'string', short: 'f', value: 'cli.value.formats', help: 'cli.export.opt.format' },
    lang: { type: 'string', short: 'l', value: 'cli.value.langs', help: 'cli.export.opt.lang' },
    'allow-missing': { type: 'boolean', help: 'cli.export.opt.allowMissing' },
    review: { type: 'boolean', help: 'cli.export.opt.review' },
  },
  example: 'cli.export.example',
  async run({ values, positionals, lang, io }) {
    const file = oneFile(positionals, 'export');
    if (!values.out) throw new BilanError('cli.exportUsage', {});
    // Options are checked before the report is read: a typo costs no time.
    const formats = formatsOption(values.format);
    // The internal review copy is a PDF: asked without --format, it is one.
    if (values.review && formats.some((f) => f !== 'pdf')) throw new BilanError('export.reviewPdfOnly', {});
    const langs = langsOption(values.lang, ['fr']);
    // A DOCX's charts are drawn by resvg, whose WebAssembly V8 compiles on its own threads: begun
    // now, that runs while the report is read and checked. A failure is the export's to report.
    if (formats.includes('docx')) chartRasteriser().catch(() => {});
    const { report, media } = await openReport(file);
    let shown = -1;
    let result;
    try {
      result = await exporter.export({
        report,
        media,
        formats,
        langs,
        out: values.out,
        allowMissing: values['allow-missing'] ?? false,
        review: values.review ?? false,
        onProgress: (done, stage) => {
          const percent = Math.floor(done * 10) * 10;
          if (percent > shown) {
            shown = percent;
            io.err(t(lang, 'cli.exportProgress', { percent, stage }));
          }
        },
      });
    } catch (error) {
      // Missing texts are the report's state, not a mistake in the command: status 1, as validate.
      if (error instanceof BilanError && (error.key === 'export.missingTexts' || error.key === 'export.notApproved')) {
        io.err(error.describe(lang));
        return EXIT.blocked;
      }
      throw error;
    }
    const template = templates.forReport(report);
    for (const w of result.warnings) io.err(`! ${forTerminal(describeIssueWithCard(w, report, template, lang))}`);
    for (const f of result.files) io.out(t(lang, 'cli.exported', { file: f }));
    return EXIT.done;
  },
});

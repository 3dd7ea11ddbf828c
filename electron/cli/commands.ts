import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { BilanError } from '../../shared/i18n/errors.js';
import { formatPercent, langFromLocale, t } from '../../shared/i18n/i18n.js';
import { Lang } from '../../shared/model/localized.js';
import { Report } from '../../shared/model/report.js';
import { newReport } from '../../shared/report/create.js';
import { contentIn } from '../../shared/report/localized.js';
import { reportCompleteness, share } from '../../shared/report/completeness.js';
import { headline, progressSummary } from '../../shared/report/summary.js';
import { cardHeading, describeIssueWithCard, describeValidationIssue } from '../../shared/validate/describe.js';
import { blocksPublication, validateReport } from '../../shared/validate/validate.js';
import { ReportFiles } from '../main/services/report-files.js';
import { TemplateStore } from '../main/services/template-store.js';
import { EXPORT_FORMATS, ExportService, type ExportFormat } from '../main/services/export-service.js';
import { PackageService } from '../main/services/package-service.js';
import { conflictKey, type Resolution } from '../../shared/merge/resolve.js';
import { describeIgnored, withoutUnusedPictures } from '../../shared/merge/import.js';
import { cmdServe } from './serve-command.js';

/** What a command prints and the exit status it ends with. */
interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Questions to a person at a terminal; without one, every answer is no. */
export interface Interactive {
  confirm(question: string): Promise<boolean>;
}

const noTerminal: Interactive = { confirm: async () => false };

/** The user's language, from the usual locale variables. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

const templates = new TemplateStore();
const files = new ReportFiles(templates);
const exporter = new ExportService(templates);
const packages = new PackageService(files, templates);

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new BilanError('cli.badArguments', { detail: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
}

function langsOption(value: unknown): Lang[] {
  if (value === undefined) return ['fr', 'en'];
  const langs = String(value).split(',');
  for (const l of langs) if (!Lang.safeParse(l).success) throw new BilanError('cli.badLang', { value: l });
  return langs as Lang[];
}

function onePositional(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new BilanError('cli.needFile', { command });
  return positionals[0]!;
}

async function cmdNew(args: string[], lang: Lang, io: Output): Promise<number> {
  const { values } = parse(args, { template: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  if (!values.template || !values.out) throw new BilanError('cli.newUsage', { templates: templates.ids().join(', ') });
  const out = String(values.out);
  if (existsSync(out) && !values.force) throw new BilanError('cli.exists', { file: out });
  const report = newReport(templates.get(String(values.template)));
  await files.save(out, report, new Map());
  io.out(t(lang, 'cli.created', { file: out, template: report.template.id }));
  return 0;
}

async function cmdValidate(args: string[], lang: Lang, io: Output): Promise<number> {
  const { values, positionals } = parse(args, { lang: { type: 'string' }, json: { type: 'boolean' } });
  const file = onePositional(positionals, 'validate');
  const langs = langsOption(values.lang);
  const { report } = await files.open(file);
  const template = templates.get(report.template.id);
  const issues = validateReport(report, template, langs);
  const blocked = blocksPublication(issues);
  if (values.json) {
    io.out(JSON.stringify({ file, languages: langs, publishable: !blocked, issues: issues.map((i) => ({ ...i, message: describeValidationIssue(i, report, template, lang) })) }, null, 2));
    return blocked ? 1 : 0;
  }
  let heading = '';
  for (const issue of issues) {
    const group = issue.target.kind === 'card' ? cardHeading(report, template, issue.target.id, lang) : t(lang, 'cli.reportPart');
    if (group !== heading) {
      io.out(group);
      heading = group;
    }
    io.out(`  ${issue.severity === 'error' ? '✗' : '!'} ${describeValidationIssue(issue, report, template, lang)}`);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  io.out(t(lang, blocked ? 'cli.validateBlocked' : 'cli.validateOk', { errors, warnings: issues.length - errors, file }));
  return blocked ? 1 : 0;
}

async function cmdInfo(args: string[], lang: Lang, io: Output): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = onePositional(positionals, 'info');
  const { report, media } = await files.open(file);
  const template = templates.get(report.template.id);
  const completeness = { fr: share(reportCompleteness(report, template, 'fr')), en: share(reportCompleteness(report, template, 'en')) };
  const summary = progressSummary(report, template);
  const title = contentIn(report.title, lang) ?? contentIn(report.title, 'fr') ?? '';
  if (values.json) {
    io.out(JSON.stringify({ file, title: { fr: contentIn(report.title, 'fr') ?? '', en: contentIn(report.title, 'en') ?? '' }, template: report.template, period: report.period, cards: report.cards.length, ambitions: report.ambitions.length, institutions: report.institutions.length, chapters: report.chapters.length, images: media.size, completeness, headline: summary && { count: summary.count, total: summary.total, fr: headline(summary, template, 'fr'), en: headline(summary, template, 'en') } }, null, 2));
    return 0;
  }
  io.out(t(lang, 'info.title', { title: title || t(lang, 'info.untitled') }));
  io.out(t(lang, 'info.template', { name: template.name[lang], id: template.id, version: report.template.version }));
  io.out(t(lang, 'info.period', { period: report.period || '—' }));
  io.out(t(lang, 'info.counts', { cards: report.cards.length, card: template.card.name[lang], ambitions: report.ambitions.length, institutions: report.institutions.length, chapters: report.chapters.length, images: media.size }));
  io.out(t(lang, 'info.completeness', { fr: formatPercent(lang, completeness.fr), en: formatPercent(lang, completeness.en) }));
  if (summary && summary.total > 0) io.out(t(lang, 'info.headline', { headline: headline(summary, template, lang) }));
  return 0;
}

function formatsOption(value: unknown): ExportFormat[] {
  const formats = String(value ?? 'pdf').split(',');
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new BilanError('cli.badFormat', { value: f });
  return formats as ExportFormat[];
}

async function cmdExport(args: string[], lang: Lang, io: Output): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, 'allow-missing': { type: 'boolean' } });
  const file = onePositional(positionals, 'export');
  if (!values.out) throw new BilanError('cli.exportUsage', {});
  const { report, media } = await files.open(file);
  let shown = -1;
  const result = await exporter.export({
    report,
    media,
    formats: formatsOption(values.format),
    langs: langsOption(values.lang ?? 'fr'),
    out: String(values.out),
    allowMissing: values['allow-missing'] ?? false,
    onProgress: (done, stage) => {
      const percent = Math.floor(done * 10) * 10;
      if (percent > shown) {
        shown = percent;
        io.err(t(lang, 'cli.exportProgress', { percent, stage }));
      }
    },
  });
  const template = templates.get(report.template.id);
  for (const w of result.warnings) {
    io.err(`! ${describeIssueWithCard(w, report, template, lang)}`);
  }
  for (const f of result.files) io.out(t(lang, 'cli.exported', { file: f }));
  return 0;
}

async function cmdPackages(args: string[], lang: Lang, io: Output): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, deadline: { type: 'string' }, message: { type: 'string' } });
  const file = onePositional(positionals, 'packages');
  if (!values.out) throw new BilanError('cli.packagesUsage', {});
  if (values.deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.deadline)) throw new BilanError('cli.badDate', { value: values.deadline });
  const opened = await files.open(file);
  const written = await packages.cutAll(opened, String(values.out), { deadline: values.deadline ?? null, message: values.message ?? '' });
  for (const w of written) io.out(t(lang, 'cli.packageWritten', { file: w.file, cards: w.cards }));
  return 0;
}

async function cmdMerge(args: string[], lang: Lang, io: Output, interactive: Interactive): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, 'apply-clean': { type: 'boolean' }, name: { type: 'string' }, email: { type: 'string' } });
  const [file, ...packageFiles] = positionals;
  if (!file || packageFiles.length === 0) throw new BilanError('cli.mergeUsage', {});
  let opened = await files.open(file);
  const template = templates.get(opened.report.template.id);
  const by = values.name ? { name: values.name, email: values.email ?? '' } : null;
  let conflicts = 0;
  let applied = 0;
  const before = opened.media;
  for (const packageFile of packageFiles) {
    const plan = await packages.plan(opened, packageFile);
    if (plan.alreadyImported) {
      io.out(t(lang, 'cli.mergeAlready', { file: packageFile }));
      continue;
    }
    for (const item of plan.ignored) io.err(`! ${packageFile}: ${describeIgnored(item, lang)}`);
    for (const c of plan.conflicts) {
      const where = `${cardHeading(opened.report, template, c.cardId, lang)} – ${template.card.fields.find((f) => f.id === c.field)?.label[lang] ?? c.field}${c.lang ? ` [${c.lang.toUpperCase()}]` : ''}`;
      io.out(t(lang, 'cli.mergeConflict', { file: packageFile, where }));
    }
    conflicts += plan.conflicts.length;
    const changed = plan.merges.reduce((n, m) => n + m.changed.length, 0);
    io.out(t(lang, 'cli.mergePlanned', { file: packageFile, changed, conflicts: plan.conflicts.length }));
    // Conflicts keep the coordinator's text: they are settled in the app, side by side.
    opened = packages.apply(opened, plan, new Map<string, Resolution>(plan.conflicts.map((c) => [conflictKey(c), { choice: 'ours' }])), by);
    applied += changed;
  }
  const confirmed = values['apply-clean'] || (await interactive.confirm(t(lang, 'cli.mergeConfirm', { changed: applied })));
  if (!confirmed) {
    io.err(t(lang, 'cli.mergeNotApplied', { file }));
    return conflicts > 0 ? 1 : 0;
  }
  const out = values.out ?? file;
  const merged = withoutUnusedPictures(opened, before);
  await files.save(out, merged.report, merged.media);
  io.out(t(lang, 'cli.mergeSaved', { file: out, changed: applied }));
  return conflicts > 0 ? 1 : 0;
}

function cmdSchema(io: Output): number {
  const schema = z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'input' });
  io.out(JSON.stringify({ ...schema, $id: 'https://bilan.example/schema/report-1.json', title: 'Bilan report (report.json)' }, null, 2));
  return 0;
}

/** Runs one command line; returns the exit status. Never throws: errors are printed for people. */
export async function run(argv: string[], io: Output, lang: Lang = systemLang(), interactive: Interactive = noTerminal): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'new':
        return await cmdNew(rest, lang, io);
      case 'validate':
        return await cmdValidate(rest, lang, io);
      case 'info':
        return await cmdInfo(rest, lang, io);
      case 'schema':
        return cmdSchema(io);
      case 'export':
        return await cmdExport(rest, lang, io);
      case 'packages':
        return await cmdPackages(rest, lang, io);
      case 'merge':
        return await cmdMerge(rest, lang, io, interactive);
      case 'serve':
        return await cmdServe(rest, lang, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(t(lang, 'cli.help'));
        return 0;
      default:
        throw new BilanError('cli.unknownCommand', { command });
    }
  } catch (error) {
    if (error instanceof BilanError) {
      io.err(error.describe(lang));
      return 2;
    }
    io.err(t(lang, 'cli.unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    return 3;
  }
}


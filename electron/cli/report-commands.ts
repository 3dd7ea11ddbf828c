import { existsSync } from 'node:fs';
import { z } from 'zod';
import { BilanError } from '../../shared/i18n/errors.js';
import { formatPercent, t } from '../../shared/i18n/i18n.js';
import { Lang } from '../../shared/model/localized.js';
import { Report, type ReviewState } from '../../shared/model/report.js';
import { isOpen } from '../../shared/review/comments.js';
import { reviewCounts } from '../../shared/review/states.js';
import { newReport } from '../../shared/report/create.js';
import { NoMappingError, reportFrom } from '../../shared/report/from-template.js';
import { reportCompleteness, share } from '../../shared/report/completeness.js';
import { contentIn } from '../../shared/report/localized.js';
import { headline, progressSummary } from '../../shared/report/summary.js';
import { adjustmentCounts } from '../../shared/report/template-adjustments.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { cardHeading, describeValidationIssue } from '../../shared/validate/describe.js';
import { blocksPublication, validateReport } from '../../shared/validate/validate.js';
import { command } from './command.js';
import { EXIT } from './exit-codes.js';
import { checkOutFile, files, openReport, templates } from './services.js';

/** The review conversation in figures: comments open and resolved, replies, cards per review state. */
export function reviewFigures(report: Report): { comments: { open: number; resolved: number; replies: number }; states: Record<ReviewState, number>; requireApproval: boolean } {
  const comments = report.comments ?? [];
  const open = comments.filter(isOpen).length;
  return {
    comments: { open, resolved: comments.length - open, replies: comments.reduce((n, c) => n + c.replies.length, 0) },
    states: reviewCounts(report),
    requireApproval: report.settings?.requireApproval ?? false,
  };
}

/** The languages of `--lang fr,en`; both when the option is absent. */
export function langsOption(value: string | undefined, fallback: Lang[] = ['fr', 'en']): Lang[] {
  if (value === undefined) return fallback;
  const langs = value.split(',');
  for (const l of langs) if (!Lang.safeParse(l).success) throw new BilanError('cli.badLang', { value: l });
  return langs as Lang[];
}

/** The one report file a command works on. */
export function oneFile(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new BilanError('cli.needFile', { command });
  return positionals[0]!;
}

const lang = { type: 'string', short: 'l', value: 'cli.value.langs', help: 'cli.validate.opt.lang' } as const;
const json = { type: 'boolean', help: 'cli.opt.json' } as const;

export const newCommand = command({
  summary: 'cli.new.summary',
  maxPositionals: 0,
  options: {
    template: { type: 'string', short: 't', value: 'cli.value.template', required: true, help: 'cli.new.opt.template' },
    out: { type: 'string', short: 'o', value: 'cli.value.file', required: true, help: 'cli.new.opt.out' },
    force: { type: 'boolean', help: 'cli.new.opt.force' },
    from: { type: 'string', value: 'cli.value.file', help: 'cli.new.opt.from' },
  },
  example: 'cli.new.example',
  helpParams: () => ({ templates: templates.ids().join(', ') }),
  async run({ values, lang, io }) {
    if (!values.template || !values.out) throw new BilanError('cli.newUsage', { templates: templates.ids().join(', ') });
    const out = values.out;
    await checkOutFile(out);
    if (existsSync(out) && !values.force) throw new BilanError('cli.exists', { file: out });
    const template = templates.get(values.template);
    let report = newReport(template);
    let media = new Map<string, Uint8Array>();
    if (values.from !== undefined) {
      // A report started from another (an action plan): the target template says what comes along.
      const source = await openReport(values.from);
      try {
        report = reportFrom(source.report, template);
      } catch (error) {
        if (!(error instanceof NoMappingError)) throw error;
        throw new BilanError('cli.newFromNoMapping', { file: values.from, source: error.source, target: error.target, known: error.known.join(', ') || '—' }, { cause: error });
      }
      media = new Map(report.media.map((m) => [m.file, source.media.get(m.file)!]));
    }
    await files.save(out, report, media);
    if (values.from !== undefined) io.out(t(lang, 'cli.createdFrom', { file: out, template: report.template.id, from: values.from, cards: report.cards.length }));
    else io.out(t(lang, 'cli.created', { file: out, template: report.template.id }));
    return EXIT.done;
  },
});

export const validateCommand = command({
  summary: 'cli.validate.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: { lang, json },
  example: 'cli.validate.example',
  async run({ values, positionals, lang, io, json }) {
    const file = oneFile(positionals, 'validate');
    const langs = langsOption(values.lang);
    const { report } = await openReport(file);
    const template = templates.forReport(report);
    const issues = validateReport(report, template, langs);
    const blocked = blocksPublication(issues);
    const status = blocked ? EXIT.blocked : EXIT.done;
    if (values.json) {
      json({ file, languages: langs, publishable: !blocked, issues: issues.map((i) => ({ ...i, message: describeValidationIssue(i, report, template, lang) })), review: reviewFigures(report) });
      return status;
    }
    let heading = '';
    for (const issue of issues) {
      // A card's title and the field text a message quotes come from the report: one line each.
      const group = forTerminal(issue.target.kind === 'card' ? cardHeading(report, template, issue.target.id, lang) : t(lang, 'cli.reportPart'));
      if (group !== heading) {
        io.out(group);
        heading = group;
      }
      io.out(`  ${issue.severity === 'error' ? '✗' : '!'} ${forTerminal(describeValidationIssue(issue, report, template, lang))}`);
    }
    const errors = issues.filter((i) => i.severity === 'error').length;
    io.out(t(lang, blocked ? 'cli.validateBlocked' : 'cli.validateOk', { errors, warnings: issues.length - errors, file }));
    return status;
  },
});

export const infoCommand = command({
  summary: 'cli.info.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: { json },
  example: 'cli.info.example',
  async run({ values, positionals, lang, io, json }) {
    const file = oneFile(positionals, 'info');
    const { report, media } = await openReport(file);
    const template = templates.forReport(report);
    const completeness = { fr: share(reportCompleteness(report, template, 'fr')), en: share(reportCompleteness(report, template, 'en')) };
    const summary = progressSummary(report, template);
    if (values.json) {
      json({ file, title: { fr: contentIn(report.title, 'fr') ?? '', en: contentIn(report.title, 'en') ?? '' }, template: report.template, templateAdjustments: report.templateAdjustments ?? null, period: report.period, cards: report.cards.length, ambitions: report.ambitions.length, institutions: report.institutions.length, chapters: report.chapters.length, images: media.size, completeness, headline: summary && { count: summary.count, total: summary.total, unrated: summary.unrated, fr: headline(summary, template, 'fr'), en: headline(summary, template, 'en') }, review: reviewFigures(report) });
      return EXIT.done;
    }
    const title = forTerminal(contentIn(report.title, lang) ?? contentIn(report.title, 'fr') ?? '');
    io.out(t(lang, 'info.title', { title: title || t(lang, 'info.untitled') }));
    io.out(t(lang, 'info.template', { name: template.name[lang], id: template.id, version: report.template.version }));
    if (report.templateAdjustments) io.out(t(lang, 'info.adjusted', { ...adjustmentCounts(report.templateAdjustments) }));
    io.out(t(lang, 'info.period', { period: forTerminal(report.period) || '—' }));
    io.out(t(lang, 'info.counts', { cards: report.cards.length, card: template.card.name[lang], ambitions: report.ambitions.length, institutions: report.institutions.length, chapters: report.chapters.length, images: media.size }));
    io.out(t(lang, 'info.completeness', { fr: formatPercent(lang, completeness.fr), en: formatPercent(lang, completeness.en) }));
    if (summary && summary.total > 0) io.out(t(lang, 'info.headline', { headline: forTerminal(headline(summary, template, lang)) }));
    const review = reviewFigures(report);
    io.out(t(lang, 'info.review', { ...review.states, open: review.comments.open, resolved: review.comments.resolved }));
    if (review.requireApproval) io.out(t(lang, 'info.requireApproval', { waiting: report.cards.length - review.states.approved }));
    return EXIT.done;
  },
});

export const schemaCommand = command({
  summary: 'cli.schema.summary',
  maxPositionals: 0,
  options: {},
  run({ json }) {
    const schema = z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'input' });
    json({ ...schema, $id: 'https://bilan.example/schema/report-1.json', title: 'Bilan report (report.json)' });
    return EXIT.done;
  },
});

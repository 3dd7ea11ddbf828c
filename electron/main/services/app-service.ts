import { readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { BilanApi } from '../../../shared/ipc/api.js';
import type { AmbitionOutline, CardOutline, LocaleInfo, ReportSummary, SampleEntry, TemplateInfo } from '../../../shared/ipc/dto.js';
import { fail, ok, type ApiError, type ByLang, type Result } from '../../../shared/ipc/result.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { fill, langFromLocale } from '../../../shared/i18n/i18n.js';
import type { Lang, LocalizedText } from '../../../shared/model/localized.js';
import type { Card, Report } from '../../../shared/model/report.js';
import { findField, type Template } from '../../../shared/model/template.js';
import { cardCompleteness, reportCompleteness, share } from '../../../shared/report/completeness.js';
import { contentIn } from '../../../shared/report/localized.js';
import { headline, progressSummary } from '../../../shared/report/summary.js';
import { sortedCards } from '../../../shared/validate/validate.js';
import { mainMessage, type MainMessageKey } from '../i18n/messages.js';
import { SEEDS_DIR } from './app-paths.js';
import { ReportFiles } from './report-files.js';
import { TemplateStore } from './template-store.js';

/** What the service needs from its surroundings; every part has a default for plain Node. */
export interface AppServiceOptions {
  templates?: TemplateStore;
  seedsDir?: string;
  /** The system locale, such as "fr-FR" (Electron's `app.getLocale()`). */
  locale?: () => string;
  /** Where unexpected failures are reported (they reach the user only as a generic message). */
  log?: (error: unknown) => void;
}

/** A report file argument: an absolute path to a `.bilan` file or unpacked folder. */
const ReportPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' })
  .refine(isAbsolute, { error: 'the path is not absolute' })
  .refine((p) => /\.bilan$/i.test(p), { error: 'the file name does not end in .bilan' });

/** The argument tuple each method accepts: anything else is refused before any work is done. */
const ARGS = {
  listTemplates: z.tuple([]),
  listSamples: z.tuple([]),
  openReport: z.tuple([ReportPath]),
  getLocale: z.tuple([]),
} satisfies Record<keyof BilanApi, z.ZodType>;

class RefusedError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message.en);
  }
}

function refused(key: MainMessageKey, params: Record<string, string> = {}): RefusedError {
  return new RefusedError({ key, message: mainMessage(key, params) });
}

/** Checks a method's arguments as the untrusted renderer sent them. */
function checkArgs<M extends keyof typeof ARGS>(method: M, args: unknown[]): z.infer<(typeof ARGS)[M]> {
  const parsed = ARGS[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused('ipc.badArgument', { detail: `${method}: ${issue?.message ?? 'invalid arguments'}` });
  }
  return parsed.data as z.infer<(typeof ARGS)[M]>;
}

const both = <T>(f: (lang: Lang) => T): ByLang<T> => ({ fr: f('fr'), en: f('en') });
const textIn = (value: LocalizedText | undefined) => both((lang) => contentIn(value, lang)?.trim() ?? '');

/**
 * The main process's side of `BilanApi`, in plain Node: the Electron shell forwards each IPC
 * request here, and the tests call it directly. It validates every argument (the renderer is
 * untrusted), opens only sample reports and files granted by the main process (a dialog, the
 * system), and never throws: each reply is a `Result`.
 */
export class AppService implements BilanApi {
  private readonly templates: TemplateStore;
  private readonly files: ReportFiles;
  private readonly seedsDir: string;
  private readonly locale: () => string;
  private readonly log: (error: unknown) => void;
  private readonly granted = new Set<string>();

  constructor(options: AppServiceOptions = {}) {
    this.templates = options.templates ?? new TemplateStore();
    this.files = new ReportFiles(this.templates);
    this.seedsDir = resolve(options.seedsDir ?? SEEDS_DIR);
    this.locale = options.locale ?? (() => Intl.DateTimeFormat().resolvedOptions().locale);
    this.log = options.log ?? ((error) => console.error(error));
  }

  /** Lets the renderer open a file the user chose outside it (open dialog, file association). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  listTemplates(...args: unknown[]): Promise<Result<TemplateInfo[]>> {
    return this.reply(async () => {
      checkArgs('listTemplates', args);
      return this.templates.ids().map((id) => {
        const t = this.templates.get(id);
        return { id, name: t.name, description: t.description };
      });
    });
  }

  listSamples(...args: unknown[]): Promise<Result<SampleEntry[]>> {
    return this.reply(async () => {
      checkArgs('listSamples', args);
      const entries = await readdir(this.seedsDir).catch(() => [] as string[]);
      const paths = entries.filter((name) => /\.bilan$/i.test(name)).sort().map((name) => join(this.seedsDir, name));
      return Promise.all(paths.map((path) => this.sample(path)));
    });
  }

  openReport(...args: unknown[]): Promise<Result<ReportSummary>> {
    return this.reply(async () => {
      const [path] = checkArgs('openReport', args);
      if (!this.isAllowed(path)) throw refused('ipc.notAllowed', { file: path });
      const { report } = await this.files.open(path);
      return this.summary(path, report, this.templates.get(report.template.id));
    });
  }

  getLocale(...args: unknown[]): Promise<Result<LocaleInfo>> {
    return this.reply(async () => {
      checkArgs('getLocale', args);
      const locale = this.locale();
      return { locale, lang: langFromLocale(locale.replace('-', '_')) };
    });
  }

  private lang(): Lang {
    return langFromLocale(this.locale().replace('-', '_'));
  }

  private isAllowed(path: string): boolean {
    const full = resolve(path);
    return this.granted.has(full) || resolve(full, '..') === this.seedsDir;
  }

  /** Runs a request and turns any failure into an error reply the user can read. */
  private async reply<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (error) {
      return fail(this.toApiError(error));
    }
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof RefusedError) return error.apiError;
    if (error instanceof BilanError) return { key: error.key, message: { fr: error.describe('fr'), en: error.describe('en') } };
    this.log(error);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    return { key: 'ipc.unexpected', message: mainMessage('ipc.unexpected', { detail }) };
  }

  private async sample(path: string): Promise<SampleEntry> {
    const fileName = basename(path);
    try {
      const { report } = await this.files.open(path);
      const template = this.templates.get(report.template.id);
      const summary = progressSummary(report, template);
      return {
        ok: true,
        path,
        fileName,
        title: textIn(report.title),
        period: report.period,
        template: { id: template.id, name: template.name },
        cardName: template.card.name,
        cards: report.cards.length,
        completeness: both((lang) => share(reportCompleteness(report, template, lang))),
        headline: summary ? both((lang) => headline(summary, template, lang)) : null,
      };
    } catch (error) {
      return { ok: false, path, fileName, error: this.toApiError(error) };
    }
  }

  private summary(path: string, report: Report, template: Template): ReportSummary {
    const outline = (card: Card) => this.cardOutline(card, report, template);
    const cards = sortedCards(report);
    const ambitions: AmbitionOutline[] = report.ambitions.map((a) => ({
      id: a.id,
      title: textIn(a.title),
      cards: cards.filter((c) => c.ambition === a.id).map(outline),
    }));
    const known = new Set(report.ambitions.map((a) => a.id));
    const progressDef = template.summary && findField(template, template.summary.field);
    const summary = progressSummary(report, template);
    return {
      path,
      title: textIn(report.title),
      period: report.period,
      template: { id: template.id, name: template.name },
      labels: {
        group: template.group.name,
        card: template.card.name,
        lead: findField(template, template.card.leadField)?.label ?? template.card.name,
        progress: progressDef?.label ?? null,
      },
      completeness: both((lang) => share(reportCompleteness(report, template, lang))),
      headline: summary ? both((lang) => headline(summary, template, lang)) : null,
      cardCount: report.cards.length,
      ambitions,
      unassigned: cards.filter((c) => c.ambition === null || !known.has(c.ambition)).map(outline),
    };
  }

  private cardOutline(card: Card, report: Report, template: Template): CardOutline {
    const titleValue = card.fields[template.card.titleField];
    const title = textIn(titleValue?.kind === 'text' ? titleValue : undefined);
    const leadValue = card.fields[template.card.leadField];
    const leads = (leadValue?.kind === 'institutions' ? leadValue.ids : []).map((id) => {
      const inst = report.institutions.find((i) => i.id === id);
      return textIn(inst?.name);
    });
    return {
      id: card.id,
      number: card.number,
      title,
      heading: both((lang) => fill(template.card.heading[lang], { number: card.number, title: title[lang] || '…' }).trim()),
      leads,
      progress: this.progressOf(card, template),
      completeness: both((lang) => share(cardCompleteness(card, template, lang))),
    };
  }

  private progressOf(card: Card, template: Template): CardOutline['progress'] {
    const fieldId = template.summary?.field;
    const def = fieldId ? findField(template, fieldId) : undefined;
    const value = fieldId ? card.fields[fieldId] : undefined;
    if (!def || def.kind !== 'choice' || !def.scale || value?.kind !== 'choice' || value.value === null) return null;
    const options = template.scales[def.scale]?.options ?? [];
    const rank = options.findIndex((o) => o.id === value.value);
    const option = options[rank];
    return option ? { level: option.id, label: option.label, rank, steps: options.length } : null;
  }
}

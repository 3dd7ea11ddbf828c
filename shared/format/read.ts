import type { z } from 'zod';
import { BilanError } from '../i18n/errors.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import { LIMITS } from '../model/limits.js';
import { FORMAT_NAME, FORMAT_VERSION, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import type { ReportEntries } from './container.js';
import { checkIntegrity } from './integrity.js';
import { describeLocation } from './location.js';

/** A report as opened: the document and its images. */
export interface OpenedReport {
  report: Report;
  media: Map<string, Uint8Array>;
}

/** Deepest nesting of a parsed JSON value, measured without recursion. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (node && typeof node === 'object') {
      for (const child of Object.values(node)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** The user-facing description of a schema problem, without its location. */
export function describeIssue(lang: Lang, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t(lang, 'schema.missing') : t(lang, 'schema.type', { expected: issue.expected });
    case 'too_big':
      return issue.origin === 'string'
        ? t(lang, 'schema.tooLong', { max: Number(issue.maximum) })
        : t(lang, 'schema.tooBig', { max: Number(issue.maximum) });
    case 'too_small':
      return t(lang, 'schema.tooSmall', { min: Number(issue.minimum) });
    case 'unrecognized_keys':
      return t(lang, 'schema.unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_value':
      return t(lang, 'schema.value', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_format':
      return t(lang, 'schema.format', { format: issue.format });
    case 'invalid_union':
      return t(lang, 'schema.union');
    default: {
      const key = `schema.${issue.message}`;
      return key in KNOWN_CUSTOM ? t(lang, key as MessageKey) : issue.message;
    }
  }
}
const KNOWN_CUSTOM = { 'schema.unsafe-url': 1, 'schema.ragged-table': 1, 'schema.table-widths': 1, 'schema.bad-id': 1, 'schema.bad-media-file': 1 };

/**
 * Parses and checks a report's entries: JSON, format and version, schema, internal references,
 * and conformance to its template. Throws a BilanError naming the file and the place at fault.
 * `lang` is only used to word the location inside the error.
 */
export function readReport(entries: ReportEntries, file: string, template: (id: string, version: number) => Template, lang: Lang = 'en'): OpenedReport {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(entries.json);
  } catch (cause) {
    throw new BilanError('open.encoding', { file }, { cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new BilanError('open.json', { file, detail: cause instanceof Error ? cause.message.slice(0, 200) : '' }, { cause });
  }
  if (jsonDepth(raw, LIMITS.jsonDepth) > LIMITS.jsonDepth) throw new BilanError('open.tooDeep', { file, max: LIMITS.jsonDepth });
  const head = (raw && typeof raw === 'object' ? raw : {}) as { format?: unknown; version?: unknown; template?: { id?: unknown; version?: unknown } };
  if (head.format !== FORMAT_NAME) throw new BilanError('open.foreignJson', { file });
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw new BilanError('open.invalid', { file, where: describeLocation(lang, ['version'], raw), what: t(lang, 'schema.type', { expected: 'int' }) });
  }
  if (head.version > FORMAT_VERSION) throw new BilanError('open.tooNew', { file, version: head.version, supported: FORMAT_VERSION });

  const tpl = head.template && typeof head.template.id === 'string' && typeof head.template.version === 'number' ? template(head.template.id, head.template.version) : undefined;
  const parsed = Report.safeParse(raw, { reportInput: false });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BilanError('open.invalid', { file, where: describeLocation(lang, issue.path, raw, tpl), what: describeIssue(lang, issue) });
  }
  const report = parsed.data;
  const problem = checkIntegrity(report, entries.media, tpl ?? template(report.template.id, report.template.version));
  if (problem) {
    throw new BilanError('open.invalid', { file, where: describeLocation(lang, problem.path, raw, tpl), what: t(lang, problem.key, problem.params) });
  }
  return { report, media: new Map(entries.media) };
}

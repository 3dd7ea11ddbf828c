import type { z } from 'zod';
import { BilanError } from '../i18n/errors.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import { LIMITS } from '../model/limits.js';
import { FORMAT_NAME, FORMAT_VERSION, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import type { ReportEntries } from './container.js';
import { checkIntegrity } from './integrity.js';
import { describeLocation, valueAt } from './location.js';

/** A report as opened: the document and its images. */
export interface OpenedReport {
  report: Report;
  media: Map<string, Uint8Array>;
}

/** Deepest nesting of a parsed JSON value, measured without recursion; stops counting once past `limit`. */
export function jsonDepth(value: unknown, limit: number): number {
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

type Issue = z.core.$ZodIssue;

/**
 * The most telling issue of a schema failure. When a value matches none of a union's kinds
 * (a rich-text block, say), the branch whose `type` did match says what is really wrong.
 */
export function telling(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const wrongKind = (branch: Issue[]) => branch.some((i) => i.code === 'invalid_value' && i.path.length === 1 && i.path[0] === 'type');
  const branch = issue.errors.find((b) => b.length > 0 && !wrongKind(b));
  if (!branch) return issue;
  const inner = branch[0]!;
  return telling({ ...inner, path: [...issue.path, ...inner.path] } as Issue);
}

/** The user-facing description of a schema problem, without its location. */
export function describeIssue(lang: Lang, issue: Issue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(raw, issue.path) === undefined) return t(lang, 'schema.missing');
      return t(lang, 'schema.type', { expected: TYPE_NAMES.includes(issue.expected) ? t(lang, `type.${issue.expected}` as MessageKey) : issue.expected });
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
      // A pattern with a message of its own (an id, a digest) says what it expects, not "regex".
      if (`schema.${issue.message}` in KNOWN_CUSTOM) return t(lang, `schema.${issue.message}` as MessageKey);
      return t(lang, 'schema.format', { format: issue.format });
    case 'invalid_union':
      return t(lang, 'schema.union');
    default: {
      const key = `schema.${issue.message}`;
      return key in KNOWN_CUSTOM ? t(lang, key as MessageKey) : issue.message;
    }
  }
}
const TYPE_NAMES: string[] = ['string', 'number', 'int', 'boolean', 'object', 'array', 'null'];
const KNOWN_CUSTOM = { 'schema.unsafe-url': 1, 'schema.ragged-table': 1, 'schema.table-widths': 1, 'schema.bad-id': 1, 'schema.bad-media-file': 1, 'schema.bad-digest': 1 };

/** Finds the template a report names; as an error, names the report that asked for it. */
function templateFor(find: (id: string, version: number) => Template, id: string, version: number, file: string): Template {
  try {
    return find(id, version);
  } catch (error) {
    if (error instanceof BilanError && (error.key === 'template.unknown' || error.key === 'template.tooNew')) {
      throw new BilanError('open.template', { file, detail: (lang) => error.describe(lang) }, { cause: error });
    }
    throw error;
  }
}

/**
 * Parses and checks a report's entries: JSON, format and version, schema, internal references,
 * and conformance to its template. Throws a BilanError naming the file and the place at fault.
 */
export function readReport(entries: ReportEntries, file: string, template: (id: string, version: number) => Template): OpenedReport {
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
    throw new BilanError('open.invalid', { file, where: (lang) => describeLocation(lang, ['version'], raw), what: (lang) => t(lang, 'schema.type', { expected: t(lang, 'type.int') }) });
  }
  if (head.version > FORMAT_VERSION) throw new BilanError('open.tooNew', { file, version: head.version, supported: FORMAT_VERSION });

  const tpl = head.template && typeof head.template.id === 'string' && typeof head.template.version === 'number' ? templateFor(template, head.template.id, head.template.version, file) : undefined;
  // Without zod's generated fast path (`jitless`): the same checks and the same issues, by its
  // reference parser. Generating and compiling that code costs more than it saves on one report
  // read by a process that lives a second (processor time of the parse, the sample 84 → 67 ms,
  // the 69-page report 178 → 152 ms, medians of 8 runs each).
  const parsed = Report.safeParse(raw, { reportInput: false, jitless: true });
  if (!parsed.success) {
    const issue = telling(parsed.error.issues[0]!);
    throw new BilanError('open.invalid', { file, where: (lang) => describeLocation(lang, issue.path, raw, tpl), what: (lang) => describeIssue(lang, issue, raw) });
  }
  const report = parsed.data;
  const problem = checkIntegrity(report, entries.media, tpl ?? templateFor(template, report.template.id, report.template.version, file));
  if (problem) {
    throw new BilanError('open.invalid', { file, where: (lang) => describeLocation(lang, problem.path, raw, tpl), what: (lang) => t(lang, problem.key, problem.params) });
  }
  return { report, media: new Map(entries.media) };
}

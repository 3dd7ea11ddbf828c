import { BilanError } from '../i18n/errors.js';
import { t } from '../i18n/i18n.js';
import { Report } from '../model/report.js';
import { withChartVersion } from '../report/chart.js';
import type { Template } from '../model/template.js';
import { packContainer, type ZipWriter } from './container.js';
import { checkIntegrity } from './integrity.js';
import { describeLocation } from './location.js';
import { describeIssue, telling } from './read.js';

/**
 * The document's JSON text, as stored in the container (indented, so that seeds diff well). The
 * card versions come last and compact, one value and one point a line: indented, a rich-text
 * value takes two thirds more room, and a card's history holds many.
 */
export function reportJson(report: Report): string {
  const { cardVersions, ...rest } = report;
  const text = JSON.stringify(rest, null, 1);
  if (!cardVersions) return `${text}\n`;
  const values = cardVersions.values.map((v) => JSON.stringify(v)).join(',\n   ');
  const cards = Object.entries(cardVersions.cards)
    .map(([id, points]) => `${JSON.stringify(id)}: [\n   ${points.map((p) => JSON.stringify(p)).join(',\n   ')}\n  ]`)
    .join(',\n  ');
  const versions = `{\n  "values": [\n   ${values}\n  ],\n  "cards": {\n  ${cards}\n  }\n }`;
  // `text` ends with the closing brace of the document: the versions go just before it.
  return `${text.slice(0, -2)},\n "cardVersions": ${versions}\n}\n`;
}

/**
 * Checks a report as thoroughly as opening it would, then builds the container's bytes with
 * `zip` (fflate unless given; the main process passes Node's zlib). A report that could not be
 * opened again is never written: the error says why.
 */
export function encodeReport(report: Report, media: ReadonlyMap<string, Uint8Array>, template: Template, file: string, zip?: ZipWriter): Uint8Array {
  // A report holding a chart block is written as version 4, which introduced them.
  const parsed = Report.safeParse(withChartVersion(report));
  if (!parsed.success) {
    const issue = telling(parsed.error.issues[0]!);
    throw new BilanError('save.invalid', { file, where: (lang) => describeLocation(lang, issue.path, report, template), what: (lang) => describeIssue(lang, issue, report) });
  }
  const problem = checkIntegrity(parsed.data, media, template);
  if (problem) throw new BilanError('save.invalid', { file, where: (lang) => describeLocation(lang, problem.path, report, template), what: (lang) => t(lang, problem.key, problem.params) });
  const used = new Map<string, Uint8Array>();
  for (const m of parsed.data.media) used.set(m.file, media.get(m.file)!);
  return packContainer(reportJson(parsed.data), used, zip);
}

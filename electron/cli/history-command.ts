import { compareFields, sideOf, type Side } from '../../shared/history/compare.js';
import { pointsOf, type ResolvedPoint } from '../../shared/history/versions.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import type { Lang } from '../../shared/model/localized.js';
import type { FieldValue, Report } from '../../shared/model/report.js';
import { contentIn } from '../../shared/report/localized.js';
import { plainText } from '../../shared/report/text.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { wordDiff } from '../../shared/text/word-diff.js';
import { cardHeading } from '../../shared/validate/describe.js';
import { command } from './command.js';
import { EXIT } from './exit-codes.js';
import { oneFile } from './report-commands.js';
import { openReport, templates } from './services.js';

/** Kinds whose words differ by language: compared in both (the window does the same). */
const BOTH_LANGUAGES = new Set(['text', 'richText', 'rows', 'choice']);

/** A point as people read it: its kind, and who when known. */
function describePoint(point: ResolvedPoint, report: Report, lang: Lang): { kind: string; who: string | null } {
  const institution = (id: string | null | undefined) => {
    if (!id) return t(lang, 'cli.history.coordination');
    const inst = report.institutions.find((i) => i.id === id);
    return inst?.acronym?.[lang] || inst?.acronym?.fr || contentIn(inst?.name, lang) || contentIn(inst?.name, 'fr') || id;
  };
  const kind =
    point.kind === 'import'
      ? t(lang, 'cli.history.kind.import', { institution: institution(point.by?.institution) })
      : point.kind === 'review'
        ? t(lang, 'cli.history.kind.review', { state: point.state ? t(lang, `review.state.${point.state}`) : '' })
        : t(lang, `cli.history.kind.${point.kind}`);
  const who = point.kind === 'import' ? point.by?.name || null : point.by ? `${point.by.name} (${institution(point.by.institution)})` : null;
  return { kind, who };
}

/** A side as one text: rich text flattened to its words. */
function sideText(side: Side): string | null {
  return 'rich' in side ? (side.rich && side.rich.length ? plainText(side.rich) : null) : side.text;
}

/** A text's changes marked for a terminal: [-removed-] and {+added+}, as `git diff --word-diff` does. */
function marked(before: string | null, after: string | null): string {
  return wordDiff(before ?? '', after ?? '')
    .map((p) => (p.kind === 'added' ? `{+${p.text}+}` : p.kind === 'removed' ? `[-${p.text}-]` : p.text))
    .join('');
}

/**
 * `bilan history FILE --card ID`: the points of a card's history (saves, imports, review
 * states), numbered from 1, oldest first; with `--compare A B` (numbers, or `now` for the card as
 * it is), each field that differs between the two, word by word in each language.
 */
export const historyCommand = command({
  summary: 'cli.history.summary',
  args: 'cli.value.file',
  maxPositionals: 1,
  options: {
    card: { type: 'string', value: 'cli.value.card', required: true, help: 'cli.history.opt.card' },
    compare: { type: 'string', value: 'cli.value.points', help: 'cli.history.opt.compare' },
    json: { type: 'boolean', help: 'cli.opt.json' },
  },
  example: 'cli.history.example',
  async run({ values, positionals, lang, io, json }) {
    const file = oneFile(positionals, 'history');
    if (!values.card) throw new BilanError('cli.history.needCard', {});
    const { report } = await openReport(file);
    const template = templates.forReport(report);
    const card = report.cards.find((c) => c.id === values.card || c.number === values.card);
    if (!card) throw new BilanError('cli.history.unknownCard', { card: values.card, file });
    const points = pointsOf(report, card.id);
    const heading = cardHeading(report, template, card.id, lang);
    if (values.compare === undefined) {
      if (values.json) {
        const rows = points.map((p, i) => ({ point: i + 1, at: p.at, kind: p.kind, state: p.state ?? null, package: p.package ?? null, by: p.by ?? null, description: describePoint(p, report, lang).kind }));
        json({ file, card: card.id, number: card.number, points: rows });
        return EXIT.done;
      }
      io.out(forTerminal(heading));
      if (points.length === 0) io.out(t(lang, 'cli.history.none'));
      points.forEach((p, i) => {
        const { kind, who } = describePoint(p, report, lang);
        io.out(`  ${String(i + 1).padStart(3)}  ${p.at.slice(0, 16).replace('T', ' ')}  ${forTerminal(kind)}${who ? ` — ${forTerminal(who)}` : ''}`);
      });
      if (points.length > 0) io.out(t(lang, 'cli.history.hint', { file, card: card.id, n: points.length }));
      return EXIT.done;
    }
    // Two points: numbers from the list, or "now".
    const picked = values.compare.split(/[\s,]+/).filter(Boolean);
    const [a, b] = picked;
    const resolve = (token: string | undefined): Readonly<Record<string, FieldValue>> => {
      if (token === 'now' || token === 'maintenant') return card.fields;
      const n = Number(token);
      const point = Number.isInteger(n) ? points[n - 1] : undefined;
      if (!point) throw new BilanError('cli.history.badPoint', { value: token ?? '', n: points.length });
      return point.fields;
    };
    if (picked.length !== 2) throw new BilanError('cli.history.badPoint', { value: values.compare, n: points.length });
    const before = resolve(a);
    const after = resolve(b);
    const fields = compareFields(template, before, after);
    const changed = fields.filter((f) => f.changed);
    const langs = (kind: string): Lang[] => (BOTH_LANGUAGES.has(kind) ? [lang, lang === 'fr' ? 'en' : 'fr'] : [lang]);
    const diffs = changed.map((f) => ({
      field: f.def.id,
      label: f.def.label[lang],
      languages: langs(f.def.kind).map((code) => {
        const x = sideText(sideOf(f.before, f.def, template, report, code));
        const y = sideText(sideOf(f.after, f.def, template, report, code));
        return { lang: code, changed: x !== y, before: x, after: y, parts: x === y ? [] : wordDiff(x ?? '', y ?? '') };
      }),
    }));
    const unchanged = fields.filter((f) => !f.changed && (f.before !== undefined || f.after !== undefined)).map((f) => f.def.id);
    if (values.json) {
      json({ file, card: card.id, from: a, to: b, changed: diffs, unchanged });
      return EXIT.done;
    }
    io.out(forTerminal(heading));
    if (diffs.length === 0) io.out(t(lang, 'cli.history.identical'));
    for (const d of diffs) {
      io.out('');
      io.out(forTerminal(d.label));
      for (const side of d.languages) {
        const name = t(lang, `lang.${side.lang}`);
        if (!side.changed) {
          io.out(`  ${t(lang, 'cli.history.sameIn', { lang: name })}`);
          continue;
        }
        io.out(`  ${t(lang, 'cli.history.langHeading', { lang: name })}`);
        for (const line of marked(side.before, side.after).split('\n')) io.out(`    ${forTerminal(line)}`);
      }
    }
    if (unchanged.length && diffs.length) io.out(`\n${t(lang, 'cli.history.unchanged', { n: unchanged.length })}`);
    return EXIT.done;
  },
});

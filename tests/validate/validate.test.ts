import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenedReport } from '../../shared/format/read.js';
import type { Card, Report, RichTextValue } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import { reportCompleteness, cardCompleteness } from '../../shared/report/completeness.js';
import { isOutOfDate, markReviewed, withEnglish, withFrench } from '../../shared/report/localized.js';
import { headline, progressSummary } from '../../shared/report/summary.js';
import { describeValidationIssue } from '../../shared/validate/describe.js';
import { blocksPublication, validateReport, type ValidationIssue } from '../../shared/validate/validate.js';
import { SAMPLE } from '../support/paths.js';
import { clone, files, templates } from '../support/fixtures.js';

let sample: OpenedReport;
let template: Template;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  template = templates.get('ogp-end-of-term');
});

const onCard = (issues: ValidationIssue[], card: Card) => issues.filter((i) => i.target.kind === 'card' && i.target.id === card.id);

/** Every localized value of a report, found by walking the JSON rather than through the model. */
function localizedValues(doc: unknown): { fr?: { rev: number }; en?: { source: { rev: number } } }[] {
  const found: { fr?: { rev: number }; en?: { source: { rev: number } } }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o['fr'] && typeof o['fr'] === 'object' && 'rev' in (o['fr'] as object)) || (o['en'] && typeof o['en'] === 'object' && 'source' in (o['en'] as object))) found.push(o as never);
    Object.values(o).forEach(walk);
  };
  walk(doc);
  return found;
}

describe('validation of the sample lists the gaps the sample really has', () => {
  it('blocks publication, with issues on partly filled cards only', () => {
    const issues = validateReport(sample.report, template);
    expect(blocksPublication(issues)).toBe(true);
    const complete = sample.report.cards.filter((c) => cardCompleteness(c, template, 'fr').done === cardCompleteness(c, template, 'fr').total && cardCompleteness(c, template, 'en').done === cardCompleteness(c, template, 'en').total);
    expect(complete.length).toBeGreaterThanOrEqual(5);
    for (const card of complete) expect(onCard(issues, card).filter((i) => i.code === 'missing')).toEqual([]);
  });

  it('reports exactly the empty required fields of each card, per language', () => {
    const issues = validateReport(sample.report, template);
    for (const card of sample.report.cards) {
      for (const def of template.card.fields.filter((f) => f.required && (f.kind === 'richText' || f.kind === 'text'))) {
        for (const lang of ['fr', 'en'] as const) {
          const value = card.fields[def.id] as RichTextValue | undefined;
          const content = value?.[lang]?.content;
          const empty = content === undefined || (Array.isArray(content) ? content.length === 0 : String(content).trim() === '');
          const reported = onCard(issues, card).some((i) => i.code === 'missing' && i.lang === lang && i.target.kind === 'card' && i.target.field === def.id);
          expect(reported, `card ${card.number} ${def.id} ${lang}`).toBe(empty);
        }
      }
    }
  });

  it('reports every out-of-date English value of the sample, and only those', () => {
    const stale = localizedValues(sample.report).filter((v) => v.fr && v.en && v.en.source.rev !== v.fr.rev);
    expect(stale.length).toBeGreaterThanOrEqual(3);
    const reported = validateReport(sample.report, template).filter((i) => i.code === 'out-of-date');
    // Rows cells with localized text are checked too; the sample's stale values are field values.
    expect(reported.length).toBe(stale.length);
    expect(reported.every((i) => i.lang === 'en')).toBe(true);
    expect(validateReport(sample.report, template, ['fr']).some((i) => i.code === 'out-of-date')).toBe(false);
  });

  it('words each issue with the card heading and the template’s label, in both languages', () => {
    const issue = validateReport(sample.report, template).find((i) => i.code === 'out-of-date' && i.target.kind === 'card')!;
    const target = issue.target as { field: string };
    const label = template.card.fields.find((f) => f.id === target.field)!.label;
    expect(describeValidationIssue(issue, sample.report, template, 'fr')).toBe(`[EN] ${label.fr} : à revoir : le texte français a changé depuis cette traduction`);
    expect(describeValidationIssue(issue, sample.report, template, 'en')).toContain(`[EN] ${label.en}: out of date`);
  });
});

describe('an English value whose French source changed is reported as out of date', () => {
  it('until someone marks it reviewed', () => {
    const report: Report = clone(sample.report);
    const card = report.cards.find((c) => onCard(validateReport(sample.report, template), c).length === 0)!;
    const aim = card.fields['aim'] as RichTextValue;
    expect(isOutOfDate(aim)).toBe(false);
    const changed = { ...withFrench(aim, [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: 'Nouvelle ambition, plus précise.' }] }]), kind: 'richText' as const };
    card.fields['aim'] = changed;
    const issues = onCard(validateReport(report, template), card);
    expect(issues).toEqual([{ severity: 'error', code: 'out-of-date', lang: 'en', target: { kind: 'card', id: card.id, number: card.number, field: 'aim' } }]);
    // The English value keeps the French text it was translated from, to show what changed.
    expect(changed.en?.source.fr).toEqual(aim.fr?.content);
    card.fields['aim'] = { ...markReviewed(changed), kind: 'richText' };
    expect(onCard(validateReport(report, template), card)).toEqual([]);
    card.fields['aim'] = { ...withEnglish(withFrench(changed, changed.fr!.content), changed.en!.content), kind: 'richText' };
    expect(onCard(validateReport(report, template), card)).toEqual([]);
  });
});

describe('checks of values', () => {
  it('flags malformed emails and addresses in rows, with the row and column', () => {
    const report = clone(sample.report);
    const card = report.cards.find((c) => c.fields['contacts']?.kind === 'rows' && c.fields['contacts'].rows.length > 0)!;
    const contacts = card.fields['contacts'] as Extract<Card['fields'][string], { kind: 'rows' }>;
    contacts.rows[0]!.cells['email'] = { kind: 'plain', value: 'jeanne.martin@' };
    const issue = onCard(validateReport(report, template), card).find((i) => i.code === 'invalid-email')!;
    expect(describeValidationIssue(issue, report, template, 'fr')).toBe('Point(s) de contact, ligne 1, Courriel : adresse électronique non valide');
  });

  it('flags duplicate and badly formed card numbers', () => {
    const report = clone(sample.report);
    report.cards[1]!.number = report.cards[0]!.number;
    report.cards[2]!.number = '3bis';
    const codes = validateReport(report, template).map((i) => i.code);
    expect(codes.filter((c) => c === 'duplicate-number')).toHaveLength(2);
    expect(codes).toContain('bad-number');
  });
});

describe('the progress summary is computed from the cards', () => {
  it('comes out at the published 76 % for the sample, in each language’s typography', () => {
    const summary = progressSummary(sample.report, template)!;
    expect(summary.rows).toHaveLength(21);
    expect(summary.count).toBe(16);
    expect(headline(summary, template, 'fr')).toBe('76\u202f% des engagements substantiellement réalisés ou achevés');
    expect(headline(summary, template, 'en')).toBe('76% of commitments substantially achieved or completed');
  });

  it('follows a change of progress level', () => {
    const report = clone(sample.report);
    const limited = report.cards.find((c) => c.fields['progress']?.kind === 'choice' && c.fields['progress'].value === 'limited')!;
    limited.fields['progress'] = { kind: 'choice', value: 'completed' };
    expect(progressSummary(report, template)!.count).toBe(17);
    expect(headline(progressSummary(report, template)!, template, 'en')).toBe('81% of commitments substantially achieved or completed');
  });

  it('measures completeness higher in French than in English for the sample', () => {
    const fr = reportCompleteness(sample.report, template, 'fr');
    const en = reportCompleteness(sample.report, template, 'en');
    expect(fr.total).toBe(en.total);
    expect(fr.done).toBeGreaterThan(en.done);
    expect(fr.done).toBeLessThan(fr.total);
  });
});

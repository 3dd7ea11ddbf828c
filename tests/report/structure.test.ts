import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import { checkIntegrity } from '../../shared/format/integrity.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { Report } from '../../shared/model/report.js';
import * as structure from '../../shared/report/structure.js';
import { describeValidationIssue } from '../../shared/validate/describe.js';
import { validateReport } from '../../shared/validate/validate.js';
import { files, templates } from '../support/fixtures.js';
import { ACTION_PLAN, SAMPLE, tempDir } from '../support/paths.js';

// The report's own structure as the coordinator changes it from the details view: what is
// refused and why, how new cards are numbered, and that nothing allowed makes a broken file.

const endOfTerm = templates.get('ogp-end-of-term');
const actionPlan = templates.get('ogp-action-plan');
let sample: OpenedReport;
let plan: OpenedReport;

beforeAll(async () => {
  sample = await files.open(SAMPLE);
  plan = await files.open(ACTION_PLAN);
});

/** The report of a change that must be allowed. */
function allowed(result: structure.StructureResult): Report {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.report;
}

/** Whether a report would be written and read back: the schema, then the integrity check. */
function sound(report: Report, opened: OpenedReport): string | undefined {
  const parsed = Report.safeParse(JSON.parse(JSON.stringify(report)));
  if (!parsed.success) return parsed.error.issues[0]?.message;
  const problem = checkIntegrity(parsed.data, opened.media, templates.get(report.template.id));
  return problem && `${problem.key} at ${problem.path.join('.')}`;
}

describe('institutions', () => {
  it('refuses to remove one still named by cards, saying which cards and fields', () => {
    const result = structure.removeInstitution(sample.report, 'ditp');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal).toEqual({
      key: 'institution-in-use',
      uses: [
        { card: 'c01', field: 'leadInstitutions' },
        { card: 'c01', field: 'contacts' },
        { card: 'c15', field: 'leadInstitutions' },
        { card: 'c15', field: 'contacts' },
      ].sort((a, b) => a.card.localeCompare(b.card)),
    });
  });

  it('adds one with an id of its own, and removes it while no card names it', () => {
    const added = structure.addInstitution(sample.report);
    const report = allowed(added);
    const id = added.ok ? added.id! : '';
    expect(report.institutions.at(-1)).toEqual({ id, name: {} });
    expect(sample.report.institutions.map((i) => i.id)).not.toContain(id);
    expect(sound(report, sample)).toBeUndefined();
    expect(allowed(structure.removeInstitution(report, id)).institutions).toEqual(sample.report.institutions);
  });

  it('keeps an acronym per language and drops an emptied one rather than keeping it blank', () => {
    let report = allowed(structure.setAcronym(sample.report, 'economie', 'fr', 'MEFR'));
    expect(report.institutions[0]!.acronym).toEqual({ fr: 'MEFR' });
    report = allowed(structure.setAcronym(report, 'economie', 'fr', ' '));
    expect('acronym' in report.institutions[0]!).toBe(false);
    report = allowed(structure.setAcronym(report, 'ditp', 'en', ''));
    expect(report.institutions.find((i) => i.id === 'ditp')!.acronym).toEqual({ fr: 'DITP' });
  });
});

describe('ambitions', () => {
  it('refuse to be deleted while they hold cards, and move within bounds', () => {
    const result = structure.removeAmbition(sample.report, 'transparency');
    expect(!result.ok && result.refusal).toEqual({ key: 'ambition-not-empty', cards: ['c01', 'c02', 'c03'] });
    const up = allowed(structure.moveAmbition(sample.report, 'participation', -1));
    expect(up.ambitions.map((a) => a.id)).toEqual(['transparency', 'participation', 'digital-resources', 'global-challenges', 'courts-authorities']);
    expect(allowed(structure.moveAmbition(up, 'transparency', -1)).ambitions).toEqual(up.ambitions);
  });

  it('are added untitled and deleted while empty', () => {
    const added = structure.addAmbition(sample.report);
    const report = allowed(added);
    expect(report.ambitions).toHaveLength(6);
    expect(validateReport(report, endOfTerm, ['fr']).filter((i) => i.target.kind === 'ambition')).toHaveLength(1);
    expect(allowed(structure.removeAmbition(report, added.ok ? added.id! : '')).ambitions).toEqual(sample.report.ambitions);
  });
});

describe('new cards', () => {
  it('follow one sequence through an end-of-term report, whatever their ambition', () => {
    const added = structure.addCard(sample.report, endOfTerm, 'transparency');
    const report = allowed(added);
    const card = report.cards.find((c) => added.ok && c.id === added.id)!;
    expect(card).toMatchObject({ number: '22', ambition: 'transparency', fields: {} });
    expect(allowed(structure.addCard(report, endOfTerm, 'courts-authorities')).cards.at(-1)!.number).toBe('23');
    expect(sound(report, sample)).toBeUndefined();
    // A new card blocks publication until written, but never for its number.
    const issues = validateReport(report, endOfTerm).filter((i) => i.target.kind === 'card' && i.target.id === card.id);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.code)).not.toContain('bad-number');
    expect(issues.map((i) => i.code)).not.toContain('duplicate-number');
  });

  it('are numbered within their area in an action plan, a new area taking the next free prefix', () => {
    expect(structure.nextCardNumber(plan.report, actionPlan, 'open-data')).toBe('1-6');
    expect(structure.nextCardNumber(plan.report, actionPlan, 'participation')).toBe('2-4');
    const added = structure.addAmbition(plan.report);
    const withArea = allowed(added);
    expect(structure.nextCardNumber(withArea, actionPlan, added.ok ? added.id! : '')).toBe('3-1');
    // Moved to the top, the new area still does not take the prefix of one that has cards.
    const moved = allowed(structure.moveAmbition(withArea, added.ok ? added.id! : '', -5));
    expect(structure.nextCardNumber(moved, actionPlan, added.ok ? added.id! : '')).toBe('3-1');
  });

  it('are refused when no number the template allows is left', () => {
    const full = { ...sample.report, cards: [...sample.report.cards, { id: 'last', number: '999', ambition: 'transparency', fields: {} }] };
    const result = structure.addCard(full, endOfTerm, 'transparency');
    expect(!result.ok && result.refusal).toEqual({ key: 'no-number', example: endOfTerm.card.numberExample });
  });

  it('move to another ambition keeping their number and text, and are deleted', () => {
    const moved = allowed(structure.moveCard(sample.report, 'c05', 'participation'));
    const card = moved.cards.find((c) => c.id === 'c05')!;
    expect(card.ambition).toBe('participation');
    expect(card.fields).toBe(sample.report.cards.find((c) => c.id === 'c05')!.fields);
    const removed = allowed(structure.removeCard(moved, 'c05'));
    expect(removed.cards.map((c) => c.id)).not.toContain('c05');
    expect(sound(removed, sample)).toBeUndefined();
  });
});

describe('what validation says of a new institution and a new ambition', () => {
  it('finds each by its place until it is named', () => {
    const report = allowed(structure.addAmbition(allowed(structure.addInstitution(sample.report))));
    const lines = validateReport(report, endOfTerm, ['fr'])
      .filter((i) => i.target.kind === 'institution' || i.target.kind === 'ambition')
      .map((i) => describeValidationIssue(i, report, endOfTerm, 'fr'));
    expect(lines).toEqual(['[FR] Nom de l’administration n°14 : manquant', '[FR] Titre de l’ambition n°6 : manquant']);
    const en = validateReport(report, endOfTerm, ['en']).find((i) => i.target.kind === 'ambition')!;
    expect(describeValidationIssue(en, report, endOfTerm, 'en')).toBe('[EN] Title of ambition 6: missing');
  });
});

describe('a contribution package', () => {
  it('keeps its cards and its own institution: the coordinator decides them', async () => {
    const written = await new PackageService(files, templates).cutAll(sample, tempDir(), { deadline: null, message: '' });
    const pkg = await files.open(written.packages.find((w) => w.institution === 'ditp')!.file);
    expect(structure.addCard(pkg.report, endOfTerm, 'transparency')).toEqual({ ok: false, refusal: { key: 'package-cards' } });
    expect(structure.removeCard(pkg.report, 'c01')).toEqual({ ok: false, refusal: { key: 'package-cards' } });
    expect(structure.moveCard(pkg.report, 'c01', 'participation')).toEqual({ ok: false, refusal: { key: 'package-cards' } });
    expect(structure.removeInstitution(pkg.report, 'ditp')).toEqual({ ok: false, refusal: { key: 'institution-of-package' } });
  });
});

describe('any sequence of allowed changes', () => {
  it('leaves a report that the schema and the integrity check accept', () => {
    const ops = fc.array(
      fc.tuple(fc.constantFrom('addInst', 'removeInst', 'acronym', 'addAmb', 'moveAmb', 'removeAmb', 'addCard', 'removeCard', 'moveCard'), fc.nat(40), fc.nat(40), fc.string({ maxLength: 6 })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(ops, (steps) => {
        let report = sample.report;
        for (const [op, a, b, text] of steps) {
          const inst = report.institutions[a % Math.max(1, report.institutions.length)]?.id ?? 'none';
          const amb = report.ambitions[a % Math.max(1, report.ambitions.length)]?.id ?? 'none';
          const other = report.ambitions[b % Math.max(1, report.ambitions.length)]?.id ?? 'none';
          const card = report.cards[b % Math.max(1, report.cards.length)]?.id ?? 'none';
          const result =
            op === 'addInst' ? structure.addInstitution(report)
            : op === 'removeInst' ? structure.removeInstitution(report, inst)
            : op === 'acronym' ? structure.setAcronym(report, inst, b % 2 ? 'fr' : 'en', text)
            : op === 'addAmb' ? structure.addAmbition(report)
            : op === 'moveAmb' ? structure.moveAmbition(report, amb, (b % 5) - 2)
            : op === 'removeAmb' ? structure.removeAmbition(report, amb)
            : op === 'addCard' ? structure.addCard(report, endOfTerm, amb)
            : op === 'removeCard' ? structure.removeCard(report, card)
            : structure.moveCard(report, card, other);
          if (result.ok) report = result.report;
        }
        expect(sound(report, sample)).toBeUndefined();
        const numbers = report.cards.map((c) => c.number);
        expect(new Set(numbers).size).toBe(numbers.length);
      }),
      { numRuns: 200 },
    );
  });
});

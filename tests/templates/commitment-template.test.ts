import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../../shared/validate/validate.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { libreOfficeToPdf, pdfText } from '../support/poppler.js';
import { ACTION_PLAN, tempDir } from '../support/paths.js';
import { docxParts, paragraphsText } from '../export/docx/docx-files.js';
import { commitmentReport } from './commitment-report.js';

// The third template follows the OGP National Handbook's commitment template: the problem and its
// causes, the solution and expected results, the OGP values, dated milestones with their outputs
// and stakeholders, lead and supporting institutions, and the IRM's five completion levels.

const template = templates.get('ogp-commitment');
let file: string;
let out: string;
beforeAll(async () => {
  file = join(tempDir('bilan-commitment-'), 'plan.bilan');
  await files.save(file, commitmentReport(template), new Map());
  out = tempDir('bilan-commitment-out-');
});

describe('the ogp-commitment template', () => {
  it('has the handbook’s parts, the three OGP values and the IRM’s five completion levels', () => {
    const ids = template.card.fields.map((f) => f.id);
    for (const id of ['problem', 'causes', 'description', 'expectedResults', 'transparency', 'civicParticipation', 'publicAccountability', 'milestones', 'leadInstitutions', 'supportingInstitutions']) {
      expect(ids).toContain(id);
    }
    const milestones = template.card.fields.find((f) => f.id === 'milestones');
    expect(milestones?.kind === 'rows' && milestones.columns.map((c) => c.label.en)).toEqual(['Milestone', 'Expected output', 'Expected completion date', 'Stakeholders']);
    const scale = template.scales['completion']!;
    expect(scale.options.map((o) => o.label.en)).toEqual(['No evidence available', 'Not started', 'Limited', 'Substantial', 'Complete']);
    expect(scale.options.map((o) => o.label.fr)).toEqual(['Aucun élément disponible', 'Pas commencé', 'Limité', 'Substantiel', 'Achevé']);
    const label = (id: string) => template.card.fields.find((f) => f.id === id)!.label;
    expect([label('transparency').en, label('civicParticipation').en, label('publicAccountability').en]).toEqual(['Transparency', 'Civic participation', 'Public accountability']);
  });

  it('is offered by bilan new, and starts a report from an action plan through its mapping', () => {
    const dir = tempDir('bilan-commitment-new-');
    const made = bilan(['new', '--template', 'ogp-commitment', '--out', join(dir, 'vide.bilan')]);
    expect(made.status, made.stderr).toBe(0);
    const from = bilan(['new', '--template', 'ogp-commitment', '--from', ACTION_PLAN, '--out', join(dir, 'depuis.bilan')], 'C');
    expect(from.status, from.stderr).toBe(0);
    const info = JSON.parse(bilan(['info', join(dir, 'depuis.bilan'), '--json'], 'C').stdout) as { template: { id: string }; cards: number };
    expect(info.template.id).toBe('ogp-commitment');
    expect(info.cards).toBe(3);
    expect(bilan(['help', 'new'], 'C').stdout + bilan(['new'], 'C').stderr).toContain('ogp-commitment');
  }, 300_000);

  it('a filled-in plan validates, with nothing blocking', () => {
    expect(validateReport(commitmentReport(template), template)).toEqual([]);
    const run = bilan(['validate', file]);
    expect(run.status, run.stdout).toBe(0);
  }, 300_000);

  it('exports as PDF and DOCX in both languages, labelled in each', () => {
    const run = bilan(['export', file, '--format', 'pdf,docx', '--lang', 'fr,en', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    // Words as a reader reads them, whatever the line breaks of a table's narrow columns.
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const fr = flat(pdfText(join(out, 'rapport-fr.pdf')));
    const en = flat(pdfText(join(out, 'report-en.pdf')));
    for (const label of ['Problème à résoudre', 'Causes du problème', 'Résultats attendus', 'Participation civique', 'Redevabilité publique', 'Livrable attendu', 'Échéance prévue', 'Institutions partenaires', 'Aucun élément disponible']) {
      expect(fr).toContain(label);
    }
    expect(fr).toMatch(/■ Substantiel/);
    expect(fr).toContain('T2 2025');
    for (const label of ['Problem definition', 'Causes of the problem', 'Expected results', 'Civic participation', 'Public accountability', 'Expected output', 'Expected completion date', 'Supporting implementing agencies', 'No evidence available']) {
      expect(en).toContain(label);
    }
    expect(en).toContain('Q2 2025');
    expect(fr + en).not.toMatch(/Texte manquant|Missing text/);
    const docx = flat(paragraphsText(docxParts(readFileSync(join(out, 'report-en.docx')))['word/document.xml']!).join('\n'));
    expect(docx).toContain('Causes of the problem');
    expect(docx).toContain('Order published in the Official Journal');
    const opened = flat(pdfText(libreOfficeToPdf(join(out, 'rapport-fr.docx'))));
    expect(opened).toContain('Redevabilité publique');
    expect(opened).toContain('Arrêté publié au Journal officiel');
    // Pages to look at, as a publisher would (kept in /tmp, never asserted pixel by pixel).
    execFileSync('pdftoppm', ['-r', '60', '-png', join(out, 'rapport-fr.pdf'), join(out, 'page-fr')]);
    expect(readdirSync(out).filter((f) => f.startsWith('page-fr')).length).toBeGreaterThan(2);
  }, 300_000);
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.js';
import { templateOf } from '../../shared/model/template-adjust.js';
import { cardsHoldingData, fieldState, setFieldState, setHelp, setOptionLabel } from '../../shared/report/template-adjustments.js';
import { validateReport } from '../../shared/validate/validate.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { pdfText } from '../support/poppler.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { docxParts, paragraphsText } from '../export/docx/docx-files.js';

// A report adjusts its template: the coordinator requires a field the template leaves optional,
// hides one, rewrites a help text and rewords the progress scale. Every reader sees it: the
// validation, both exports, bilan info; the file records it, and a package carries it.

const base = templates.get('ogp-end-of-term');

function ok(result: ReturnType<typeof setFieldState>): Report {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.report;
}

/** The sample adjusted: timetable required, IRM recommendations hidden (confirmed), new help, a reworded level. */
function adjusted(report: Report): Report {
  let r = ok(setFieldState(report, base, 'timetable', 'required'));
  r = ok(setFieldState(r, base, 'irmRecommendations', 'hidden', { confirmed: true }));
  r = ok(setFieldState(r, base, 'resources', 'required', { columnId: 'url' }));
  r = setHelp(r, base, 'results', 'fr', 'Trois chiffres au plus, et la source de chacun.');
  r = setOptionLabel(r, base, 'progress', 'substantial', 'fr', 'Largement réalisé');
  r = setOptionLabel(r, base, 'progress', 'substantial', 'en', 'Largely achieved');
  return r;
}

let sample: Report;
let media: ReadonlyMap<string, Uint8Array>;
let file: string;
beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  sample = opened.report;
  media = opened.media;
  file = join(tempDir('bilan-adjusted-'), 'adapte.bilan');
  await files.save(file, adjusted(sample), media);
});

describe('adjusting the template of one report', () => {
  it('records only what differs from the template, and raises the file to format version 4', async () => {
    const { report } = await files.open(file);
    expect(report.version).toBe(4);
    expect(report.templateAdjustments).toEqual({
      fields: {
        timetable: { state: 'required' },
        irmRecommendations: { state: 'hidden' },
        resources: { columns: { url: { state: 'required' } } },
        results: { help: { fr: 'Trois chiffres au plus, et la source de chacun.' } },
      },
      scales: { progress: { options: { substantial: { fr: 'Largement réalisé', en: 'Largely achieved' } } } },
    });
    // Going back to the template's own choice leaves nothing behind.
    const back = ok(setFieldState(report, base, 'timetable', 'optional'));
    expect(back.templateAdjustments?.fields?.['timetable']).toBeUndefined();
    expect(fieldState(back, base, 'timetable')).toBe('optional');
  }, 300_000);

  it('asks before hiding a field some cards fill, refuses hiding the title, and keeps the hidden values', async () => {
    const refused = setFieldState(sample, base, 'irmRecommendations', 'hidden');
    expect(refused).toMatchObject({ ok: false, reason: 'holdsData' });
    expect(refused.ok === false && refused.reason === 'holdsData' && refused.cards.length).toBe(cardsHoldingData(sample, 'irmRecommendations').length);
    expect(setFieldState(sample, base, 'title', 'hidden')).toMatchObject({ ok: false, reason: 'locked' });
    expect(setFieldState(sample, base, 'progress', 'hidden')).toMatchObject({ ok: false, reason: 'locked' });
    const { report } = await files.open(file);
    const before = sample.cards.filter((c) => c.fields['irmRecommendations']).map((c) => [c.id, c.fields['irmRecommendations']]);
    expect(report.cards.filter((c) => c.fields['irmRecommendations']).map((c) => [c.id, c.fields['irmRecommendations']])).toEqual(before);
    // Shown again, the texts are where they were.
    const shown = ok(setFieldState(report, base, 'irmRecommendations', 'optional'));
    expect(templateOf(base, shown).card.fields.some((f) => f.id === 'irmRecommendations')).toBe(true);
  }, 300_000);

  it('validation follows it: the required timetable and addresses are missing, the hidden field is not checked', async () => {
    const { report } = await files.open(file);
    const template = templateOf(base, report);
    const issues = validateReport(report, template);
    const fields = new Set(issues.flatMap((i) => (i.target.kind === 'card' ? [i.target.field] : [])));
    expect(fields.has('timetable')).toBe(true);
    expect(issues.some((i) => i.target.kind === 'card' && i.target.number === '3' && i.target.field === 'resources')).toBe(true);
    expect(fields.has('irmRecommendations')).toBe(false);
    expect(validateReport(sample, base).some((i) => i.target.kind === 'card' && i.target.field === 'timetable')).toBe(false);
    const run = bilan(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Engagement n°3 –[^\n]*\n(?: {2}[^\n]*\n)*? {2}✗ Ressources, ligne 1, Adresse\s: manquant/);
    expect(run.stdout).toMatch(/✗ Calendrier respecté\s: manquant/);
  }, 300_000);

  it('both exports print the reworded level and leave the hidden field out, in each language', () => {
    const out = tempDir('bilan-adjusted-out-');
    const run = bilan(['export', file, '--format', 'pdf,docx', '--lang', 'fr,en', '--allow-missing', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const fr = flat(pdfText(join(out, 'rapport-fr.pdf')));
    const en = flat(pdfText(join(out, 'report-en.pdf')));
    expect(fr).toContain('Largement réalisé');
    // From the summary on, the level is reworded everywhere: in its chart, its table and every
    // card's scale. (The context chapter's own chart is a table its author typed: words of theirs.)
    expect(fr.slice(fr.lastIndexOf('Tableau de synthèse de l’avancement'))).not.toMatch(/Substantiel/);
    expect(en).toContain('Largely achieved');
    expect(fr).not.toContain('Recommandations du Mécanisme d’évaluation indépendant');
    expect(en).not.toContain('Recommendations from the Independent Reporting Mechanism');
    // The timetable, now required, is printed as an empty scale on commitment 3, which has none.
    const card3 = fr.slice(fr.lastIndexOf('Engagement n°3 –'), fr.lastIndexOf('Engagement n°4 –'));
    expect(card3).toContain('Calendrier respecté ☐ Oui ☐ En partie ☐ Non ☐ Sans objet');
    for (const name of ['rapport-fr.docx', 'report-en.docx']) {
      const text = flat(paragraphsText(docxParts(readFileSync(join(out, name)))['word/document.xml']!).join('\n'));
      expect(text).toContain(name.startsWith('rapport') ? 'Largement réalisé' : 'Largely achieved');
      expect(text).not.toMatch(/Recommandations du Mécanisme|Recommendations from the Independent/);
    }
  }, 300_000);

  it('bilan info reads the report with its adjusted template', () => {
    const info = JSON.parse(bilan(['info', file, '--json'], 'C').stdout) as { completeness: { fr: number } };
    const plain = JSON.parse(bilan(['info', SAMPLE, '--json'], 'C').stdout) as { completeness: { fr: number } };
    // One more required field, missing on most cards: the report is less complete.
    expect(info.completeness.fr).toBeLessThan(plain.completeness.fr);
    expect(bilan(['info', file]).stdout).toContain('Modèle adapté pour ce rapport\u00a0: 2 champs obligatoires de plus, 0 rendu facultatif, 1 masqué, 1 aide réécrite, 1 niveau reformulé');
    expect(bilan(['info', SAMPLE]).stdout).not.toContain('Modèle adapté');
  }, 300_000);

  it('is refused on open when it names a field the template does not have, or hides the title', async () => {
    const dir = tempDir('bilan-adjusted-bad-');
    for (const [name, adjustments, words] of [
      ['inconnu', { fields: { budget: { state: 'required' } } }, /budget/],
      ['titre', { fields: { title: { state: 'hidden' } } }, /Titre de l’engagement/],
      ['option', { scales: { progress: { options: { 'half-done': { fr: 'À moitié' } } } } }, /half-done/],
    ] as const) {
      const path = join(dir, `${name}.bilan`);
      // Written as another tool would, past Bilan's own checks.
      const { reportContainer } = await import('../support/fixtures.js');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, reportContainer({ ...sample, version: 4, templateAdjustments: adjustments } as Report, media).bytes);
      const run = bilan(['validate', path]);
      expect(run.status, name).toBe(2);
      expect(run.stderr, name).toMatch(words);
    }
  }, 300_000);

  it('bilan schema documents templateAdjustments and checks them', () => {
    const schema = JSON.parse(bilan(['schema'], 'C').stdout) as { properties: Record<string, { description?: string }> };
    expect(schema.properties['templateAdjustments']?.description).toMatch(/required, optional, hidden/);
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(schema);
    const json = JSON.parse(readFileSync(join(SAMPLE, 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(check({ ...json, version: 4, templateAdjustments: { fields: { timetable: { state: 'required' } } } })).toBe(true);
    expect(check({ ...json, version: 4, templateAdjustments: { fields: { timetable: { state: 'mandatory' } } } })).toBe(false);
    expect(check({ ...json, version: 4, templateAdjustments: { fields: { resources: { columns: { url: { state: 'hidden' } } } } } })).toBe(false);
  }, 300_000);
});

describe('adjustments and contribution packages', () => {
  it('a package carries the report’s adjustments; what a contributor changes in them is not imported', async () => {
    const dir = tempDir('bilan-adjusted-packages-');
    const coordinator = join(dir, 'rapport.bilan');
    const cut = bilan(['packages', file, '--out', join(dir, 'paquets'), '--save-as', coordinator]);
    expect(cut.status, cut.stderr).toBe(0);
    const pkgFile = join(dir, 'paquets', readdirSync(join(dir, 'paquets')).find((f) => f.startsWith('DITP'))!);
    const pkg = await files.open(pkgFile);
    expect(pkg.report.templateAdjustments).toEqual((await files.open(coordinator)).report.templateAdjustments);
    await contribute(pkgFile, { name: 'Jeanne Roy', email: 'jeanne.roy@ditp.example' }, (r) => {
      r.templateAdjustments = { fields: { timetable: { state: 'hidden' } } };
      const card = r.cards[0]!;
      card.fields['nextSteps'] = { kind: 'richText', fr: { rev: 1, content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nouvelle étape.' }] }] } };
    });
    const merged = bilan(['merge', coordinator, pkgFile, '--apply-clean', '--name', 'Claire Martin', '--email', 'claire.martin@example.org']);
    expect(merged.status, merged.stderr + merged.stdout).toBe(0);
    const after = (await files.open(coordinator)).report;
    expect(after.templateAdjustments).toEqual(adjusted(sample).templateAdjustments);
  }, 300_000);
});

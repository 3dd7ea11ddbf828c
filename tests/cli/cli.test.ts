import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bilan } from '../support/cli.js';
import { sampleFacts, SAMPLE, ACTION_PLAN, tempDir } from '../support/paths.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { digest, files, templates } from '../support/fixtures.js';
import { addPicture, contribute } from '../support/packages.js';

const facts = sampleFacts();

describe('bilan new', () => {
  it('creates an empty report from a template, which info and validate then read', () => {
    const file = join(tempDir(), 'rapport.bilan');
    const created = bilan(['new', '--template', 'ogp-end-of-term', '--out', file]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(file);
    const info = bilan(['info', file]);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Modèle : ');
    expect(info.stdout).toContain('0 fiches');
    const check = bilan(['validate', file], 'C');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('Report title');
  });

  it('refuses to overwrite a file, and names the templates when one is unknown', () => {
    const file = join(tempDir(), 'rapport.bilan');
    writeFileSync(file, 'précieux');
    const refused = bilan(['new', '--template', 'ogp-end-of-term', '--out', file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('existe déjà');
    expect(readFileSync(file, 'utf8')).toBe('précieux');
    const unknown = bilan(['new', '--template', 'budget', '--out', join(tempDir(), 'x.bilan')], 'en_US.UTF-8');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('ogp-end-of-term');
    expect(unknown.stderr).toContain('ogp-action-plan');
  });
});

describe('bilan validate', () => {
  it('lists the sample’s gaps per card and language with the template’s labels, and exits 1', () => {
    const run = bilan(['validate', SAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Engagement n°\d+ – /m);
    expect(run.stdout).toMatch(/\[EN\] .+ : à revoir/);
    expect(run.stdout).toMatch(/\d+ (problème bloque|problèmes bloquent) la publication/);
    const english = bilan(['validate', SAMPLE, '--lang', 'en'], 'en_GB.UTF-8');
    expect(english.stdout).toMatch(/^Commitment \d+ – /m);
    expect(english.stdout).not.toContain('[FR]');
    expect(english.stdout).toContain('out of date');
  });

  it('gives machine-readable output with --json', () => {
    const run = bilan(['validate', SAMPLE, '--json'], 'C');
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { publishable: boolean; issues: { code: string; lang?: string; target: { kind: string; number?: string }; message: string }[] };
    expect(result.publishable).toBe(false);
    expect(result.issues.some((i) => i.code === 'out-of-date' && i.lang === 'en' && i.target.kind === 'card')).toBe(true);
    expect(result.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('explains a bad file in the user’s language, without a stack trace, and changes nothing', () => {
    const file = join(tempDir(), 'abime.bilan');
    writeFileSync(file, 'PK\u0003\u0004 pas vraiment un zip');
    const before = digest(file);
    for (const [locale, words] of [['fr_FR.UTF-8', 'Impossible d’ouvrir'], ['en_US.UTF-8', 'Cannot open']] as const) {
      const run = bilan(['validate', file], locale);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(words);
      expect(run.stderr).toContain(file);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(digest(file)).toBe(before);
    expect(bilan(['validate', join(tempDir(), 'absent.bilan')]).stderr).toContain('n’existe pas');
    expect(bilan(['validate']).stderr).toContain('demande un fichier');
    expect(bilan(['validate', SAMPLE, '--lang', 'de']).stderr).toContain('Langue inconnue');
    expect(bilan(['frobnicate']).stderr).toContain('Commande inconnue');
  });
});

describe('bilan info', () => {
  it('gives title, template, cards, completeness per language and the 76 % headline', () => {
    const run = bilan(['info', SAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Plan d’action national pour la France 2018–2020');
    expect(run.stdout).toContain('21 fiches');
    expect(run.stdout).toMatch(/Complétude : français \d+\u202f%, anglais \d+\u202f%/);
    expect(run.stdout).toContain('76\u202f% des engagements substantiellement réalisés ou achevés');
    const json = JSON.parse(bilan(['info', SAMPLE, '--json'], 'C').stdout) as { cards: number; completeness: { fr: number; en: number }; headline: { en: string } };
    expect(json.cards).toBe(21);
    expect(json.completeness.fr).toBeGreaterThan(json.completeness.en);
    expect(json.headline.en).toBe('76% of commitments substantially achieved or completed');
  });
});

describe('bilan schema', () => {
  it('prints a JSON Schema that the sample reports satisfy and that catches a broken one', () => {
    const run = bilan(['schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    const validate = ajv.compile(schema);
    for (const seed of [SAMPLE, ACTION_PLAN]) {
      const doc = JSON.parse(readFileSync(join(seed, 'report.json'), 'utf8')) as Record<string, unknown>;
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(validate({ ...doc, cards: [{ id: 'x', number: 1 }] })).toBe(false);
    }
    const doc = JSON.parse(readFileSync(join(SAMPLE, 'report.json'), 'utf8')) as { cards: { fields: Record<string, { kind: string; fr?: { content: string } }> }[] };
    expect(doc.cards.map((c) => c.fields['title']?.fr?.content)).toEqual(facts.commitments.map((c) => c.title.fr));
  });
});

describe('the installed command', () => {
  it('bin/bilan.mjs runs the same command line', async () => {
    const { spawnSync } = await import('node:child_process');
    const out = spawnSync(process.execPath, ['bin/bilan.mjs', 'help'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Usage: bilan <command>');
    expect(existsSync('bin/bilan.mjs')).toBe(true);
  });
});

describe('bilan merge', () => {
  it('imports a package, its pictures with it, but not one only its conflicting version shows', async () => {
    const folder = join(tempDir(), 'paquets');
    const sample = await files.open(SAMPLE);
    const cut = await new PackageService(files, templates).cutAll(sample, folder, { deadline: null, message: '' });
    const ditp = join(folder, 'DITP.bilan');
    const rich = (report: Report, field: string) => report.cards.find((c) => c.id === 'c01')!.fields[field] as Extract<FieldValue, { kind: 'richText' }>;
    await contribute(ditp, { name: 'Claire Dubois', email: 'claire.dubois@ditp.example' }, (r, media) => {
      const conflicting = addPicture(r, media, 'schema-refuse', 'Schéma laissé de côté');
      const taken = addPicture(r, media, 'schema-retenu', 'Schéma des résultats');
      r.cards.find((c) => c.id === 'c01')!.fields['aim'] = { ...withFrench(rich(r, 'aim'), [...rich(r, 'aim').fr!.content, conflicting]), kind: 'richText' };
      r.cards.find((c) => c.id === 'c01')!.fields['results'] = { ...withFrench(rich(r, 'results'), [...rich(r, 'results').fr!.content, taken]), kind: 'richText' };
    });
    // Meanwhile the coordinator rewrote the same aim: the package's version of it is a conflict.
    const report = join(tempDir(), 'rapport.bilan');
    const mine = structuredClone(cut.report);
    mine.cards.find((c) => c.id === 'c01')!.fields['aim'] = { ...withFrench(rich(mine, 'aim'), [{ type: 'paragraph', children: [{ type: 'text', text: 'Ambition réécrite par la coordination.' }] }]), kind: 'richText' };
    await files.save(report, mine, sample.media);

    const out = join(tempDir(), 'fusion.bilan');
    const run = bilan(['merge', report, ditp, '--apply-clean', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Engagement n°1');
    const merged = await files.open(out);
    expect(rich(merged.report, 'aim').fr!.content).toEqual(rich(mine, 'aim').fr!.content);
    expect(rich(merged.report, 'results').fr!.content.at(-1)).toEqual({ type: 'image', media: 'schema-retenu', alt: 'Schéma des résultats' });
    expect(merged.report.media.map((m) => m.id)).toEqual([...sample.report.media.map((m) => m.id), 'schema-retenu']);
    expect([...merged.media.keys()].sort()).toEqual([...sample.media.keys(), 'schema-retenu.png'].sort());
  });
});

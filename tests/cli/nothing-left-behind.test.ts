import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withFrench } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { ACTION_PLAN, SAMPLE, tempDir } from '../support/paths.js';
import { tree } from './disk.js';

const EN = 'en_GB.UTF-8';

/** The action plan with its context chapter written in French only: French exports, English lacks a text. */
let frenchOnly = '';
/** The sample as a .bilan file of its own, in a folder of its own (packages may save it). */
let sample = '';
beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  sample = join(tempDir(), 'rapport.bilan');
  await files.save(sample, opened.report, opened.media);
  const plan = await files.open(ACTION_PLAN);
  const report = structuredClone(plan.report);
  const context = report.chapters.find((c) => c.id === 'context')!;
  context.body = withFrench(context.body, [{ type: 'paragraph', children: [{ type: 'text', text: 'Le contexte du plan.' }] }]);
  frenchOnly = join(tempDir(), 'plan.bilan');
  await files.save(frenchOnly, report, plan.media);
});

describe('an export', () => {
  it('of several files is refused as a whole when one language lacks a text: exit 1, nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'à garder');
    const before = tree(dir);
    const run = bilan(['export', frenchOnly, '--lang', 'fr,en', '--format', 'pdf,docx', '--out', join(dir, 'exports')], EN);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was exported: 1 text is missing');
    expect(run.stderr).toContain('--allow-missing');
    expect(tree(dir)).toEqual(before); // no exports/ folder, no French file
    // French alone would have been written.
    const french = bilan(['export', frenchOnly, '-l', 'fr', '-f', 'pdf', '-o', join(dir, 'plan.pdf')], EN);
    expect(french.status, french.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'plan.pdf']);
  });

  it('into a folder where one of its files would go as a folder writes none of them, and keeps what was there', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rapport-fr.pdf'), 'ancien rapport');
    mkdirSync(join(dir, 'report-en.pdf'));
    writeFileSync(join(dir, 'report-en.pdf', 'brouillon.txt'), 'brouillon');
    const before = tree(dir);
    const run = bilan(['export', SAMPLE, '--lang', 'fr,en', '--out', dir, '--allow-missing']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Rien n’a été exporté\u00a0: ${join(dir, 'report-en.pdf')} est un dossier, là où un fichier de ce nom doit être écrit. Renommez ou déplacez ce dossier, ou choisissez une autre destination.\n`);
    expect(tree(dir)).toEqual(before);
  });

  it('refuses a file name that is not its format’s, or one file name for several files, before writing anything', () => {
    const dir = tempDir();
    const cases: [string[], string, string][] = [
      [['--format', 'pdf', '--lang', 'fr', '--out', join(dir, 'rapport')], 'fr_FR.UTF-8', `Rien n’a été exporté\u00a0: ${join(dir, 'rapport')} ne se termine pas par .pdf. Pour un seul fichier, indiquez un nom se terminant par .pdf (par exemple ${join(dir, 'rapport')}.pdf) ou un dossier existant.`],
      [['--format', 'docx', '--lang', 'en', '--out', join(dir, 'report.pdf')], EN, `Nothing was exported: ${join(dir, 'report.pdf')} does not end in .docx.`],
      [['--format', 'pdf', '--lang', 'fr,en', '--out', join(dir, 'x.pdf')], EN, `Nothing was exported: ${join(dir, 'x.pdf')} names a .pdf file, but 2 files are to be written. Give a folder instead, for example ${join(dir, 'x')} (it is created if needed).`],
      [['--lang', 'fr', '--out', join(dir, 'absent', 'x.pdf')], EN, `The folder ${join(dir, 'absent')} does not exist.`],
    ];
    for (const [options, locale, message] of cases) {
      const run = bilan(['export', SAMPLE, '--allow-missing', ...options], locale);
      expect(run.status, options.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('%'); // refused before rendering
    }
    // A wrong destination is the command's mistake: told before the texts the report lacks.
    const both = bilan(['export', SAMPLE, '--lang', 'en', '--out', join(dir, 'absent', 'x.pdf')], EN);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain(`The folder ${join(dir, 'absent')} does not exist.`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('bilan packages', () => {
  it('asks for --force before writing into a folder of packages, and writes all of them or none', () => {
    const dir = tempDir();
    const out = join(dir, 'paquets');
    const first = bilan(['packages', sample, '--out', out], EN);
    expect(first.status, first.stderr).toBe(0);
    const cut = tree(dir);
    const names = readdirSync(out).sort();
    expect(names.length).toBeGreaterThan(3);
    expect(names.every((n) => n.endsWith('.bilan'))).toBe(true);

    const again = bilan(['packages', sample, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`${out} contient déjà ${names.length} paquets (fichiers .bilan)\u202f; choisissez un autre dossier, ou ajoutez --force pour remplacer ceux qui portent les mêmes noms.\n`);
    expect(tree(dir)).toEqual(cut);

    // One package's name taken by a folder (an unpacked package): with --force, none of the
    // others is replaced and nothing is added.
    const blocked = join(out, names[1]!);
    rmSync(blocked);
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'report.json'), '{}');
    const withFolder = tree(dir);
    const refused = bilan(['packages', sample, '--out', out, '--force'], EN);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`No package was written: ${blocked} is a folder, where a package of that name is to be written. Rename or move that folder, or choose another one for the packages.\n`);
    expect(tree(dir)).toEqual(withFolder);

    rmSync(blocked, { recursive: true });
    const replaced = bilan(['packages', sample, '--out', out, '--force'], EN);
    expect(replaced.status, replaced.stderr).toBe(0);
    const after = tree(dir);
    expect(readdirSync(out).sort()).toEqual(names); // no .bak, no temporary file
    for (const name of names) expect(after[`paquets/${name}`], name).not.toBe(cut[`paquets/${name}`]); // each one cut anew
  });

  it('into a path that is a file says so, exit 2 (not “failed unexpectedly”)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'paquets'), 'un fichier');
    const before = tree(dir);
    const run = bilan(['packages', sample, '--out', join(dir, 'paquets')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Aucun paquet n’a été écrit\u00a0: ${join(dir, 'paquets')} est un fichier, et les paquets vont dans un dossier. Indiquez un dossier (il est créé si besoin).\n`);
    expect(tree(dir)).toEqual(before);
  });
});

describe('a folder given for a file', () => {
  it('is said to be a folder by every command that reads a report, and by those that write one', () => {
    const dir = tempDir();
    const folder = join(dir, 'dossier');
    mkdirSync(folder);
    const report = join(dir, 'rapport.bilan');
    const made = bilan(['new', '--template', 'ogp-end-of-term', '--out', report]);
    expect(made.status).toBe(0);
    const before = tree(dir);
    const reading: string[][] = [
      ['validate', folder],
      ['info', folder],
      ['export', folder, '--out', join(dir, 'x.pdf')],
      ['packages', folder, '--out', join(dir, 'paquets')],
      ['merge', folder, report],
      ['merge', report, folder],
    ];
    for (const args of reading) {
      const run = bilan(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`Impossible d’ouvrir ${folder}\u00a0: c’est un dossier, pas un rapport (il ne contient pas de report.json). Indiquez le fichier .bilan du rapport.\n`);
    }
    for (const args of [['new', '--template', 'ogp-end-of-term', '--out', folder, '--force'], ['merge', report, report, '--out', folder]]) {
      const run = bilan(args, EN);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`Nothing was written: ${folder} is a folder. Give a file name ending in .bilan.\n`);
    }
    expect(tree(dir)).toEqual(before);
  });
});

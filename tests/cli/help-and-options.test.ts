import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../shared/i18n/messages/fr.json' with { type: 'json' };
import { bilan } from '../support/cli.js';
import { ROOT, SAMPLE } from '../support/paths.js';

const EN = 'en_GB.UTF-8';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** French typography: a no-break space before « : ; ? ! » and inside guillemets, never a plain one. */
const frenchSpacing = (text: string) => expect(text).not.toMatch(/ [:;?!»]|« /);

describe('bilan help', () => {
  it('lists every command and the exit statuses, in the user’s language', () => {
    const en = bilan(['help'], EN);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Usage: bilan <command> [options]');
    for (const command of ['new', 'validate', 'info', 'export', 'packages', 'merge', 'schema', 'serve']) expect(en.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    expect(en.stdout).toMatch(/^ {2}-v, --version +print Bilan’s version$/m);
    const exits = en.stdout.slice(en.stdout.indexOf('Exit status:'));
    expect(exits).toMatch(/^ {2}0 +done/m);
    expect(exits).toMatch(/^ {2}1 +the report stands in the way: validate .*merge left conflicts.*export was refused because texts are missing$/m);
    expect(exits).toMatch(/^ {2}2 +the command or a file is wrong/m);
    expect(exits).toMatch(/^ {2}3 +Bilan failed unexpectedly \(a bug\)/m);
    const fr = bilan(['help']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('Usage\u00a0: bilan <commande> [options]');
    expect(fr.stdout).toContain('Code de sortie\u00a0:');
    expect(fr.stdout).toMatch(/^ {2}1 +le rapport fait obstacle/m);
    frenchSpacing(fr.stdout);
  });

  it('gives a command’s usage and options, the same by “help COMMAND”, “--help” and “-h”', () => {
    const help = bilan(['help', 'export'], EN);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: bilan export FILE --out PATH \[--format pdf,docx\] \[--lang fr,en\] \[--allow-missing\] \[--review\]$/m);
    expect(help.stdout).toMatch(/^ {2}-o, --out PATH +a file ending in \.pdf or \.docx for one output; a folder for several/m);
    expect(help.stdout).toMatch(/^ {2}-f, --format pdf,docx +/m);
    expect(help.stdout).toMatch(/^ {2}-l, --lang fr,en +/m);
    expect(help.stdout).toMatch(/^ {6}--allow-missing +/m);
    expect(help.stdout).toMatch(/^ {2}-h, --help +/m);
    expect(bilan(['export', '--help'], EN).stdout).toBe(help.stdout);
    // Help wins over whatever else is on the line: nothing is exported.
    expect(bilan(['export', SAMPLE, '-h', '--out', 'x.pdf'], EN).stdout).toBe(help.stdout);
    const fr = bilan(['merge', '--help']);
    expect(fr.stdout).toMatch(/^Usage\u00a0: bilan merge FICHIER PAQUET… \[--out FICHIER\] \[--apply-clean\] \[--name NOM\] \[--email COURRIEL\] \[--to-sort\]$/m);
    expect(fr.stdout).toContain('nécessaire sans terminal');
    frenchSpacing(fr.stdout);
    const unknown = bilan(['help', 'publish']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('Commande inconnue «\u00a0publish\u00a0». Lancez «\u00a0bilan help\u00a0» pour voir les commandes.\n');
  });

  it('prints the version of package.json with --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const run = bilan([flag], EN);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`bilan ${version}\n`);
    }
  });
});

describe('a mistake in the options', () => {
  it('is told in French with French typography, naming the option and the command, exit 2', () => {
    const unknown = bilan(['export', SAMPLE, '--outt', 'x.pdf']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('«\u00a0bilan export\u00a0» n’a pas d’option --outt. Lancez «\u00a0bilan help export\u00a0» pour voir ses options.\n');
    const missing = bilan(['export', SAMPLE, '--out']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('L’option --out de «\u00a0bilan export\u00a0» demande une valeur\u00a0: --out CHEMIN. Lancez «\u00a0bilan help export\u00a0» pour un exemple.\n');
    const extra = bilan(['info', SAMPLE, 'rapport.pdf']);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toBe('«\u00a0bilan info\u00a0» n’attend pas l’argument «\u00a0rapport.pdf\u00a0». Lancez «\u00a0bilan help info\u00a0» pour voir ce qu’elle attend.\n');
  });

  it('is told in English, for short options, values given to flags and options given twice', () => {
    const cases: [string[], string][] = [
      [['validate', SAMPLE, '-z'], '“bilan validate” has no option -z. Run “bilan help validate” to see its options.'],
      // A value that looks like an option is not taken as the missing one.
      [['validate', SAMPLE, '--lang', '--json'], 'The option --lang of “bilan validate” needs a value: --lang fr,en. Run “bilan help validate” for an example.'],
      [['info', SAMPLE, '--json=yes'], 'The option --json of “bilan info” takes no value: write --json alone. Run “bilan help info”.'],
      [['export', SAMPLE, '-l', 'fr', '--lang', 'en', '-o', 'x.pdf'], 'The option --lang of “bilan export” is given twice: keep one. Run “bilan help export”.'],
      [['--verbose'], 'Unknown option --verbose: before a command, Bilan knows --help and --version. Run “bilan help”.'],
    ];
    for (const [args, message] of cases) {
      const run = bilan(args, EN);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`${message}\n`);
      expect(run.stderr).not.toMatch(/parseArgs|ERR_|\n\s+at /);
    }
  });

  it('is none when short options, “--name=value” and “-lvalue” are used', () => {
    const long = bilan(['validate', SAMPLE, '--lang', 'en', '--json'], EN);
    for (const args of [['validate', '-l', 'en', SAMPLE, '--json'], ['validate', '--lang=en', '--json', SAMPLE], ['validate', SAMPLE, '-len', '--json']]) {
      const run = bilan(args, EN);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stdout).toBe(long.stdout);
    }
  });
});

describe('the command line’s French messages', () => {
  it('all follow French typography, not only those a test prints', () => {
    const own = Object.entries(fr).filter(([key]) => /^(cli|packages)\./.test(key) || ['export.targetIsFolder', 'export.needExtension', 'export.severalNeedFolder', 'export.parentIsFile', 'export.writeFailed'].includes(key));
    expect(own.length).toBeGreaterThan(100);
    for (const [key, text] of own) expect(text, key).not.toMatch(/ [:;?!»]|« /);
  });
});

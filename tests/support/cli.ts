import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cachedBuildSync } from './build-cache.js';
import { ROOT } from './paths.js';

/** What a run of the command line printed, and its exit status. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** What the command line's bundle is made from: a change to any of these makes another bundle. */
const CLI_INPUTS = ['electron', 'shared', 'templates', 'scripts', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.node.json'];

/** The bundle {@link builtCommand} found for this test file. */
let command: string | undefined;

/**
 * The command line bundled as `npm run build` bundles it (the installed `bilan` runs that
 * bundle), from the sources as they are now: made once and shared by the test files of a run.
 * A run of it starts in a fraction of a second, where compiling the sources through tsx took
 * about two seconds of CPU at each of the tests' 140-odd runs.
 */
export function builtCommand(): string {
  // Looked up once per test file: the digest reads some 7 MB of sources (about 20 ms), and a
  // file's runs all test the same sources.
  command ??= join(
    cachedBuildSync('cli', CLI_INPUTS, (out) => {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
    }),
    'bilan.cjs',
  );
  return command;
}

/**
 * Runs `bilan` as a user would, in a given locale: the installed command's bundle of the current
 * sources (`npm run bilan -- …` runs the same code through tsx), its templates and samples taken
 * from the repository as the installed command takes them from beside it.
 */
export function bilan(args: string[], locale = 'fr_FR.UTF-8', input?: string): CliRun {
  const env = { ...process.env, LANG: locale, LC_ALL: '', LC_MESSAGES: '', BILAN_APP_ROOT: process.env['BILAN_APP_ROOT'] ?? ROOT };
  const result = spawnSync(process.execPath, [builtCommand(), ...args], { cwd: ROOT, env, encoding: 'utf8', input });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

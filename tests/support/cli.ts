import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** What a run of the command line printed, and its exit status. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `bilan` as a user would (`npm run bilan -- …` runs the same file), in a given locale. */
export function bilan(args: string[], locale = 'fr_FR.UTF-8', input?: string): CliRun {
  const env = { ...process.env, LANG: locale, LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/bilan.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8', input });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The team kit beside the repository (product brief, sample facts). */
export const KIT = join(ROOT, '..', 'shared');
/** The sample reports. */
export const SAMPLE = join(ROOT, 'seeds', 'ogp-2018-2020.bilan');
export const ACTION_PLAN = join(ROOT, 'seeds', 'action-plan-2021-2023.bilan');

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'bilan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

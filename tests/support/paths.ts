import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Files the tests read as they are: the sample's facts, hostile inputs. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The sample reports. */
export const SAMPLE = join(ROOT, 'seeds', 'ogp-2018-2020.bilan');
export const ACTION_PLAN = join(ROOT, 'seeds', 'action-plan-2021-2023.bilan');

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'bilan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The facts of France's 2018–2020 plan (`tests/fixtures/sample-facts.json`), the oracle for the sample's titles. */
export interface SampleFacts {
  ambitions: { id: string; fr: string; en: string; commitments: number[] }[];
  commitments: { number: number; title: { fr: string; en: string } }[];
}

/** Reads {@link SampleFacts} from the repository's own fixtures. */
export function sampleFacts(): SampleFacts {
  return JSON.parse(readFileSync(join(FIXTURES, 'sample-facts.json'), 'utf8')) as SampleFacts;
}

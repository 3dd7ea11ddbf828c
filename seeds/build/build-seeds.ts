import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkIntegrity } from '../../shared/format/integrity.js';
import { reportJson } from '../../shared/format/write.js';
import { Report } from '../../shared/model/report.js';
import { Template } from '../../shared/model/template.js';
import { actionPlanSeed } from './action-plan-2021-2023/report.js';
import { ogp2018Seed } from './ogp-2018-2020/report.js';
import type { Seed } from './seed.js';

/**
 * Writes the sample reports in the unpacked form of the report file: `<name>.bilan/report.json`
 * and `<name>.bilan/media/<file>`. The output depends on nothing but the sources and the
 * templates (fixed ids, no dates), so every run gives the same bytes; tests/seeds checks that
 * the committed folders match.
 *
 *   npm run seeds
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function loadTemplate(id: string): Template {
  const file = join(ROOT, 'templates', id, 'template.json');
  return Template.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The sample reports, built and checked, not yet written. */
export function seeds(): Seed[] {
  return [ogp2018Seed(loadTemplate('ogp-end-of-term')), actionPlanSeed(loadTemplate('ogp-action-plan'))];
}

/** Checks a seed as thoroughly as opening it in the app would; throws with the first problem. */
function check(seed: Seed): Report {
  const parsed = Report.safeParse(seed.report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`seed ${seed.name}: invalid report at ${issue.path.join('.')}: ${issue.message}`);
  }
  const template = loadTemplate(parsed.data.template.id);
  const problem = checkIntegrity(parsed.data, seed.media, template);
  if (problem) throw new Error(`seed ${seed.name}: ${problem.key} at ${problem.path.join('.')} ${JSON.stringify(problem.params)}`);
  return parsed.data;
}

/** Builds, checks and writes every seed under `outDir`; returns the folders written. */
export function buildSeeds(outDir: string): string[] {
  const built = seeds().map((seed) => ({ seed, report: check(seed) }));
  return built.map(({ seed, report }) => {
    const folder = join(outDir, `${seed.name}.bilan`);
    // Start from an empty folder, so that an image no longer used does not linger.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'report.json'), reportJson(report));
    if (seed.media.size) mkdirSync(join(folder, 'media'));
    for (const file of [...seed.media.keys()].sort()) writeFileSync(join(folder, 'media', file), seed.media.get(file)!);
    return folder;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const folder of buildSeeds(join(ROOT, 'seeds'))) console.log(`wrote ${folder}`);
}

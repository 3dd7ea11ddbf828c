// Part of `npm run bench`: `bilan import` of a DOCX the size of the real 2018–2020 report (about
// 15,000 words, 21 commitments: the sample written out in full and exported to DOCX by Bilan
// itself, cards as label/content tables), against pandoc reading the same DOCX
// (`pandoc -f docx -t json`) in the same run: target within 2× of pandoc. Then the same at four
// times the size, to show that the time per word stays the same (linear).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDocx } from '../../electron/main/services/docx-import.js';
import { files, templates } from '../support/fixtures.js';
import { ROOT, SAMPLE } from '../support/paths.js';
import { realSizeReport, reportWords } from './real-size.js';
import { targetLine } from './verdict.js';

const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'bilan-import-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A DOCX of the sample written out to `words` words a language, exported by `bilan export`. */
async function exportedDocx(name: string, words: number): Promise<{ file: string; words: number }> {
  const { report, media } = await files.open(SAMPLE);
  const template = templates.get(report.template.id);
  const big = realSizeReport(report, template, words);
  const bilanFile = join(work, `${name}.bilan`);
  await files.save(bilanFile, big, media);
  const docx = join(work, `${name}.docx`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/bilan.ts'), 'export', bilanFile, '--format', 'docx', '--lang', 'fr', '--out', docx, '--allow-missing'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bilan export failed: ${run.stderr}`);
  return { file: docx, words: reportWords(big, 'fr') };
}

/** The median time of `RUNS` imports (after one to warm up), and what the last one found. */
async function timeImport(file: string): Promise<{ seconds: number; cards: number; toSort: number }> {
  const template = templates.get('ogp-end-of-term');
  let last = await importDocx(template, file);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await importDocx(template, file);
    runs.push((performance.now() - start) / 1000);
  }
  return { seconds: median(runs), cards: last.report.cards.length, toSort: last.summary.toSort.cards + last.summary.toSort.report };
}

/** The median time of pandoc reading the DOCX into its document tree, or undefined without pandoc. */
function timePandoc(file: string): number | undefined {
  if (spawnSync('pandoc', ['--version']).status !== 0) return undefined;
  const runs: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const run = spawnSync('pandoc', ['-f', 'docx', '-t', 'json', '-o', join(work, 'pandoc.json'), file]);
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr.toString()}`);
    if (i > 0) runs.push((performance.now() - start) / 1000);
  }
  return median(runs);
}

async function main(): Promise<void> {
  const real = await exportedDocx('real-size', 15_000);
  const large = await exportedDocx('four-times', 60_000);
  const ours = await timeImport(real.file);
  console.log(`\nImport of a DOCX the size of the real report (${real.words} words, ${(statSync(real.file).size / 1e6).toFixed(1)} MB, exported by bilan export): ${ours.cards} cards found, ${ours.toSort} items to sort`);
  console.log(`  bilan import (in process, median of ${RUNS}): ${ours.seconds.toFixed(3)} s`);
  const pandoc = timePandoc(real.file);
  if (pandoc === undefined) console.log('  pandoc is not installed here: the comparison with pandoc -f docx -t json is skipped (apt-get install pandoc)');
  else {
    console.log(`  pandoc -f docx -t json (same DOCX, median of ${RUNS}): ${pandoc.toFixed(3)} s`);
    console.log(targetLine('import over pandoc reading the same DOCX', ours.seconds / pandoc, 2, '×'));
  }
  const big = await timeImport(large.file);
  const perWord = big.seconds / large.words / (ours.seconds / real.words);
  console.log(`  the same at ${large.words} words: ${big.seconds.toFixed(3)} s, ${big.cards} cards`);
  console.log(targetLine('time per word at 4× the size over 1× (linear growth)', perWord, 1.5, '×'));
}

await main();

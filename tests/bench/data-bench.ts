// Part of `npm run bench`: the open-data package (`bilan data`) of a report 25 times the sample
// (525 cards), made in memory: datapackage.json and every CSV as text (target: under 1 s).
import { performance } from 'node:perf_hooks';
import { dataPackage } from '../../shared/data/package.js';
import type { Card, Report } from '../../shared/model/report.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { targetLine } from './verdict.js';

const TIMES = 25;

/** The sample with its cards copied `times` times (new ids and numbers), as a larger report. */
function scaled(report: Report, times: number): Report {
  const cards: Card[] = [];
  for (let k = 0; k < times; k++) {
    for (const card of report.cards) cards.push({ ...structuredClone(card), id: `${card.id}x${k}`, number: String(Number(card.number) + k * report.cards.length) });
  }
  return { ...report, cards };
}

async function main(): Promise<void> {
  const { report } = await files.open(SAMPLE);
  const big = scaled(report, TIMES);
  const template = templates.get(big.template.id);
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const made = dataPackage(big, template, { created: new Date().toISOString() });
    runs.push(performance.now() - start);
    bytes = made.reduce((n, f) => n + f.text.length, 0);
  }
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]! / 1000;
  console.log(`\nOpen-data package of a report ${TIMES}× the sample (${big.cards.length} cards, ${(bytes / 1e6).toFixed(1)} M characters of CSV and JSON)`);
  console.log(targetLine('data package', median, 1, 's', { digits: 3 }));
}

await main();

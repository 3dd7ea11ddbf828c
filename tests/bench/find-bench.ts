// Part of `npm run bench`: find over a report 25 times the sample (525 cards), in both languages,
// as the find panel runs it on each keystroke (target: under 100 ms), beside a peer measured in the
// same run on the same texts: a plain String.prototype.indexOf scan of their lower-cased words,
// which finds without folding, places, whole words or reading order. Then Replace all, for the record,
// and what the panel works out before marking the matches on the page, at each repaint (the texts
// holding matches and the current match), against one pass over the matches, on the sample and on
// the large report: linear, its time per match the same at both sizes.
import { performance } from 'node:perf_hooks';
import { highlightPlan } from '../../renderer/src/components/find/dom-matches.js';
import { replaceMatches } from '../../shared/find/replace.js';
import { DEFAULT_FIND_OPTIONS, findInReport, prepareFind, type FindOptions } from '../../shared/find/search.js';
import { searchTexts } from '../../shared/find/texts.js';
import type { Card, Report } from '../../shared/model/report.js';
import { sortedCards } from '../../shared/validate/validate.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';
import { targetLine } from './verdict.js';

const TIMES = 25;
const RUNS = 9;

/** The sample with its cards copied `times` times (new ids and numbers), as a larger report. */
function scaled(report: Report, times: number): Report {
  const cards: Card[] = [];
  for (let k = 0; k < times; k++) {
    for (const card of report.cards) cards.push({ ...structuredClone(card), id: `${card.id}x${k}`, number: String(Number(card.number) + k * report.cards.length) });
  }
  return { ...report, cards };
}

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

interface Timing {
  ms: number;
  min: number;
  max: number;
  found: number;
}

function time(run: () => number, times = RUNS): Timing {
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    found = run();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), min: Math.min(...runs), max: Math.max(...runs), found };
}

/** A figure with its spread: "12.3 ms (10.1–15.2 over 9 runs)". */
const spread = (t: Timing, runs: number) => `${t.ms.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)} over ${runs})`;

async function main(): Promise<void> {
  const { report } = await files.open(SAMPLE);
  const big = scaled(report, TIMES);
  const template = templates.get(big.template.id);
  const scope = { langs: ['fr', 'en'] as const, cardOrder: sortedCards(big).map((c) => c.id) };
  const words = searchTexts(big, template, scope, scope.cardOrder).flatMap((t) => t.pieces.map((p) => p.text));
  const characters = words.reduce((n, w) => n + w.length, 0);
  console.log(`\nFind over a report ${TIMES}× the sample (${big.cards.length} cards, ${(characters / 1e6).toFixed(2)} M characters in ${words.length} texts, both languages)`);
  const cases: [string, string, Partial<FindOptions>][] = [
    ['"transparence"', 'transparence', {}],
    ['"e" (every e)', 'e', {}],
    ['"realise", accents ignored', 'realise', { ignoreAccents: true }],
    ['"État", case and whole word', 'État', { matchCase: true, wholeWord: true }],
  ];
  const OPENED = 5;
  for (const [label, query, options] of cases) {
    const all = { ...DEFAULT_FIND_OPTIONS, ...options };
    // As the panel searches while the query is typed: the report's texts gathered once.
    const find = time(() => findInReport(big, template, query, all, scope).matches.length);
    // The first search after an edit: a new report, one card of it new (its texts gathered again).
    const cold = time(() => findInReport({ ...big, cards: big.cards.map((c, i) => (i === 0 ? { ...c } : c)) }, template, query, all, scope).matches.length);
    // The first search of a report just opened, as the window does it: the report's texts
    // gathered and folded in idle time once it is open (prepareFind, a card a step), then the query.
    const prepared = Array.from({ length: OPENED }, () => structuredClone(big));
    const steps: number[] = [];
    let next = 0;
    const preparing = time(() => {
      const report = prepared[next++]!;
      const run = prepareFind(report, template, scope, all);
      for (let at = performance.now(); !run.next().done; at = performance.now()) steps.push(performance.now() - at);
      return 0;
    }, OPENED);
    const first = time(() => findInReport(prepared.pop()!, template, query, all, scope).matches.length, OPENED);
    // The same with nothing prepared (a query typed before the window had any idle time).
    const opened = Array.from({ length: OPENED }, () => structuredClone(big));
    const unprepared = time(() => findInReport(opened.pop()!, template, query, all, scope).matches.length, OPENED);
    const needle = query.toLowerCase();
    const peer = time(() => {
      let n = 0;
      for (const w of words) {
        const lower = w.toLowerCase();
        for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) n++;
      }
      return n;
    });
    if (first.found !== find.found || unprepared.found !== find.found || cold.found !== find.found) throw new Error(`${label}: the searches disagree (${find.found}, ${cold.found}, ${first.found}, ${unprepared.found})`);
    console.log(`  ${label}: ${find.found} matches; as typed ${spread(find, RUNS)}, after an edit ${spread(cold, RUNS)}, first on a report just opened ${spread(first, OPENED)} (after ${preparing.ms.toFixed(0)} ms of preparation in idle time, its longest step ${Math.max(...steps).toFixed(1)} ms), or ${spread(unprepared, OPENED)} with nothing prepared; the indexOf peer, ${peer.found} in ${peer.ms.toFixed(1)} ms (find as typed takes ${(find.ms / peer.ms).toFixed(1)}× the peer's time)`);
    console.log(targetLine(`find ${label}, as typed`, find.ms, 100, 'ms', { digits: 1 }));
    console.log(targetLine(`find ${label}, after an edit`, cold.ms, 100, 'ms', { digits: 1 }));
    console.log(targetLine(`find ${label}, first on a report just opened`, first.ms, 100, 'ms', { digits: 1 }));
    console.log(targetLine(`find ${label}, first on a report just opened, nothing prepared`, unprepared.ms, 100, 'ms', { digits: 1 }));
  }
  const result = findInReport(big, template, 'transparence', DEFAULT_FIND_OPTIONS, scope);
  const replace = time(() => replaceMatches(big, result, result.matches, 'ouverture').replaced);
  console.log(`  Replace all "transparence" (${replace.found} replacements, one undo step): ${spread(replace, RUNS)}`);

  // Marking "e" on the page: what the panel works out once per search and current match (the
  // current one the last, the farthest to reach), beside one pass reading each match's text.
  const perMatch: number[] = [];
  for (const [name, sized] of [['the sample', report], [`${TIMES}× the sample`, big]] as const) {
    const order = sortedCards(sized).map((c) => c.id);
    const found = findInReport(sized, template, 'e', DEFAULT_FIND_OPTIONS, { langs: ['fr', 'en'], cardOrder: order });
    const last = found.matches.length - 1;
    const planned = () => highlightPlan(found, last).texts.length;
    const passed = () => {
      let sum = 0;
      for (const m of found.matches) sum += m.text;
      return sum;
    };
    // Warmed up first: on the sample one run takes a fraction of a millisecond, less than compiling it.
    time(planned, RUNS * 3);
    time(passed, RUNS * 3);
    const plan = time(planned, RUNS * 3);
    const pass = time(passed, RUNS * 3);
    perMatch.push(plan.ms / found.matches.length);
    console.log(`  Marking "e" on ${name}: ${found.matches.length} matches in ${plan.found} texts, planned in ${plan.ms.toFixed(2)} ms (${plan.min.toFixed(2)}–${plan.max.toFixed(2)} over ${RUNS * 3}); one pass over the matches ${pass.ms.toFixed(2)} ms (${(plan.ms / pass.ms).toFixed(1)}× it)`);
  }
  console.log(`  Its time per match on ${TIMES}× the sample is ${(perMatch[1]! / perMatch[0]!).toFixed(2)}× that on the sample (linear: about 1; quadratic: about ${TIMES})`);
}

await main();

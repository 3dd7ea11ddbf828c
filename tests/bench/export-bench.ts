// `npm run bench`: export speed and memory, measured against peers in the same run.
// For the sample report and generated reports 10× and 25× its size, it times the command line
// exporting to PDF and to DOCX (process start included: the bundle `npm run build` makes, run
// with its code cache as the installed `bilan` command, bin/bilan.mjs, runs it), reads
// each run's peak memory, and times LibreOffice turning our own DOCX into a PDF, the way a user
// would make the PDF today, the three taking turns so that the machine's drifting speed weighs on
// all alike. Figures are printed as ratios; nothing here is a pass/fail test. Needs
// LibreOffice (soffice) and pandoc on the PATH.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LIMITS } from '../../shared/model/limits.js';
import type { Card, Report } from '../../shared/model/report.js';
import { ReportFiles } from '../../electron/main/services/report-files.js';
import { TemplateStore } from '../../electron/main/services/template-store.js';
import { ROOT, SAMPLE } from '../support/paths.js';
import { realSizeReport, reportMarkdown, reportWords } from './real-size.js';
import { targetLine } from './verdict.js';

const work = mkdtempSync(join(tmpdir(), 'bilan-bench-'));
// The bundle built into the bench's folder finds the templates here (see electron/main/services/app-paths.ts).
process.env['BILAN_APP_ROOT'] = ROOT;
const files = new ReportFiles(new TemplateStore());

/** The sample with its cards copied `times` times (new ids and numbers), as a larger report. */
function scaled(report: Report, times: number): Report {
  const cards: Card[] = [];
  for (let k = 0; k < times; k++) {
    for (const card of report.cards) cards.push({ ...structuredClone(card), id: `${card.id}x${k}`, number: String(Number(card.number) + k * report.cards.length) });
  }
  return { ...report, cards };
}

/**
 * The sample with card 1's French results holding one word as long as a text run may be: the
 * audit's hostile package, whose line breaking once cost the square of its length.
 */
function withLongWord(report: Report): Report {
  const copy = structuredClone(report);
  const results = copy.cards[0]!.fields['results'];
  if (results?.kind !== 'richText' || !results.fr) throw new Error('the sample changed: card 1 has no French results');
  const word = 'abcdefghij'.repeat((LIMITS.textLength - 20) / 10);
  results.fr.content = [{ type: 'paragraph', children: [{ type: 'text', text: `Avant ${word} après` }] }];
  return copy;
}

/**
 * Builds the command line's bundle, as `npm run build` makes it, into the bench's own folder, and
 * returns the arguments to Node that run it the way the installed command (bin/bilan.mjs) runs a
 * fresh bundle: V8's flags, then run-bundle.cjs with its code cache, plus a module that reports
 * the run's peak memory on exit. Not through bin/bilan.mjs itself: the working tree is shared,
 * and a source saved by anyone during the bench would make it fall back to the TypeScript
 * sources through tsx (several times slower) for the rest of the runs, nor dist/cli, which
 * another build may replace halfway through.
 */
function installedCommand(): string[] {
  const dir = join(work, 'cli');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', dir], { cwd: ROOT });
  const flags = JSON.parse(readFileSync(join(ROOT, 'electron', 'main', 'v8-flags.json'), 'utf8')) as string[];
  const launcher = join(work, 'bilan-bench.mjs');
  writeFileSync(
    launcher,
    [
      "import { createRequire } from 'node:module';",
      "import { setFlagsFromString } from 'node:v8';",
      `for (const flag of ${JSON.stringify(flags)}) setFlagsFromString(flag);`,
      `createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'bin', 'run-bundle.cjs'))}).runBundle(${JSON.stringify(join(dir, 'bilan.cjs'))}, process.argv.slice(2));`,
      '',
    ].join('\n'),
  );
  const peak = join(work, 'peak-memory.mjs');
  writeFileSync(peak, `process.on('exit', (code) => process.stderr.write('BENCH ' + JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }) + '\\n'));\n`);
  return ['--import', pathToFileURL(peak).href, launcher];
}

/** One size of report, measured. */
interface Row {
  size: number;
  cards: number;
  pdf: Run;
  docx: Run;
  lo: number;
  loOverPdf: number;
}

interface Run {
  seconds: number;
  peakMb: number;
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run & { stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const bench = /BENCH (.*)/.exec(stderr);
      const peakMb = bench ? (JSON.parse(bench[1]!) as { maxRssKb: number }).maxRssKb / 1024 : NaN;
      if (code !== 0 || (bench && (JSON.parse(bench[1]!) as { code: number }).code !== 0)) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr}`));
      else resolve({ seconds, peakMb, stderr });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One export by the installed command, timed, with its peak memory. */
function exportRun(command: string[], file: string, format: 'pdf' | 'docx'): Promise<Run> {
  return timed(process.execPath, [...command, 'export', file, '--format', format, '--lang', 'fr', '--out', join(work, `out.${format}`), '--allow-missing']);
}

/** The median time of runs, and the highest peak memory among them. */
const summary = (runs: readonly Run[]): Run => ({ seconds: median(runs.map((r) => r.seconds)), peakMb: Math.max(...runs.map((r) => r.peakMb)) });

/** LibreOffice converting a DOCX to PDF, in a profile of its own that a first run has warmed up. */
function libreOffice(docx: string): () => Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'bilan-bench-lo-'));
  const args = (outdir: string) => [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx];
  spawnSync('soffice', args(mkdtempSync(join(work, 'lo-')))); // warm-up: the first start of a profile is slower than a user's
  return async () => (await timed('soffice', args(mkdtempSync(join(work, 'lo-'))))).seconds;
}

const fmt = (n: number, d = 2) => n.toFixed(d);

async function main(): Promise<void> {
  const command = installedCommand();
  const sample = await files.open(SAMPLE);
  // The first export of each format after a build compiles the code and writes its cache, once.
  const firstRuns: Record<string, number> = {};
  for (const format of ['pdf', 'docx'] as const) firstRuns[format] = (await exportRun(command, SAMPLE, format)).seconds;
  const sizes = [1, 10, 25];
  const rows: Row[] = [];
  for (const size of sizes) {
    const file = join(work, `report-${size}x.bilan`);
    await files.save(file, scaled(sample.report, size), sample.media);
    const docxFile = join(work, `our-${size}x.docx`);
    await timed(process.execPath, [...command, 'export', file, '--format', 'docx', '--lang', 'fr', '--out', docxFile, '--allow-missing']);
    const convert = libreOffice(docxFile);
    // Odd counts, so that the median is a run that happened. The machine's speed drifts (a
    // shared virtual machine): the three measures take turns, so that a slow minute slows all.
    const repeats = size === 1 ? 7 : size === 10 ? 5 : 3;
    const pdfRuns: Run[] = [];
    const docxRuns: Run[] = [];
    const loRuns: number[] = [];
    for (let i = 0; i < repeats; i++) {
      pdfRuns.push(await exportRun(command, file, 'pdf'));
      docxRuns.push(await exportRun(command, file, 'docx'));
      loRuns.push(await convert());
    }
    const pdf = summary(pdfRuns);
    const docx = summary(docxRuns);
    const lo = median(loRuns);
    // The ratio of each turn's two times (a run and the conversion right after it), then their median.
    const loOverPdf = median(loRuns.map((t, i) => t / pdfRuns[i]!.seconds));
    rows.push({ size, cards: sample.report.cards.length * size, pdf, docx, lo, loOverPdf });
    console.log(`measured ${size}× (${readdirSync(work).length} files in ${work})`);
  }
  const base = rows[0]!;
  console.log('\nExport of the sample report (1×) and of generated reports, French, allow-missing; process start included');
  console.log('size  cards  PDF s  PDF MB  DOCX s  DOCX MB  LibreOffice DOCX→PDF s  LibreOffice/PDF  PDF s/card vs 1×  DOCX s/card vs 1×');
  for (const r of rows) {
    const perCardPdf = r.pdf.seconds / r.cards / (base.pdf.seconds / base.cards);
    const perCardDocx = r.docx.seconds / r.cards / (base.docx.seconds / base.cards);
    console.log(
      [`${r.size}×`.padEnd(5), String(r.cards).padStart(5), fmt(r.pdf.seconds).padStart(6), fmt(r.pdf.peakMb, 0).padStart(7), fmt(r.docx.seconds).padStart(7), fmt(r.docx.peakMb, 0).padStart(8), fmt(r.lo).padStart(23), `${fmt(r.loOverPdf, 1)}×`.padStart(16), fmt(perCardPdf).padStart(17), fmt(perCardDocx).padStart(18)].join(' '),
    );
  }
  const big = rows[rows.length - 1]!;
  // The real report's size: every card written out in both languages, about 15,000 words each.
  const template = new TemplateStore().get(sample.report.template.id);
  const real = realSizeReport(sample.report, template);
  const realFile = join(work, 'real-size.bilan');
  await files.save(realFile, real, sample.media);
  const realDocx = join(work, 'real-size.docx');
  await timed(process.execPath, [...command, 'export', realFile, '--format', 'docx', '--lang', 'fr', '--out', realDocx, '--allow-missing']);
  const markdown = join(work, 'real-size.md');
  writeFileSync(markdown, reportMarkdown(real, template, 'fr'));
  const convertReal = libreOffice(realDocx);
  const pandoc = () => timed('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(work, 'pandoc.docx'), markdown]);
  await pandoc(); // warm-up, as LibreOffice's: the first start reads pandoc from the disk
  const realRuns: { pdf: Run[]; docx: Run[]; lo: number[]; pandoc: number[] } = { pdf: [], docx: [], lo: [], pandoc: [] };
  for (let i = 0; i < 5; i++) {
    realRuns.pdf.push(await exportRun(command, realFile, 'pdf'));
    realRuns.lo.push(await convertReal());
    realRuns.docx.push(await exportRun(command, realFile, 'docx'));
    realRuns.pandoc.push((await pandoc()).seconds);
  }
  const realPdf = summary(realRuns.pdf);
  const realDocxRun = summary(realRuns.docx);
  // Ratios of each turn's pair (a run and its peer right after it), then their median.
  const realLoOverPdf = median(realRuns.lo.map((t, i) => t / realRuns.pdf[i]!.seconds));
  const realPandocOverDocx = median(realRuns.pandoc.map((t, i) => t / realRuns.docx[i]!.seconds));
  console.log(
    `\nA real-sized report (${reportWords(real, 'fr')} words in French, every card written): PDF ${fmt(realPdf.seconds)} s, LibreOffice's conversion of our DOCX ${fmt(median(realRuns.lo))} s; DOCX ${fmt(realDocxRun.seconds)} s, pandoc from the same content as Markdown ${fmt(median(realRuns.pandoc))} s`,
  );
  const longWordFile = join(work, 'long-word.bilan');
  await files.save(longWordFile, withLongWord(sample.report), sample.media);
  const longWord: Record<'pdf' | 'docx', Run[]> = { pdf: [], docx: [] };
  for (let i = 0; i < 3; i++) for (const format of ['pdf', 'docx'] as const) longWord[format].push(await exportRun(command, longWordFile, format));
  const word = { pdf: summary(longWord.pdf), docx: summary(longWord.docx) };
  console.log(`\nThe sample with a 1,000,000-character word (no space) in card 1: PDF ${fmt(word.pdf.seconds)} s / ${fmt(word.pdf.peakMb, 0)} MB (${fmt(word.pdf.seconds / base.pdf.seconds, 1)}× the sample's), DOCX ${fmt(word.docx.seconds)} s / ${fmt(word.docx.peakMb, 0)} MB (${fmt(word.docx.seconds / base.docx.seconds, 1)}× the sample's)`);
  console.log(`\nFirst export after a build (compiles, writes the code cache): PDF ${fmt(firstRuns['pdf']!)} s, DOCX ${fmt(firstRuns['docx']!)} s`);
  console.log('\nTargets');
  const perCard = (r: Row, f: 'pdf' | 'docx') => r[f].seconds / r.cards;
  const lines = [
    targetLine('sample → PDF', base.pdf.seconds, 1.5, 's'),
    targetLine('sample → DOCX', base.docx.seconds, 1, 's'),
    ...rows.map((r) => targetLine(`PDF faster than LibreOffice's conversion of our DOCX, at ${r.size}× (median of each turn's ratio)`, r.loOverPdf, 3, '×', { atLeast: true, digits: 1 })),
    targetLine(`${big.size}× → PDF`, big.pdf.seconds, 20, 's'),
    targetLine(`${big.size}× → PDF, peak memory`, big.pdf.peakMb, 1000, 'MB', { digits: 0 }),
    targetLine(`${big.size}× → DOCX`, big.docx.seconds, 20, 's'),
    targetLine(`${big.size}× → DOCX, peak memory`, big.docx.peakMb, 1000, 'MB', { digits: 0 }),
    targetLine(`linear: PDF time per card at ${big.size}× over that at 1×`, perCard(big, 'pdf') / perCard(base, 'pdf'), 1.3, '×'),
    targetLine(`linear: DOCX time per card at ${big.size}× over that at 1×`, perCard(big, 'docx') / perCard(base, 'docx'), 1.3, '×'),
    targetLine('real-sized report: PDF faster than LibreOffice converting our DOCX (median of each turn’s ratio)', realLoOverPdf, 4, '×', { atLeast: true, digits: 1 }),
    targetLine('real-sized report: DOCX faster than pandoc writing one from Markdown (median of each turn’s ratio)', realPandocOverDocx, 1, '×', { atLeast: true }),
    targetLine('1,000,000-character word → PDF', word.pdf.seconds, 5, 's'),
    targetLine('1,000,000-character word → PDF, peak memory', word.pdf.peakMb, 500, 'MB', { digits: 0 }),
    targetLine('1,000,000-character word → DOCX', word.docx.seconds, 5, 's'),
    targetLine('1,000,000-character word → DOCX, peak memory', word.docx.peakMb, 500, 'MB', { digits: 0 }),
  ];
  for (const line of lines) console.log(line);
}

await main();

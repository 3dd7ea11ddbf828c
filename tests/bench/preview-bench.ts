// Part of `npm run bench`: the print preview ("Aperçu") after an edit on the sample, in
// Chromium through `bilan serve`'s server: from the last key typed in a field to the preview's
// page showing the new words, drawn (its text layer holds them and its canvas is painted), the
// wait for typing to stop included (target: under 1 s): the panel's 250 ms, at the end of which the
// rich-text field hands its text over at once (its own 300 ms pause is not added to it).
// Its peer, measured in the same run: the whole report exported to PDF by the same service.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { AppService } from '../../electron/main/services/app-service.js';
import { startServer } from '../../electron/serve/server.js';
import { buildRenderer } from '../renderer/support/browser.js';
import { launchChromium } from '../support/chromium.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { targetLine } from './verdict.js';

const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** "1.234 s (1.100–1.500 over 7)". */
const spread = (values: number[]) => `${median(values).toFixed(3)} s (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)} over ${values.length})`;

async function main(): Promise<void> {
  const dir = tempDir('bilan-bench-preview-');
  console.log('\nPrint preview after an edit on the sample (building the renderer first…)');
  await buildRenderer(dir);
  const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() });
  const server = await startServer({ workspace: tempDir('bilan-bench-workspace-'), service, rendererDir: dir, lang: 'fr' });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(server.url);
    await page.getByRole('article').filter({ hasText: /Plan d’action national pour la France 2018–2020/ }).getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('heading', { level: 1, name: /^Engagement n°1 – / }).waitFor();
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await page.waitForFunction(() => (document.querySelector('.bilan-preview__status')?.textContent ?? '').startsWith('À jour'), undefined, { timeout: 120_000 });
    const field = page.locator('[contenteditable="true"][aria-label="Ambition (français)"]');
    const refreshes: number[] = [];
    // Where the time goes, from the page's own clock: waiting for typing to stop (the panel's
    // pause, the field handing its text over), the request (the PDF drawn by the service, both ways over HTTP),
    // then pdf.js reading the PDF and painting the page.
    const waits: number[] = [];
    const requests: number[] = [];
    const draws: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await field.click();
      await page.keyboard.press('Control+End');
      const word = `Relevé${i}x${Date.now() % 1000}`;
      await page.evaluate(() => performance.clearResourceTimings());
      await page.keyboard.type(` ${word}`);
      const start = performance.now();
      const keyAt = await page.evaluate(() => performance.now());
      const shown = await page.waitForFunction((w) => [...document.querySelectorAll('.bilan-preview__page[data-drawn="true"] .bilan-preview__text')].some((el) => el.textContent?.includes(w)) && performance.now(), word, { timeout: 60_000, polling: 'raf' });
      const end = performance.now();
      const shownAt = (await shown.jsonValue()) as number;
      const request = await page.evaluate(
        ({ from, to }) => {
          const calls = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/renderPreview') && e.startTime >= from && (e as PerformanceResourceTiming).responseEnd <= to) as PerformanceResourceTiming[];
          const last = calls.at(-1);
          return last ? { start: last.startTime, end: last.responseEnd } : null;
        },
        { from: keyAt - 50, to: shownAt },
      );
      // The first refresh warms pdf.js and the layout code up: not counted.
      if (i === 0) continue;
      refreshes.push((end - start) / 1000);
      if (request) {
        waits.push((request.start - keyAt) / 1000);
        requests.push((request.end - request.start) / 1000);
        draws.push((shownAt - request.end) / 1000);
      }
    }
    const loaded = await service.loadReport(SAMPLE);
    if (!loaded.ok) throw new Error(loaded.error.message.en);
    const exports: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const reply = await service.renderPreview(loaded.value.docId, loaded.value.report, { lang: 'fr' });
      if (!reply.ok) throw new Error(reply.error.message.en);
      exports.push((performance.now() - start) / 1000);
    }
    const refresh = median(refreshes);
    const peer = median(exports);
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`  refreshes: ${spread(refreshes)}; load average ${load} on ${cpus().length} cores`);
    if (waits.length) console.log(`  of which (medians): waiting for typing to stop ${median(waits).toFixed(3)} s (the panel's 250 ms pause; the field's own 300 ms not added), the request ${median(requests).toFixed(3)} s, pdf.js reading and painting ${median(draws).toFixed(3)} s`);
    console.log(`  peer: the whole sample exported to PDF by the same service, ${spread(exports)}; the card's preview takes ${(refresh / peer).toFixed(2)} of it`);
    console.log(targetLine('preview refreshed after an edit (from the last key to the page drawn anew)', refresh, 1, 's', { digits: 3 }));
  } finally {
    await browser.close();
    await server.close();
    await service.shutdown();
  }
}

await main();

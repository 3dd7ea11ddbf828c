// Keystroke latency of the rich-text field on its own: `npx tsx tests/editor-browser/keystroke-bench.ts [words]`.
// Not a test: it prints figures for the lead to track. The page (tests/editor/browser-page, mode
// `?words=N`) loads about N words; the typing and its measure are those of `npm run bench`
// (tests/bench/editor-bench.ts, in the app's card editor): support/keystrokes.ts.
import type { FieldPageGlobals } from './support/page-globals.js';
import { launchChromium, serveFieldPage } from './support/field-page.js';
import { measureKeystrokes, ms, percentile } from './support/keystrokes.js';

const WORDS = Number(process.argv[2] ?? 5000);

const site = await serveFieldPage();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${site.url}?words=${WORDS}`);
  const { words, inner, outer } = await measureKeystrokes(page, page.locator('#field'));

  // The pause after typing emits the whole value; blur does the same at once.
  const blurStart = performance.now();
  await page.keyboard.press('Tab');
  await page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__value?.length);
  const blur = performance.now() - blurStart;

  console.log(`Rich-text field, ${words} words, ${outer.length} keystrokes one by one (Chromium ${browser.version()})`);
  console.log(`  in page, keydown → next frame: p50 ${ms(percentile(inner, 50))}, p95 ${ms(percentile(inner, 95))}, max ${ms(Math.max(...inner))} (${inner.length} samples)`);
  console.log(`  from the script, per key press: p50 ${ms(percentile(outer, 50))}, p95 ${ms(percentile(outer, 95))}, max ${ms(Math.max(...outer))}`);
  console.log(`  blur → value emitted (export of the whole field): ${ms(blur)}`);
} finally {
  await browser.close();
  await site.close();
}

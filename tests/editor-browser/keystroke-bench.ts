// Keystroke latency of the rich-text field in a long card: `npx tsx tests/editor-browser/keystroke-bench.ts [words]`.
// Not a test: it prints figures for the lead to track. The page (tests/editor/browser-page, mode
// `?words=N`) loads about N words and measures each keystroke from keydown to the first
// animation frame after the editor's DOM changed; this script also times each key press from
// here, round trip to the browser included.
import type { FieldPageGlobals } from './support/page-globals.js';
import { launchChromium, serveFieldPage } from './support/field-page.js';

const WORDS = Number(process.argv[2] ?? 5000);
const TEXT = 'Les jalons de cet engagement ont été atteints grâce au travail des équipes et des citoyens associés. ';
const KEYS = TEXT.repeat(2).slice(0, 100);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

const site = await serveFieldPage();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${site.url}?words=${WORDS}`);
  const field = page.locator('#field');
  await field.focus();
  const words = await field.evaluate((el) => (el as unknown as { innerText: string }).innerText.split(/\s+/).filter(Boolean).length);
  // Type in the middle of the text, where the editor has the most on either side.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.type('échauffement ', { delay: 30 });
  await page.waitForTimeout(500);
  await page.evaluate(() => ((globalThis as unknown as FieldPageGlobals).__keystrokes!.length = 0));

  const outer: number[] = [];
  for (const key of KEYS) {
    const start = performance.now();
    await page.keyboard.type(key);
    outer.push(performance.now() - start);
    // About a fast typist's pace; shorter than the pause after which the value is emitted.
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const inner = await page.evaluate(() => [...(globalThis as unknown as FieldPageGlobals).__keystrokes!]);

  // The pause after typing emits the whole value; blur does the same at once.
  const blurStart = performance.now();
  await page.keyboard.press('Tab');
  await page.evaluate(() => (globalThis as unknown as FieldPageGlobals).__value?.length);
  const blur = performance.now() - blurStart;

  console.log(`Rich-text field, ${words} words, ${KEYS.length} keystrokes one by one (Chromium ${browser.version()})`);
  console.log(`  in page, keydown → next frame: p50 ${ms(percentile(inner, 50))}, p95 ${ms(percentile(inner, 95))}, max ${ms(Math.max(...inner))} (${inner.length} samples)`);
  console.log(`  from the script, per key press: p50 ${ms(percentile(outer, 50))}, p95 ${ms(percentile(outer, 95))}, max ${ms(Math.max(...outer))}`);
  console.log(`  blur → value emitted (export of the whole field): ${ms(blur)}`);
} finally {
  await browser.close();
  await site.close();
}

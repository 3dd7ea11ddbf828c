import { performance } from 'node:perf_hooks';
import type { Locator, Page } from 'playwright-core';
import type { FieldPageGlobals } from './page-globals.js';

// Keystroke latency as the user feels it, in any editable element of any page: the rich-text
// field's test page, the card editor of the app, or a plain contenteditable measured beside
// them. Used by tests/editor-browser/keystroke-bench.ts and tests/bench/editor-bench.ts.

/** What is typed: a sentence of the report's kind, 100 keystrokes one by one. */
export const KEYS = 'Les jalons de cet engagement ont été atteints grâce au travail des équipes et des citoyens associés. '.repeat(2).slice(0, 100);

/** The latencies of one run, in milliseconds. */
export interface Keystrokes {
  /** Words in the element when typing began. */
  words: number;
  /** In the page: from keydown to the first animation frame after the DOM changed for it. */
  inner: number[];
  /** From the script: each key press, round trip to the browser included. */
  outer: number[];
}

/**
 * Installs the probe on an element: each keydown inside it is timed to the first animation
 * frame after the element's DOM changed for it (the frame that paints the character). The
 * samples land in `window.__keystrokes`. The callback runs in the page, which is why it only
 * reaches the DOM through `globalThis` (the Node project has no DOM types).
 */
export async function installKeystrokeProbe(element: Locator): Promise<void> {
  await element.evaluate((root) => {
    interface Probe {
      __keystrokes: number[];
      performance: { now(): number };
      requestAnimationFrame(callback: () => void): number;
      MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
    }
    const w = globalThis as unknown as Probe;
    const samples: number[] = [];
    w.__keystrokes = samples;
    let start: number | undefined;
    const target = root as unknown as { addEventListener(type: string, listener: (event: { timeStamp: number }) => void, options: { capture: boolean }): void };
    target.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true });
    new w.MutationObserver(() => {
      if (start === undefined) return;
      const since = start;
      start = undefined;
      w.requestAnimationFrame(() => samples.push(w.performance.now() - since));
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Types {@link KEYS} into an editable element, in the middle of its text where the editor has
 * the most on either side, at about a fast typist's pace (`paceMs` between keys), after a
 * warm-up; returns the latencies measured in the page and from the script.
 */
export async function measureKeystrokes(page: Page, element: Locator, paceMs = 30): Promise<Keystrokes> {
  await installKeystrokeProbe(element);
  await element.click();
  const words = await element.evaluate((el) => (el as unknown as { innerText: string }).innerText.split(/\s+/).filter(Boolean).length);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.type('échauffement ', { delay: paceMs });
  await page.waitForTimeout(500);
  await page.evaluate(() => ((globalThis as unknown as FieldPageGlobals).__keystrokes!.length = 0));
  const outer: number[] = [];
  for (const key of KEYS) {
    const start = performance.now();
    await page.keyboard.type(key);
    outer.push(performance.now() - start);
    await page.waitForTimeout(paceMs);
  }
  await page.waitForTimeout(200);
  const inner = await page.evaluate(() => [...(globalThis as unknown as FieldPageGlobals).__keystrokes!]);
  return { words, inner, outer };
}

/** The `p`th percentile of some values (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The middle value. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Milliseconds, as printed. */
export const ms = (n: number) => `${n.toFixed(1)} ms`;

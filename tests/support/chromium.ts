import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which the browser tests and benchmarks drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Starts Debian's Chromium, headless, with nothing that reaches out to the closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

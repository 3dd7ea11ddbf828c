import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';
import { files } from '../support/fixtures.js';

const KILLS = 100;
let script = '';

beforeAll(async () => {
  // Bundled once so that each of the hundred child processes starts in a few milliseconds.
  script = join(tempDir(), 'save-loop.mjs');
  await build({ entryPoints: [join(ROOT, 'tests/format/support/save-loop.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'error' });
});

/**
 * Runs a saver and kills it `share` (0–1) of the way through three saves' time, as long as its
 * first save took: on a loaded machine a save can last longer than a fixed delay would allow.
 */
function runAndKill(target: string, share: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, SAMPLE, target, join(ROOT, 'templates')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      const saveMs = Number(/ready (\d+)/.exec(d.toString())?.[1] ?? 40);
      setTimeout(() => child.kill('SIGKILL'), share * 3 * saveMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`saver ended by itself: ${stderr}`))));
  });
}

describe('a save killed at a random moment never leaves an unreadable file', () => {
  it(`holds after ${KILLS} kills`, async () => {
    const dir = tempDir();
    const target = join(dir, 'rapport.bilan');
    const seen = new Set<string>();
    let seed = 7;
    for (let i = 0; i < KILLS; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      await runAndKill(target, (seed % 1000) / 1000);
      const { report } = await files.open(target);
      const version = report.title.fr!.content.slice(0, 9);
      expect(['Version A', 'Version B']).toContain(version);
      seen.add(version);
      if (existsSync(`${target}.bak`)) await files.open(`${target}.bak`);
    }
    // Both versions were on disk at some point: the kills did land between saves and within them.
    expect(seen.size).toBe(2);
    // Temporary files of killed saves are swept by the next save; at most the last one remains.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.tmp.bak')).length).toBeLessThanOrEqual(2);
  }, 240_000);
});

import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../electron/main/services/file-lock.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { tempDir } from '../support/paths.js';

// The audit's reproduction: two `bilan merge` runs on one report at once both printed "Saved",
// and one's edit was lost, 8 rounds out of 8. Writers of one report file must take turns.

describe('two writers of one report take turns', () => {
  it('runs the second writer only once the first has finished, and removes the lock', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    const order: string[] = [];
    const slow = withFileLock(file, async () => {
      order.push('first starts');
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push('first ends');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withFileLock(file, async () => void order.push('second'));
    await Promise.all([slow, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('gives up after its wait with a message naming the file, and leaves the holder’s lock alone', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    let release!: () => void;
    const held = withFileLock(file, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const error = await withFileLock(file, async () => 'never', 300).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BilanError);
    expect((error as BilanError).key).toBe('save.locked');
    expect((error as BilanError).describe('fr')).toContain('rapport.bilan.lock');
    expect(existsSync(`${file}.lock`)).toBe(true);
    release();
    await held;
  });

  it('takes over a lock left by a process that died', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    expect(await withFileLock(file, async () => 'done', 1000)).toBe('done');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

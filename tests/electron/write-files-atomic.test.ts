import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TargetIsFolderError, writeFilesAtomic } from '../../electron/main/services/atomic-write.js';
import { tempDir } from '../support/paths.js';

// The renames are the last step; making one fail is the only way to reach the rollback of files
// already placed, short of filling a disk. Everything else runs on the real file system.
const failRenameTo = vi.hoisted(() => ({ target: '' }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof FsPromises>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (to === failRenameTo.target) throw Object.assign(new Error(`EXDEV: rename ${to}`), { code: 'EXDEV' });
      return real.rename(from, to);
    },
  };
});

afterEach(() => {
  failRenameTo.target = '';
});

const bytes = (text: string) => new TextEncoder().encode(text);
/** What a user sees in a folder: names and contents. */
const listing = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('writing several files as one', () => {
  it('puts every file in place, replacing older ones, and leaves no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.pdf'), 'ancien b');
    await writeFilesAtomic([
      { path: join(dir, 'a.pdf'), bytes: bytes('nouveau a') },
      { path: join(dir, 'b.pdf'), bytes: bytes('nouveau b') },
    ]);
    expect(listing(dir)).toEqual({ 'a.pdf': 'nouveau a', 'b.pdf': 'nouveau b' });
  });

  it('after a rename fails, puts back the files it replaced and removes those it added', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.pdf'), 'ancien a');
    writeFileSync(join(dir, 'c.pdf'), 'ancien c');
    const before = listing(dir);
    failRenameTo.target = join(dir, 'c.pdf');
    const files = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((name) => ({ path: join(dir, name), bytes: bytes(`nouveau ${name}`) }));
    await expect(writeFilesAtomic(files)).rejects.toThrow('EXDEV');
    expect(listing(dir)).toEqual(before);
  });

  it('removes the folder it created when the writing fails, and keeps one that was there', async () => {
    const parent = tempDir();
    const folder = join(parent, 'exports');
    failRenameTo.target = join(folder, 'b.pdf');
    const files = (dir: string) => ['a.pdf', 'b.pdf'].map((name) => ({ path: join(dir, name), bytes: bytes(name) }));
    await expect(writeFilesAtomic(files(folder), { folder })).rejects.toThrow('EXDEV');
    expect(readdirSync(parent)).toEqual([]);
    mkdirSync(folder);
    await expect(writeFilesAtomic(files(folder), { folder })).rejects.toThrow('EXDEV');
    expect(readdirSync(folder)).toEqual([]);
    failRenameTo.target = '';
    await writeFilesAtomic(files(join(parent, 'new')), { folder: join(parent, 'new') });
    expect(listing(join(parent, 'new'))).toEqual({ 'a.pdf': 'a.pdf', 'b.pdf': 'b.pdf' });
  });

  it('refuses a folder where a file is to go, before writing anything', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b.pdf'));
    const error = await writeFilesAtomic([
      { path: join(dir, 'a.pdf'), bytes: bytes('a') },
      { path: join(dir, 'b.pdf'), bytes: bytes('b') },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetIsFolderError);
    expect((error as TargetIsFolderError).path).toBe(join(dir, 'b.pdf'));
    expect(readdirSync(dir)).toEqual(['b.pdf']);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });
});

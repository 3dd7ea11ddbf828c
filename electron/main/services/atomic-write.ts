import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

async function syncDir(dir: string): Promise<void> {
  // Makes the renames durable; directories cannot be opened this way on Windows, where the
  // rename is already durable enough, hence the silent failure.
  try {
    const handle = await open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported on this platform */
  }
}

/**
 * Replaces `target` with `bytes` so that at every instant the path holds either the whole old
 * file or the whole new one: write a temporary file beside it, flush it, keep the old file as
 * `<target>.bak`, then rename the temporary file over the target.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(target);
  const tmp = temporaryName(target);
  try {
    await writeSynced(tmp, bytes);
    if (options.backup !== false) await keepBackup(target, `${tmp}.bak`);
    await rename(tmp, target);
    await syncDir(dir);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    await unlink(`${tmp}.bak`).catch(() => undefined);
    throw error;
  }
  await removeStaleTemporaries(dir, basename(target));
}

/** A temporary file's name beside `target`, which {@link removeStaleTemporaries} recognises. */
function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes a new file and flushes it to the disk. */
async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** One file of {@link writeFilesAtomic}. */
export interface FileToWrite {
  path: string;
  bytes: Uint8Array;
}

/** A folder where a file is to be written: nothing was, and the caller says so in its own words. */
export class TargetIsFolderError extends Error {
  constructor(readonly path: string) {
    super(`${path} is a folder`);
    this.name = 'TargetIsFolderError';
  }
}

/**
 * Writes several files as one: either every one is in place, or none of the paths changed.
 * Each file is first written and flushed beside its target under a temporary name; only when
 * all are, each is renamed over its target, the file it replaces kept aside until the last
 * rename succeeded. If a write or a rename fails, the files already placed are removed, or the
 * ones they replaced put back, and the temporary files go. `folder`, when given, is created if
 * it does not exist (its parent must) and removed again after a failure, so that a failed
 * export or set of packages leaves no empty folder behind. A target that is a folder is
 * refused before anything is written ({@link TargetIsFolderError}). The export (command line
 * and the desktop app's worker) and the contribution packages write through this.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], options: { folder?: string } = {}): Promise<void> {
  for (const file of files) {
    if ((await stat(file.path).catch(() => undefined))?.isDirectory()) throw new TargetIsFolderError(file.path);
  }
  const created = options.folder !== undefined && (await mkdir(options.folder).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  ));
  const staged = files.map((file) => ({ ...file, tmp: temporaryName(file.path), kept: undefined as string | undefined, placed: false }));
  try {
    for (const file of staged) await writeSynced(file.tmp, file.bytes);
    for (const file of staged) {
      file.kept = await keepAside(file.path, `${file.tmp}.bak`);
      await rename(file.tmp, file.path);
      file.placed = true;
    }
  } catch (error) {
    for (const file of staged.reverse()) {
      if (file.placed && file.kept) await rename(file.kept, file.path).catch(() => undefined);
      else if (file.placed) await unlink(file.path).catch(() => undefined);
      await unlink(file.tmp).catch(() => undefined);
      if (file.kept) await unlink(file.kept).catch(() => undefined);
    }
    if (created) await rmdir(options.folder!).catch(() => undefined);
    throw error;
  }
  for (const file of staged) if (file.kept) await unlink(file.kept).catch(() => undefined);
  for (const dir of new Set(staged.map((f) => dirname(f.path)))) await syncDir(dir);
  for (const file of staged) await removeStaleTemporaries(dirname(file.path), basename(file.path));
}

/** Keeps the file at `target`, if any, as `staging` (a hard link, else a copy); returns where. */
async function keepAside(target: string, staging: string): Promise<string | undefined> {
  try {
    await link(target, staging);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    await copyFile(target, staging); // file systems without hard links
  }
  return staging;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of earlier saves of this file that were cut short by a crash. */
async function removeStaleTemporaries(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const entry of names) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp(\.bak)?$/.exec(entry.slice(prefix.length));
    if (match && Number(match[1]) !== process.pid && !isRunning(Number(match[1]))) await unlink(join(dir, entry)).catch(() => undefined);
  }
}

/** Keeps the current file as `<target>.bak`, itself replaced atomically. */
async function keepBackup(target: string, staging: string): Promise<void> {
  if (await keepAside(target, staging)) await rename(staging, `${target}.bak`); // none on a first save
}

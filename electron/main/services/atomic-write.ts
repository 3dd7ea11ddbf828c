import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, readdir, rename, unlink } from 'node:fs/promises';
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
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
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
  try {
    await link(target, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // nothing to keep: a first save
    await copyFile(target, staging); // file systems without hard links
  }
  await rename(staging, `${target}.bak`);
}

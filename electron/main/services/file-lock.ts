import { hostname } from 'node:os';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { BilanError } from '../../../shared/i18n/errors.js';

/** Who holds a report file's lock, as written in `<file>.lock`. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** How long a writer waits for another one to finish before giving up, by default. */
export const LOCK_WAIT_MS = 30_000;
/** A lock older than this is taken over even if its process seems alive (a reused pid). */
const STALE_MS = 10 * 60_000;

const lockPath = (file: string) => `${file}.lock`;

/** How old an unreadable lock file must be to count as left behind: writing one takes microseconds. */
const UNREADABLE_STALE_MS = 5_000;

/**
 * Whether the lock at `path` was left by a process that is gone, or is too old to trust. A lock
 * whose owner cannot be read may be one another writer has created and not yet written: it
 * counts as left behind only once it is older than {@link UNREADABLE_STALE_MS}.
 */
async function isStale(path: string, owner: LockOwner | undefined): Promise<boolean> {
  if (!owner) {
    const info = await stat(path).catch(() => undefined);
    return !info || Date.now() - info.mtimeMs > UNREADABLE_STALE_MS;
  }
  if (Date.now() - Date.parse(owner.since) > STALE_MS) return true;
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the lock file, or returns false when another writer holds it. */
async function tryLock(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockOwner));
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Runs `work` while holding `<file>.lock`, so that two writers of one report (two `bilan merge`
 * runs, the command line and the window) take turns: read, merge and write happen with nobody
 * else writing. A writer waits up to `waitMs` for the other to finish, then gives up with a
 * message naming the file and since when it is held (`save.locked`). A lock left by a process
 * that died is taken over; the lock file is removed when `work` ends, however it ends.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const path = lockPath(file);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryLock(path)) break;
    const owner = await readOwner(path);
    if (await isStale(path, owner)) {
      // Renamed away, then checked: if another writer took the lock anew between our look and
      // the rename, what was moved is theirs, and it is put back before anything is removed.
      const aside = `${path}.${process.pid}.stale`;
      if (await rename(path, aside).then(() => true, () => false)) {
        if (JSON.stringify(await readOwner(aside)) !== JSON.stringify(owner)) await link(aside, path).catch(() => undefined);
        await unlink(aside).catch(() => undefined);
      }
      continue;
    }
    if (Date.now() >= deadline) throw new BilanError('save.locked', { file, since: owner?.since ?? '?' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await work();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}

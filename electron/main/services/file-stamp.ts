import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** What a report file was when it was read or written: to tell whether someone else wrote it since. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The stamp of a file as it is now; undefined when there is no file there (a folder, nothing). */
export async function stampOf(path: string): Promise<FileStamp | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return undefined;
  return { size: bytes.length, mtimeMs: info.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Whether the file behind two stamps holds the same bytes. The content decides, not the time:
 * a file only touched (copied back, synced) is the one the user opened, while a rewrite within
 * the file system's time resolution would keep its time.
 */
export function sameFile(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}

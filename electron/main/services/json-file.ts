import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

// The shell's small settings (recent files, window bounds) are JSON files in userData. They
// are conveniences: an unreadable one is treated as absent rather than reported.

/** The parsed content of a JSON file, or undefined when it is missing or unreadable. */
export async function readJsonFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Replaces a JSON file atomically (no backup); failures are ignored, as for any preference. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`), { backup: false });
  } catch {
    /* a preference that cannot be kept is not worth an error dialog */
  }
}

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Everything under a folder as a user would compare it before and after a command: each path
 * with its file's SHA-256, or `/` for a folder. Hidden temporary files count too.
 */
export function tree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        entries[path] = '/';
        walk(path);
      } else entries[path] = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
    }
  };
  walk('');
  return entries;
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The application's folder, the nearest one above `moduleUrl` holding both `package.json` and
 * `templates/`: three levels up from the sources (electron/main/services), two from the
 * bundles (dist/electron, dist/cli), inside `app.asar` once packaged. Null when there is none.
 */
export function findAppRoot(moduleUrl: string): string | null {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Where the application's own data lives: templates and the sample reports. BILAN_APP_ROOT overrides it. */
export const APP_ROOT = process.env['BILAN_APP_ROOT'] ?? findAppRoot(import.meta.url) ?? fileURLToPath(new URL('../../../', import.meta.url));
/** The folder of installed templates, one sub-folder each. */
export const TEMPLATES_DIR = join(APP_ROOT, 'templates');
/** The folder of sample reports offered on the start screen. */
export const SEEDS_DIR = join(APP_ROOT, 'seeds');

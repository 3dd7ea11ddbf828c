import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the application's own data lives: templates and the sample reports. */
export const APP_ROOT = process.env['BILAN_APP_ROOT'] ?? fileURLToPath(new URL('../../../', import.meta.url));
/** The folder of installed templates, one sub-folder each. */
export const TEMPLATES_DIR = join(APP_ROOT, 'templates');
/** The folder of sample reports offered on the start screen. */
export const SEEDS_DIR = join(APP_ROOT, 'seeds');

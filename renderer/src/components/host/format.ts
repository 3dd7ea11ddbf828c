import type { Lang } from '../../../../shared/model/localized.js';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A file's size as people read it: "12 ko", "1,4 Mo" / "12 kB", "1.4 MB". */
export function formatSize(lang: Lang, bytes: number): string {
  const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [Math.round(bytes / 100_000) / 10, 'megabyte'];
  return new Intl.NumberFormat(locale(lang), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** A date and time, short: "3 mars 2025, 14:05". */
export function formatDate(lang: Lang, iso: string): string {
  return new Date(iso).toLocaleString(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A workspace-relative path joined from a folder ('' for the root) and a name. */
export const joinPath = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);

/** The folder above a workspace-relative one; the root stays the root. */
export const parentOf = (folder: string) => folder.split('/').slice(0, -1).join('/');

/**
 * The address `bilan serve` downloads a file of its workspace from (`/files/<relative path>`),
 * or null when the file is not inside the workspace folder.
 */
export function downloadUrl(root: string, file: string): string | null {
  const slashes = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const base = slashes(root);
  const path = slashes(file);
  if (!path.startsWith(`${base}/`)) return null;
  const rest = path.slice(base.length + 1).split('/');
  if (rest.some((part) => part === '' || part === '.' || part === '..')) return null;
  return `/files/${rest.map(encodeURIComponent).join('/')}`;
}

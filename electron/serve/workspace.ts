import { mkdir, opendir, realpath, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { WorkspaceEntry, WorkspaceListing } from '../../shared/ipc/dto.js';
import { refused } from '../main/services/ipc-args.js';

/** The most entries one listing carries; a folder holding more is listed in part, and says so. */
export const LISTING_LIMIT = 5000;

const isReport = (name: string) => /\.bilan$/i.test(name);

/**
 * The parts of a workspace-relative path ('/'-separated; '' is the root), or undefined when it
 * could leave the folder or name something else than written: an absolute path (`/x`, `C:\x`,
 * `\\server`), a `..` part, a NUL, a backslash (a separator on Windows, so refused everywhere).
 */
export function relativeParts(path: string): string[] | undefined {
  if (path.includes('\0') || path.includes('\\') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') ? undefined : parts;
}

/**
 * The folder `bilan serve` works in: the only place the page may open, save and export files.
 * Every path the page names is relative to it, and is resolved through the file system's links
 * (the real path of its deepest existing part) before it is used: a link leading out is refused
 * like a `..`.
 */
export class Workspace {
  /** The folder's real path (links resolved). */
  readonly root: string;

  constructor(folder: string) {
    this.root = realpathSync(folder);
  }

  /** The folder's name, for display. */
  get name(): string {
    return basename(this.root) || this.root;
  }

  /**
   * The absolute path of a workspace-relative path, checked to stay inside: refused (key
   * `workspace.outside`) otherwise, and `workspace.notFound` when `mustExist` and it does not.
   */
  async resolve(path: string, mustExist: boolean): Promise<string> {
    const parts = relativeParts(path);
    if (!parts) throw this.outside(path);
    const full = join(this.root, ...parts);
    // The deepest part that exists, through its links; what follows it does not exist yet.
    let existing = full;
    let rest = '';
    for (;;) {
      const real = await realpath(existing).catch(() => undefined);
      if (real !== undefined) {
        if (!this.contains(real)) throw this.outside(path);
        if (mustExist && rest !== '') throw refused('workspace.notFound', { file: path, root: this.root });
        return rest === '' ? real : join(real, rest);
      }
      if (existing === this.root) throw refused('workspace.notFound', { file: path, root: this.root });
      rest = rest === '' ? basename(existing) : join(basename(existing), rest);
      existing = dirname(existing);
    }
  }

  /**
   * A folder for files to be written in (exports, packages): '' is the workspace itself. A
   * missing folder is created when its parent is a folder of the workspace.
   */
  async folder(path: string): Promise<string> {
    const full = await this.resolve(path, false);
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) return full;
    if (info) throw refused('workspace.notFolder', { file: path, root: this.root });
    const parent = await stat(dirname(full)).catch(() => undefined);
    if (!parent?.isDirectory()) throw refused('workspace.notFound', { file: path, root: this.root });
    await mkdir(full);
    return full;
  }

  /** The workspace-relative, '/'-separated form of a path inside it. */
  relative(full: string): string {
    return relative(this.root, full).split(sep).join('/');
  }

  /** One folder's entries for the page's chooser (see {@link WorkspaceListing}). */
  async list(folder: string): Promise<WorkspaceListing> {
    const full = await this.resolve(folder, true);
    if (!(await stat(full)).isDirectory()) throw refused('workspace.notFolder', { file: folder, root: this.root });
    const prefix = this.relative(full);
    const entries: WorkspaceEntry[] = [];
    let truncated = false;
    for await (const dirent of await opendir(full)) {
      if (dirent.name.startsWith('.')) continue;
      if (entries.length === LISTING_LIMIT) {
        truncated = true;
        break;
      }
      const entry = await this.entry(join(full, dirent.name), dirent.name, prefix);
      if (entry) entries.push(entry);
    }
    const rank = (e: WorkspaceEntry) => (e.kind === 'folder' ? 0 : 1);
    entries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    return { folder: prefix, entries, truncated };
  }

  /** An entry as listed; undefined for what cannot be read, or a link leading out. */
  private async entry(full: string, name: string, prefix: string): Promise<WorkspaceEntry | undefined> {
    const real = await realpath(full).catch(() => undefined);
    if (real === undefined || !this.contains(real)) return undefined;
    const info = await stat(real).catch(() => undefined);
    if (!info || !(info.isDirectory() || info.isFile())) return undefined;
    const kind = isReport(name) ? 'report' : info.isDirectory() ? 'folder' : 'file';
    return { name, path: prefix === '' ? name : `${prefix}/${name}`, kind, size: info.isFile() ? info.size : 0, modified: info.mtime.toISOString() };
  }

  private contains(real: string): boolean {
    return real === this.root || real.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
  }

  private outside(path: string) {
    return refused('workspace.outside', { file: path, root: this.root });
  }
}

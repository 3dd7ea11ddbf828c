import { join } from 'node:path';
import { z } from 'zod';
import type { ViewSettings } from '../../../shared/ipc/dto.js';
import type { Person } from '../../../shared/model/report.js';
import { cleanIdentity, isValidIdentity } from '../../../shared/validate/identity.js';
import { nextZoom, parseZoom, type ZoomDirection } from '../../../shared/view/zoom.js';
import { parseRecent, withRecent } from '../recent-files.js';
import { parseWindowState, type WindowState } from '../window-state.js';
import { readJsonFile, writeJsonFile } from './json-file.js';

/** Who signs packages and imports, as remembered: what does not parse counts as unknown. */
export function parseUser(raw: unknown): Person | null {
  const parsed = z.strictObject({ name: z.string(), email: z.string() }).safeParse(raw);
  return parsed.success && isValidIdentity(parsed.data) ? cleanIdentity(parsed.data) : null;
}

/** Where the user's name and email are remembered (the shell's settings, or memory in tests). */
export interface IdentityStore {
  /** The identity remembered, or null before the first time. */
  readonly user: Person | null;
  saveUser(user: Person): Promise<void>;
}

/** An identity kept in memory only: what a service gets when the shell gives it no settings. */
export class MemoryIdentity implements IdentityStore {
  user: Person | null = null;

  async saveUser(user: Person): Promise<void> {
    this.user = cleanIdentity(user);
  }
}

/** The view's preferences as remembered: what does not parse counts as the actual size. */
export function parseView(raw: unknown): { zoom: number } {
  const zoom = raw !== null && typeof raw === 'object' && 'zoom' in raw ? raw.zoom : undefined;
  return { zoom: parseZoom(zoom) };
}

/** Where the view's preferences are kept: the page's zoom (the browser's; the desktop window zooms itself). */
export interface ViewSettingsStore {
  view(): Promise<ViewSettings>;
  /** Keeps them (a zoom out of range is the actual size); answers them as kept. */
  saveView(settings: ViewSettings): Promise<ViewSettings>;
}

/** View preferences kept in memory only: what a service gets when nothing keeps them. */
export class MemoryViewSettings implements ViewSettingsStore {
  private kept: ViewSettings = { zoom: 1 };

  async view(): Promise<ViewSettings> {
    return this.kept;
  }

  async saveView(settings: ViewSettings): Promise<ViewSettings> {
    this.kept = parseView(settings);
    return this.kept;
  }
}

/** View preferences in a JSON file (`bilan serve`: the workspace's `.bilan-view.json`), read anew each time. */
export class JsonViewSettings implements ViewSettingsStore {
  constructor(private readonly file: string) {}

  async view(): Promise<ViewSettings> {
    return parseView(await readJsonFile(this.file));
  }

  async saveView(settings: ViewSettings): Promise<ViewSettings> {
    const kept = parseView(settings);
    await writeJsonFile(this.file, kept);
    return kept;
  }
}

/**
 * The shell's preferences kept in userData: the recent files, the window's bounds, the window's
 * zoom (View menu), and the user's name and email (to sign the packages they send and the
 * imports they apply).
 */
export class ShellSettings implements IdentityStore {
  recent: string[] = [];
  window: WindowState | undefined;
  user: Person | null = null;
  /** The window's zoom factor, 1 for the actual size (`view.json`). */
  zoom = 1;

  constructor(private readonly dir: string) {}

  async load(): Promise<void> {
    this.recent = parseRecent(await readJsonFile(join(this.dir, 'recent.json')));
    this.window = parseWindowState(await readJsonFile(join(this.dir, 'window-state.json')));
    this.user = parseUser(await readJsonFile(join(this.dir, 'user.json')));
    this.zoom = parseView(await readJsonFile(join(this.dir, 'view.json'))).zoom;
  }

  /** Zooms in, out or back to the actual size, one step, and remembers it; answers the new factor. */
  async stepZoom(direction: ZoomDirection): Promise<number> {
    this.zoom = nextZoom(this.zoom, direction);
    await writeJsonFile(join(this.dir, 'view.json'), { zoom: this.zoom });
    return this.zoom;
  }

  async saveUser(user: Person): Promise<void> {
    this.user = cleanIdentity(user);
    await writeJsonFile(join(this.dir, 'user.json'), this.user);
  }

  async addRecent(path: string): Promise<void> {
    this.recent = withRecent(this.recent, path);
    await writeJsonFile(join(this.dir, 'recent.json'), this.recent);
  }

  async clearRecent(): Promise<void> {
    this.recent = [];
    await writeJsonFile(join(this.dir, 'recent.json'), this.recent);
  }

  async saveWindow(state: WindowState): Promise<void> {
    this.window = state;
    await writeJsonFile(join(this.dir, 'window-state.json'), state);
  }
}

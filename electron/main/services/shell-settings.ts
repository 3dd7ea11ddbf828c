import { join } from 'node:path';
import { parseRecent, withRecent } from '../recent-files.js';
import { parseWindowState, type WindowState } from '../window-state.js';
import { readJsonFile, writeJsonFile } from './json-file.js';

/** The shell's preferences kept in userData: the recent files and the window's bounds. */
export class ShellSettings {
  recent: string[] = [];
  window: WindowState | undefined;

  constructor(private readonly dir: string) {}

  async load(): Promise<void> {
    this.recent = parseRecent(await readJsonFile(join(this.dir, 'recent.json')));
    this.window = parseWindowState(await readJsonFile(join(this.dir, 'window-state.json')));
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

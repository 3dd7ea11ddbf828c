import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user's data folder for Bilan: the one the desktop app's Electron gives as `userData`
 * (Linux `$XDG_CONFIG_HOME/Bilan` or `~/.config/Bilan`, Windows `%APPDATA%\Bilan`, macOS
 * `~/Library/Application Support/Bilan`), so that `bilan serve` and the desktop app share the
 * recent files, the user's name and email, and the recovery copies of unsaved work.
 * `BILAN_DATA_DIR` puts it elsewhere (a portable copy, a test).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const chosen = env['BILAN_DATA_DIR'];
  if (chosen) return chosen;
  if (platform === 'win32') return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), 'Bilan');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Bilan');
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'Bilan');
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecent, RECENT_LIMIT, withRecent } from '../../electron/main/recent-files.js';
import { ShellSettings } from '../../electron/main/services/shell-settings.js';
import { tempDir } from '../support/paths.js';

describe('the recent files', () => {
  it('puts the last file used first, once, and keeps ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/r/${i}.bilan`);
    list = withRecent(list, '/r/5.bilan');
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toBe('/r/5.bilan');
    expect(list.filter((p) => p === '/r/5.bilan')).toHaveLength(1);
    expect(list).not.toContain('/r/0.bilan');
  });

  it('reads a damaged list as empty, and keeps only report files', () => {
    expect(parseRecent({ not: 'a list' })).toEqual([]);
    expect(parseRecent(['/a.bilan', '/etc/passwd', 3])).toEqual([]);
    expect(parseRecent(['/a.bilan', '/etc/passwd'])).toEqual(['/a.bilan']);
  });

  it('are remembered from one session to the next, with the window’s bounds', async () => {
    const dir = tempDir();
    const first = new ShellSettings(dir);
    await first.load();
    await first.addRecent('/r/one.bilan');
    await first.addRecent('/r/two.bilan');
    await first.saveWindow({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    const next = new ShellSettings(dir);
    await next.load();
    expect(next.recent).toEqual(['/r/two.bilan', '/r/one.bilan']);
    expect(next.window).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    await next.clearRecent();
    expect(existsSync(join(dir, 'recent.json'))).toBe(true);
    const last = new ShellSettings(dir);
    await last.load();
    expect(last.recent).toEqual([]);
  });
});

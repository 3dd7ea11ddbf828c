import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { ShellSettings } from '../../electron/main/services/shell-settings.js';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import { nextZoom, parseZoom, ZOOM_STEPS } from '../../shared/view/zoom.js';
import { tempDir } from '../support/paths.js';

describe('the zoom steps of the View menu', () => {
  it('go in and out a step at a time, between half size and three times, and back to the actual size', () => {
    expect(nextZoom(1, 'in')).toBe(1.1);
    expect(nextZoom(1.1, 'in')).toBe(1.25);
    expect(nextZoom(1.25, 'out')).toBe(1.1);
    expect(nextZoom(1, 'out')).toBe(0.9);
    expect(nextZoom(3, 'in')).toBe(3);
    expect(nextZoom(0.5, 'out')).toBe(0.5);
    expect(nextZoom(2.5, 'reset')).toBe(1);
    // A factor between steps (Ctrl+wheel in a browser) goes to the next step each way.
    expect(nextZoom(1.3, 'in')).toBe(1.5);
    expect(nextZoom(1.3, 'out')).toBe(1.25);
    let factor = 1;
    for (let i = 0; i < 3; i++) factor = nextZoom(factor, 'in');
    expect(factor).toBe(1.5);
    for (let i = 0; i < 2; i++) factor = nextZoom(factor, 'in');
    expect(factor).toBe(2);
    expect([...ZOOM_STEPS]).toEqual([...ZOOM_STEPS].sort((a, b) => a - b));
  });

  it('read back only what makes sense: anything else is the actual size', () => {
    for (const bad of [undefined, null, 'big', Number.NaN, Infinity, 0, -1, 10, {}]) expect(parseZoom(bad)).toBe(1);
    expect(parseZoom(1.75)).toBe(1.75);
  });
});

describe('the window’s zoom in the shell settings', () => {
  it('is remembered across restarts, in view.json of the application’s data folder', async () => {
    const dir = tempDir();
    const first = new ShellSettings(dir);
    await first.load();
    expect(first.zoom).toBe(1);
    expect(await first.stepZoom('in')).toBe(1.1);
    expect(await first.stepZoom('in')).toBe(1.25);
    expect(JSON.parse(readFileSync(join(dir, 'view.json'), 'utf8'))).toEqual({ zoom: 1.25 });
    const next = new ShellSettings(dir);
    await next.load();
    expect(next.zoom).toBe(1.25);
    expect(await next.stepZoom('reset')).toBe(1);
    const last = new ShellSettings(dir);
    await last.load();
    expect(last.zoom).toBe(1);
  });

  it('starts at the actual size when view.json is broken or hand-edited out of range', async () => {
    const dir = tempDir();
    for (const text of ['{ not json', '{"zoom": 40}', '{"zoom": "2"}', '[]']) {
      writeFileSync(join(dir, 'view.json'), text);
      const settings = new ShellSettings(dir);
      await settings.load();
      expect(settings.zoom, text).toBe(1);
    }
  });
});

describe('the view settings a browser page keeps (bilan serve)', () => {
  it('are kept in the workspace, checked, and refused in words when malformed', async () => {
    const workspace = tempDir();
    const service = createWorkspaceService(workspace, { appDataDir: tempDir() });
    expect(await service.getViewSettings()).toEqual({ ok: true, value: { zoom: 1 } });
    expect(await service.setViewSettings({ zoom: 1.5 })).toEqual({ ok: true, value: { zoom: 1.5 } });
    expect(JSON.parse(readFileSync(join(workspace, '.bilan-view.json'), 'utf8'))).toEqual({ zoom: 1.5 });
    // Another run of bilan serve on the same folder reads it back.
    expect(await createWorkspaceService(workspace, { appDataDir: tempDir() }).getViewSettings()).toEqual({ ok: true, value: { zoom: 1.5 } });
    // Out of range is the actual size; not a number is refused, saying so, and nothing changes.
    expect(await service.setViewSettings({ zoom: 40 })).toEqual({ ok: true, value: { zoom: 1 } });
    const refused = await service.setViewSettings({ zoom: 'big' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message.fr).toMatch(/refusée/);
    expect(await service.getViewSettings()).toEqual({ ok: true, value: { zoom: 1 } });
  });

  it('are kept in memory by a service given no place for them (the desktop window zooms itself)', async () => {
    const service = new AppService({ appDataDir: tempDir() });
    expect(await service.setViewSettings({ zoom: 2 })).toEqual({ ok: true, value: { zoom: 2 } });
    expect(await service.getViewSettings()).toEqual({ ok: true, value: { zoom: 2 } });
  });
});

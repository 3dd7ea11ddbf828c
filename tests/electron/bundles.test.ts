import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, CHANNELS } from '../../shared/ipc/channels.js';
import type { ExportStatus, LoadedReport } from '../../shared/ipc/dto.js';
import type { Result } from '../../shared/ipc/result.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';

// The Electron binary cannot run here, so the built bundles are loaded in Node against a
// stand-in `electron` module that records what they ask of it: which window, which page,
// which IPC channels, what the preload exposes.

interface Recorded {
  windows: { options: { webPreferences?: Record<string, unknown> }; url?: string }[];
  handled: string[];
  handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  exposed: Map<string, Record<string, unknown>>;
  invoked: unknown[][];
  menu: unknown;
  spellCheck: string[];
  /** The folder the next open dialog answers with (cancelled when unset). */
  openDialogFolder?: string;
}

const userData = tempDir('bilan-user-data-');

function fakeElectron(rec: Recorded) {
  class BrowserWindow {
    readonly webContents = { on: () => undefined, once: () => undefined, setWindowOpenHandler: () => undefined, send: () => undefined };
    constructor(options: Recorded['windows'][number]['options']) {
      rec.windows.push({ options });
    }
    once() {}
    on() {}
    maximize() {}
    loadURL(url: string) {
      rec.windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      getAppPath: () => ROOT,
      getLocale: () => 'fr-FR',
      getPath: (name: string) => (name === 'userData' ? userData : ROOT),
      requestSingleInstanceLock: () => true,
      on: () => undefined,
      quit: () => undefined,
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        rec.handled.push(channel);
        rec.handlers.set(channel, handler);
      },
      removeHandler: () => undefined,
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (rec.menu = m) },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined, setSpellCheckerLanguages: (langs: string[]) => void (rec.spellCheck = langs) } },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: () => Promise.resolve() },
    dialog: {
      showOpenDialog: () => Promise.resolve(rec.openDialogFolder ? { canceled: false, filePaths: [rec.openDialogFolder] } : { canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => void rec.exposed.set(name, api) },
    ipcRenderer: { invoke: (...args: unknown[]) => (rec.invoked.push(args), Promise.resolve()), on: () => undefined, removeListener: () => undefined },
  };
}

/** Loads a CommonJS bundle with `electron` replaced by the stand-in. */
function loadWithFakeElectron(file: string, rec: Recorded): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const fake = fakeElectron(rec);
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake : original.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(file);
  } finally {
    loader._load = original;
  }
}

describe('the built main process and preload', () => {
  let out: string;
  const rec: Recorded = { windows: [], handled: [], handlers: new Map(), exposed: new Map(), invoked: [], menu: undefined, spellCheck: [] };

  beforeAll(() => {
    out = tempDir('bilan-electron-');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-electron.mjs'), '--outdir', out], { cwd: ROOT });
    loadWithFakeElectron(join(out, 'main.cjs'), rec);
    loadWithFakeElectron(join(out, 'preload.cjs'), rec);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
  });

  it('opens one sandboxed window on the built page, with the built preload', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rec.windows).toHaveLength(1);
    const [win] = rec.windows;
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(ROOT, 'dist', 'electron', 'preload.cjs'),
    });
    expect(win!.url).toBe(pathToFileURL(join(ROOT, 'dist', 'renderer', 'index.html')).href);
    expect(Array.isArray(rec.menu)).toBe(true);
  });

  it('rebuilds the menu for what the window says it holds: nothing, a report, a package', async () => {
    type Item = { id?: string; enabled?: boolean; submenu?: Item[] };
    const item = (id: string) => (rec.menu as Item[]).flatMap((m) => m.submenu ?? []).find((i) => i.id === id);
    const page = { senderFrame: { url: pathToFileURL(join(ROOT, 'dist', 'renderer', 'index.html')).href } };
    const tell = (kind: string) => rec.handlers.get(CHANNELS.setOpenDocument)!(page, kind);
    expect(item('export')?.enabled).toBe(false);
    expect(await tell('report')).toEqual({ ok: true, value: null });
    expect(item('export')?.enabled).not.toBe(false);
    expect(item('import-packages')?.enabled).not.toBe(false);
    await tell('package');
    expect(item('export')).toBeUndefined();
    expect(item('import-packages')).toBeUndefined();
    expect(item('save')?.enabled).not.toBe(false);
    await tell('none');
    expect(item('save')?.enabled).toBe(false);
  });

  it('exports through the built worker, from V8’s compiled code kept in the user’s data folder after the first export', async () => {
    const page = { senderFrame: { url: pathToFileURL(join(ROOT, 'dist', 'renderer', 'index.html')).href } };
    const call = async <T>(channel: string, ...args: unknown[]): Promise<T> => {
      const reply = (await rec.handlers.get(channel)!(page, ...args)) as Result<T>;
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
      return reply.value;
    };
    const loaded = await call<LoadedReport>(CHANNELS.loadReport, SAMPLE);
    const cache = join(userData, 'code-cache', 'export-worker.v8cache');
    const exportOnce = async () => {
      rec.openDialogFolder = tempDir('bilan-export-');
      const folder = await call<string>(CHANNELS.chooseExportFolder);
      const job = await call<string>(CHANNELS.startExport, loaded.docId, loaded.report, { formats: ['pdf'], langs: ['fr'], folder, allowMissing: true });
      let status = await call<ExportStatus>(CHANNELS.exportStatus, job);
      while (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = await call<ExportStatus>(CHANNELS.exportStatus, job);
      }
      expect(status.state).toBe('done');
      return execFileSync('pdftotext', [join(folder, 'rapport-fr.pdf'), '-'], { encoding: 'utf8' });
    };
    expect(existsSync(cache)).toBe(false);
    const first = await exportOnce();
    expect(first).toContain('Engagement n°5 – Désigner des administrateurs ministériels des données');
    // The first export stored the code it compiled; the second starts from it, which V8 accepts
    // (the file is not rewritten), and makes the same document.
    const stored = statSync(cache);
    expect(stored.size).toBeGreaterThan(1_000_000);
    expect(await exportOnce()).toBe(first);
    expect(statSync(cache).mtimeMs).toBe(stored.mtimeMs);
  });

  it('checks spelling in French and English', () => {
    expect(rec.spellCheck).toEqual(['fr', 'en-GB']);
  });

  it('handles exactly the channels of the contract', () => {
    expect([...rec.handled].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('exposes only `api`, one function per method plus the two notifications', async () => {
    expect([...rec.exposed.keys()]).toEqual(['api']);
    const api = rec.exposed.get('api')!;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand', 'onReportOpened'].sort());
    await (api['openReport'] as (path: string) => Promise<unknown>)('/reports/a.bilan');
    expect(rec.invoked).toEqual([[CHANNELS.openReport, '/reports/a.bilan']]);
  });
});

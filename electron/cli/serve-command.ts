import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import type { Lang } from '../../shared/model/localized.js';
import { startServer } from '../serve/server.js';
import { userDataDir } from '../serve/user-data.js';

/** Where the command prints. */
interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** What the command needs from the system; the real one by default. */
export interface ServeSystem {
  /** Opens an address in the user's browser; resolves to false when none could be opened. */
  openBrowser(url: string): Promise<boolean>;
  /** Resolves when the user asks to stop (Ctrl+C). */
  stopRequested(): Promise<void>;
}

/** The system's own opener: `open` on macOS, `start` on Windows, `xdg-open` elsewhere. */
function openBrowser(url: string): Promise<boolean> {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: process.platform !== 'win32' });
    child.once('error', () => done(false));
    child.once('exit', (code) => done(code === 0));
    child.unref();
  });
}

function stopRequested(): Promise<void> {
  return new Promise((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
}

const SYSTEM: ServeSystem = { openBrowser, stopRequested };

function portOption(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new BilanError('serve.badPort', { value });
  return Number(value);
}

/**
 * `bilan serve [--dir FOLDER] [--port N] [--no-open]`: the interface in the user's browser,
 * served on 127.0.0.1 with the desktop app's services, files confined to FOLDER (by default the
 * current folder, or the one `npm run serve` was typed in). Runs until Ctrl+C; returns the exit status.
 */
export async function cmdServe(args: string[], lang: Lang, io: Output, system: ServeSystem = SYSTEM): Promise<number> {
  let values: { dir?: string | undefined; port?: string | undefined; 'no-open'?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args, options: { dir: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (cause) {
    throw new BilanError('cli.badArguments', { detail: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
  // Under `npm run serve`, npm runs in Bilan's folder and INIT_CWD is where the user typed it.
  const folder = resolve(values.dir ?? process.env['INIT_CWD'] ?? '.');
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new BilanError('serve.noFolder', { folder });
  const port = portOption(values.port);
  const stop = system.stopRequested();
  const server = await startServer({ workspace: folder, port, lang, dataDir: userDataDir(), log: (line) => io.err(line) });
  io.out(t(lang, 'serve.listening', { folder, url: server.url }));
  if (!values['no-open'] && !(await system.openBrowser(server.url))) io.err(t(lang, 'serve.openFailed'));
  await stop;
  io.err(t(lang, 'serve.stopping'));
  await server.close();
  return 0;
}

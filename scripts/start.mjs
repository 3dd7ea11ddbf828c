// `npm start` (after `npm run build`): the desktop app with Electron when its binary is here or
// can be downloaded now; otherwise one line saying why, and the same interface in the browser
// (`bilan serve`, on the folder `npm start` was run from). Plain JavaScript: it runs before,
// and without, any TypeScript tooling.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What Electron's downloader (its `engines`) needs. */
const DOWNLOADER_NODE = [22, 12];
/** How long the download may take before the browser is used instead. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The Electron executable of an `electron` package folder, when it is there (as its index.js finds it). */
export function electronBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
    return existsSync(overridden) ? overridden : undefined;
  }
  const binary = name && join(electronDir, 'dist', name);
  return binary && existsSync(binary) ? binary : undefined;
}

/** Whether a Node version ("v20.19.0") is one Electron's downloader runs on. */
export function nodeCanDownload(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > DOWNLOADER_NODE[0] || (major === DOWNLOADER_NODE[0] && minor >= DOWNLOADER_NODE[1]);
}

/**
 * Runs Electron's own installer (its `install.js`) with a time limit, its output kept to itself
 * (a failed download prints a stack trace); resolves to whether it ended well.
 */
export function runInstaller(electronDir, timeoutMs = DOWNLOAD_TIMEOUT_MS) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', () => (clearTimeout(timer), done(false)));
    child.once('exit', (code) => (clearTimeout(timer), done(code === 0)));
  });
}

/**
 * What `npm start` does: `{ run: 'electron', binary }`, or `{ run: 'serve', reason }` with
 * `reason` `node` (this Node is older than the downloader needs: no download is tried) or
 * `network` (the download failed or timed out).
 */
export async function decideStart({ electronDir = join(ROOT, 'node_modules', 'electron'), nodeVersion = process.version, install = runInstaller, env = process.env } = {}) {
  const present = electronBinary(electronDir, env);
  if (present) return { run: 'electron', binary: present };
  if (!nodeCanDownload(nodeVersion)) return { run: 'serve', reason: 'node' };
  const installed = existsSync(join(electronDir, 'install.js')) && (await install(electronDir));
  const binary = installed ? electronBinary(electronDir, env) : undefined;
  return binary ? { run: 'electron', binary } : { run: 'serve', reason: 'network' };
}

/** The user's language, from the usual locale variables (as the command line reads them). */
export function userLang(env = process.env) {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return locale && /^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}

/** The one line saying why the interface opens in the browser. */
export function fallbackLine(reason, lang, nodeVersion = process.version) {
  const messages = JSON.parse(readFileSync(join(ROOT, 'shared', 'i18n', 'messages', `${lang}.json`), 'utf8'));
  const fill = (text, params) => text.replace(/\{(\w+)\}/g, (whole, name) => params[name] ?? whole);
  const why = fill(messages[reason === 'node' ? 'start.reasonNode' : 'start.reasonNetwork'], { version: nodeVersion.replace(/^v/, '') });
  return fill(messages['start.noElectron'], { reason: why });
}

/** Runs a program in the foreground; resolves to its exit status. */
function foreground(command, args, options) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    // Ctrl+C reaches the child too (same terminal): this process only waits for it to end.
    const ignore = () => undefined;
    process.on('SIGINT', ignore);
    child.once('error', () => done(1));
    child.once('exit', (code, signal) => done(code ?? (signal ? 0 : 1)));
  });
}

async function main() {
  const decision = await decideStart();
  if (decision.run === 'electron') {
    process.exitCode = await foreground(decision.binary, ['.'], { cwd: ROOT });
    return;
  }
  process.stderr.write(`${fallbackLine(decision.reason, userLang())}\n`);
  // npm runs scripts in the package's folder; INIT_CWD is where `npm start` was typed.
  const workspace = process.env.BILAN_WORKSPACE || process.env.INIT_CWD || process.cwd();
  process.exitCode = await foreground(process.execPath, [join(ROOT, 'bin', 'bilan.mjs'), 'serve', '--dir', workspace], { cwd: workspace });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

// Builds the tests share: the renderer's production build and the command line's bundle are
// each made once per state of their sources and used by every test file of a run, instead of
// once per file. A build is made in a folder of its own and renamed into place once complete,
// so that files running side by side never see half of one; when two make the same build at
// once, the first to finish is kept. Tests only read them.

/** Where the builds are kept, one folder per kind and digest of its inputs. */
const BUILDS = join(tmpdir(), 'bilan-test-builds');
/** A build not used for this long was made from sources long since changed, and is removed. */
const STALE_MS = 6 * 60 * 60 * 1000;
/** The file that marks a build complete; its modification time says when it was last used. */
const COMPLETE = '.complete';

/** The files under `path` (itself, when it is a file), sorted, folders walked. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of every file under `inputs` (paths from the repository), with their paths: equal digests, equal builds. */
function inputsDigest(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesUnder(join(ROOT, input))) hash.update(`${file.slice(ROOT.length)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** The folder of the build of `kind` from `inputs` as they are now, and a fresh folder to make it in when it is not there. */
function lookup(kind: string, inputs: readonly string[]): { dir: string; making: string | null } {
  const dir = join(BUILDS, `${kind}-${inputsDigest(inputs)}`);
  if (existsSync(join(dir, COMPLETE))) return { dir, making: null };
  mkdirSync(BUILDS, { recursive: true });
  return { dir, making: mkdtempSync(join(BUILDS, `making-${kind}-`)) };
}

/** Puts a finished build in place (or drops it for the copy another file finished first), marks it used and sweeps stale ones. */
function settle(dir: string, making: string | null): string {
  if (making) {
    writeFileSync(join(making, COMPLETE), '');
    try {
      renameSync(making, dir);
    } catch {
      rmSync(making, { recursive: true, force: true });
      if (!existsSync(join(dir, COMPLETE))) throw new Error(`the build could not be put in ${dir}`);
    }
  }
  writeFileSync(join(dir, COMPLETE), '');
  for (const entry of readdirSync(BUILDS)) {
    const path = join(BUILDS, entry);
    const marker = join(path, COMPLETE);
    const used = statSync(existsSync(marker) ? marker : path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (path !== dir && Date.now() - used > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

/** The build of `kind` from `inputs` as they are now, made by `make` into the folder it is given when there is none yet. */
export async function cachedBuild(kind: string, inputs: readonly string[], make: (dir: string) => Promise<void>): Promise<string> {
  const { dir, making } = lookup(kind, inputs);
  if (making) await make(making).catch((error: unknown) => {
    rmSync(making, { recursive: true, force: true });
    throw error;
  });
  return settle(dir, making);
}

/** {@link cachedBuild} for a build that runs synchronously. */
export function cachedBuildSync(kind: string, inputs: readonly string[], make: (dir: string) => void): string {
  const { dir, making } = lookup(kind, inputs);
  try {
    if (making) make(making);
  } catch (error) {
    if (making) rmSync(making, { recursive: true, force: true });
    throw error;
  }
  return settle(dir, making);
}

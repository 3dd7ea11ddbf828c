import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../electron/main/services/app-paths.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';

const { cacheName, freshBundle } = createRequire(import.meta.url)('../../bin/run-bundle.cjs') as {
  cacheName(args: string[]): string;
  freshBundle(root: string): string | null;
};

/** Sets a file's modification time, in seconds from now. */
function touch(file: string, secondsFromNow: number): void {
  const when = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(file, when, when);
}

describe('the installed command chooses the built bundle only when it is up to date', () => {
  it('runs the bundle when it is newer than every source, the sources otherwise', () => {
    const root = tempDir('bilan-root-');
    for (const dir of ['electron/cli', 'shared/model', 'dist/cli']) mkdirSync(join(root, dir), { recursive: true });
    const sources = [join(root, 'electron/cli/bilan.ts'), join(root, 'shared/model/report.ts'), join(root, 'package-lock.json')];
    for (const f of sources) writeFileSync(f, '');
    expect(freshBundle(root)).toBeNull(); // not built
    const bundle = join(root, 'dist/cli/bilan.cjs');
    writeFileSync(bundle, '');
    for (const f of sources) touch(f, -60);
    expect(freshBundle(root)).toBe(bundle);
    // A source changed after the build, deep in a folder, or new dependencies installed.
    for (const f of sources) {
      touch(f, 60);
      expect(freshBundle(root), f).toBeNull();
      touch(f, -60);
    }
  });

  it('keeps one code cache per command, and per set of export formats', () => {
    expect(cacheName(['info', 'x.bilan'])).toBe('info');
    expect(cacheName(['export', 'x.bilan', '--out', 'o'])).toBe('export-pdf');
    expect(cacheName(['export', 'x.bilan', '--format', 'pdf,docx'])).toBe('export-docx-pdf');
    expect(cacheName(['export', 'x.bilan', '--format=docx'])).toBe('export-docx');
    expect(cacheName(['export', 'x.bilan', '-f', 'docx,pdf'])).toBe('export-docx-pdf');
    expect(cacheName(['export', 'x.bilan', '-fdocx'])).toBe('export-docx');
    expect(cacheName(['../../etc/passwd'])).toBe('other');
    expect(cacheName([])).toBe('other');
  });

  it('finds the application folder from the sources and from a bundle in dist/', () => {
    expect(findAppRoot(pathToFileURL(join(ROOT, 'electron/main/services/app-paths.ts')).href)).toBe(ROOT.replace(/\/$/, ''));
    expect(findAppRoot(pathToFileURL(join(ROOT, 'dist/cli/bilan.cjs')).href)).toBe(ROOT.replace(/\/$/, ''));
    expect(findAppRoot(pathToFileURL(join(tempDir(), 'x.cjs')).href)).toBeNull();
  });
});

describe('the built command line', () => {
  // Built inside the repository's dist/ (as `npm run build` does), so that it finds the
  // templates by itself, without BILAN_APP_ROOT.
  const out = join(ROOT, 'dist', `cli-test-${process.pid}`);
  const bundle = join(out, 'bilan.cjs');
  const { BILAN_APP_ROOT: _ignored, ...inherited } = process.env;
  const env = { ...inherited, LANG: 'C', LC_ALL: '' };
  // What bin/bilan.mjs does with a fresh bundle, for this one.
  const launcher = join(out, 'launch.cjs');
  const run = (args: string[]) => spawnSync(process.execPath, [launcher, ...args], { cwd: tempDir(), env, encoding: 'utf8' });

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', out], { cwd: ROOT });
    writeFileSync(launcher, `require(${JSON.stringify(join(ROOT, 'bin/run-bundle.cjs'))}).runBundle(${JSON.stringify(bundle)}, process.argv.slice(2));\n`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exports the sample the same way on its first run and from its code cache', () => {
    const folder = tempDir('bilan-built-');
    const args = (name: string) => ['export', SAMPLE, '--format', 'pdf', '--lang', 'en', '--allow-missing', '--out', join(folder, name)];
    const first = run(args('first.pdf'));
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.status).toBe(0);
    const cache = join(out, 'bilan.cjs.export-pdf.v8cache');
    const written = statSync(cache);
    expect(written.size).toBeGreaterThan(100_000);
    const second = run(args('second.pdf'));
    expect(second.status).toBe(0);
    // Accepted by V8: not rewritten.
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
    expect(readFileSync(join(folder, 'second.pdf')).equals(readFileSync(join(folder, 'first.pdf')))).toBe(true);
    expect(pdfText(join(folder, 'second.pdf'))).toContain('Commitment 1');
  });

  it('rewrites a damaged cache and still runs', () => {
    writeFileSync(join(out, 'bilan.cjs.info.v8cache'), 'not a cache');
    const info = run(['info', SAMPLE]);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Title: ');
    // The bundle finds package.json from its own place, as the sources do.
    expect(run(['--version']).stdout).toBe(`bilan ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    expect(statSync(join(out, 'bilan.cjs.info.v8cache')).size).toBeGreaterThan(100_000);
  });

  it('finds its templates by itself, and ends quietly when its reader stops reading', () => {
    const created = join(tempDir(), 'new.bilan');
    const made = run(['new', '--template', 'ogp-end-of-term', '--out', created]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    // `true` reads nothing and is gone before the command writes: its output meets a closed pipe.
    const piped = spawnSync('sh', ['-c', '"$0" "$1" info "$2" | true', process.execPath, launcher, SAMPLE], { env, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
  });
});

describe('the start-up shims of the bundles', () => {
  const require = createRequire(import.meta.url);
  const tinyInflate = require('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;
  const nativeInflate = require('../../scripts/shims/tiny-inflate.cjs') as typeof tinyInflate;

  it('inflate the Unicode tables fontkit ships exactly as tiny-inflate does', () => {
    const tries = ['use.trie', 'data.trie', 'indic.trie'].map((f) => readFileSync(join(ROOT, 'node_modules/fontkit/src/opentype/shapers', f)));
    for (const trie of tries) {
      // unicode-trie's format: a 12-byte header, then data deflated twice, into the declared size.
      const size = trie.readUInt32LE(8);
      const twice = (inflate: typeof tinyInflate) => inflate(inflate(trie.subarray(12), new Uint8Array(size)), new Uint8Array(size));
      const expected = twice(tinyInflate);
      expect(expected.length).toBe(size);
      expect(Buffer.from(twice(nativeInflate)).equals(Buffer.from(expected))).toBe(true);
    }
  });

  it('give the same PDF as the sources run through tsx', () => {
    const folder = tempDir('bilan-shims-');
    const args = (name: string) => ['export', SAMPLE, '--format', 'pdf', '--lang', 'fr', '--allow-missing', '--out', join(folder, name)];
    const out = join(ROOT, 'dist', `cli-shims-${process.pid}`);
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', out], { cwd: ROOT });
      expect(readFileSync(join(out, 'bilan.cjs'), 'utf8')).toContain('scripts/shims/tiny-inflate.cjs');
      execFileSync(process.execPath, [join(out, 'bilan.cjs'), ...args('bundled.pdf')], { stdio: 'ignore' });
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/bilan.ts'), ...args('sources.pdf')], { cwd: ROOT, stdio: 'ignore' });
      expect(readFileSync(join(folder, 'bundled.pdf')).equals(readFileSync(join(folder, 'sources.pdf')))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

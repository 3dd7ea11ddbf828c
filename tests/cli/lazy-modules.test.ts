import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';
import { request } from '../serve/http.js';
import { oneFileInterface, startServe } from '../serve/serve-process.js';

// The command line's bundle loads mammoth, Node's HTTP server and child processes only when a
// command uses them (scripts/bundle-plugins.mjs): an export never pays for them, and the
// commands that use them still work.

const require = createRequire(import.meta.url);

describe('the stand-in for mammoth', () => {
  it('has mammoth’s exports, and gives mammoth’s own functions', () => {
    const real = require('mammoth') as Record<string, unknown>;
    const shim = require('../../scripts/shims/mammoth.cjs') as Record<string, unknown>;
    expect(Object.keys(shim).sort()).toEqual(Object.keys(real).sort());
    for (const name of Object.keys(real)) expect(shim[name]).toBe(real[name]);
  });
});

describe('the bundle’s lazy modules', () => {
  const out = join(ROOT, 'dist', `cli-lazy-${process.pid}`);
  const launcher = join(out, 'launch.cjs');
  // Prints, on exit, which of Node's modules the process loaded.
  const probe = join(out, 'probe.cjs');
  const env = { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', out], { cwd: ROOT });
    writeFileSync(launcher, `require(${JSON.stringify(join(ROOT, 'bin/run-bundle.cjs'))}).runBundle(${JSON.stringify(join(out, 'bilan.cjs'))}, process.argv.slice(2));\n`);
    writeFileSync(probe, `process.on('exit', () => process.stderr.write('LOADED ' + process.moduleLoadList.join(',') + '\\n'));\n`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const loaded = (stderr: string) => (/^LOADED (.*)$/m.exec(stderr)?.[1] ?? '').split(',');

  it('exports a PDF without loading the HTTP server or child processes', () => {
    const folder = tempDir('bilan-lazy-');
    const run = spawnSync(process.execPath, ['-r', probe, launcher, 'export', SAMPLE, '--format', 'pdf', '--lang', 'fr', '--allow-missing', '--out', join(folder, 'r.pdf')], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const modules = loaded(run.stderr);
    expect(modules).toContain('NativeModule zlib');
    expect(modules).not.toContain('NativeModule http');
    expect(modules).not.toContain('NativeModule child_process');
  });

  it('imports a Word document through mammoth, loaded when the import asks for it', () => {
    const folder = tempDir('bilan-lazy-');
    const docx = join(folder, 'r.docx');
    expect(spawnSync(process.execPath, [launcher, 'export', SAMPLE, '--format', 'docx', '--lang', 'fr', '--allow-missing', '--out', docx], { env }).status).toBe(0);
    const imported = spawnSync(process.execPath, [launcher, 'import', docx, '--template', 'ogp-end-of-term', '--out', join(folder, 'imported.bilan')], { env, encoding: 'utf8' });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/Commitment 21 – .*: \d+ of \d+ fields filled/);
  });

  it('serves the interface, the HTTP server loaded when serve starts it', async () => {
    const { child, url, exited } = await startServe([launcher, 'serve', '--no-open', '--port', '0', '--dir', tempDir('bilan-ws-')], {
      env: { ...env, BILAN_RENDERER_DIR: oneFileInterface(), BILAN_DATA_DIR: tempDir('bilan-serve-data-') },
    });
    // Without the token's cookie the server refuses: it is up and checking.
    expect((await request(`${new URL(url).origin}/`)).status).toBe(403);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

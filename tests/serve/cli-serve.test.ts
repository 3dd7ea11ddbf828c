import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilan } from '../support/cli.js';
import { ROOT, tempDir } from '../support/paths.js';
import { cookieOf, request } from './http.js';
import { oneFileInterface, startServe } from './serve-process.js';

// `bilan serve` run as a user runs it: a process that prints its address and serves until Ctrl+C.

describe('bilan serve', () => {
  it('prints an address that serves the interface, and stops cleanly on Ctrl+C', async () => {
    const workspace = tempDir('bilan-ws-');
    const env = { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', BILAN_RENDERER_DIR: oneFileInterface(), BILAN_DATA_DIR: tempDir('bilan-serve-data-') };
    const { child, url, stdout, stderr, exited } = await startServe(['--import', 'tsx', join(ROOT, 'electron/cli/bilan.ts'), 'serve', '--no-open', '--port', '0', '--dir', workspace], { cwd: ROOT, env });
    expect(stdout()).toContain(`Bilan serves the folder ${workspace}`);
    expect(stdout()).toMatch(/Ctrl\+C/);

    const origin = new URL(url).origin;
    expect((await request(`${origin}/`)).status).toBe(403);
    const cookie = cookieOf(await request(url));
    const page = await request(`${origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bilan');
    const host = await request(`${origin}/api/getHost`, { method: 'POST', body: '[]', headers: { cookie, origin } });
    expect(JSON.parse(host.text)).toMatchObject({ reply: { ok: true, value: { kind: 'browser', workspace: { root: workspace } } } });

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr()).toMatch(/^Stopping: open reports are closed/m);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong with a bad port or a missing folder (exit 2)', () => {
    const port = bilan(['serve', '--port', 'eighty', '--no-open'], 'en_GB.UTF-8');
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/“eighty” is not a port/);
    const missing = bilan(['serve', '--dir', join(tempDir(), 'nowhere'), '--no-open'], 'fr_FR.UTF-8');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/n’est pas un dossier/);
  });
});

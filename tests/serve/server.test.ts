import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/server.js';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import type { ExportStatus, HostInfo, LoadedReport, WorkspaceListing } from '../../shared/ipc/dto.js';
import type { Result } from '../../shared/ipc/result.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { cookieOf, request, type Reply } from './http.js';

// A real server on 127.0.0.1, real files in temporary folders, requests as a browser (or a
// hostile page, or another program) would send them.

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";
const outside = tempDir('bilan-outside-');
const ws = tempDir('bilan-workspace-');
const rendererDir = tempDir('bilan-built-');
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  writeFileSync(join(outside, 'secret.txt'), 'not for the page');
  cpSync(SAMPLE, join(outside, 'secret.bilan'), { recursive: true });
  cpSync(SAMPLE, join(ws, 'plan.bilan'), { recursive: true });
  writeFileSync(join(ws, 'notes.txt'), 'notes');
  writeFileSync(join(ws, 'Annexe.pdf'), '%PDF-1.7');
  writeFileSync(join(ws, '.hidden'), 'hidden');
  mkdirSync(join(ws, 'sub'));
  symlinkSync(outside, join(ws, 'escape'));
  symlinkSync(join(outside, 'secret.bilan'), join(ws, 'link.bilan'));
  symlinkSync(join(ws, 'sub'), join(ws, 'inner'));
  writeFileSync(join(rendererDir, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}" /><script type="module" src="/app.js"></script></head><body></body></html>`);
  writeFileSync(join(rendererDir, 'app.js'), 'console.log("app");');
  const service = createWorkspaceService(ws, { locale: () => 'fr-FR', log: () => undefined });
  server = await startServer({ workspace: ws, rendererDir, service, lang: 'fr' });
  cookie = cookieOf(await request(server.url));
});

afterAll(() => server.close());

/** Calls a method of the API as the page does: a POST from its own origin with the session cookie. */
async function call<T>(method: string, args: unknown[], headers: Record<string, string> = {}): Promise<Result<T>> {
  const reply = await request(`${server.origin}/api/${method}`, { method: 'POST', body: JSON.stringify(args), headers: { cookie, origin: server.origin, 'content-type': 'application/json', ...headers } });
  if (reply.status !== 200) throw new Error(`${method}: HTTP ${reply.status} ${reply.text}`);
  return (JSON.parse(reply.text) as { reply: Result<T> }).reply;
}

async function value<T>(method: string, ...args: unknown[]): Promise<T> {
  const reply = await call<T>(method, args);
  if (!reply.ok) throw new Error(`${reply.error.key}: ${reply.error.message.en}`);
  return reply.value;
}

async function errorKey(method: string, ...args: unknown[]): Promise<string> {
  const reply = await call(method, args);
  return reply.ok ? 'accepted' : reply.error.key;
}

function expectRefusalPage(reply: Reply): void {
  expect(reply.status).toBe(403);
  expect(reply.headers['content-type']).toMatch(/text\/html/);
  expect(reply.text).toMatch(/l’adresse affichée par « bilan serve »/);
  expect(reply.headers['set-cookie']).toBeUndefined();
}

describe('the secret', () => {
  it('is a long random token in the printed address, on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(server.secret.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
  });

  it('turns into an HttpOnly, SameSite=Strict cookie, and the address loses it', async () => {
    const reply = await request(server.url);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toMatch(/^bilan-\d+=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/$/);
  });

  it('refuses a request without it, in the user’s language, saying to use the printed address', async () => {
    expectRefusalPage(await request(`${server.origin}/`));
    expectRefusalPage(await request(`${server.origin}/app.js`));
    expectRefusalPage(await request(`${server.origin}/api/getHost`, { method: 'POST', body: '[]', headers: { origin: server.origin } }));
  });

  it('refuses a wrong token, and a wrong cookie', async () => {
    // One character changed: never the same as the last one (a secret ending in 'A' made 'A' the right token).
    const wrong = server.secret.slice(0, -1) + (server.secret.endsWith('A') ? 'B' : 'A');
    expectRefusalPage(await request(`${server.origin}/?token=${wrong}`));
    expectRefusalPage(await request(`${server.origin}/?token=`));
    expectRefusalPage(await request(`${server.origin}/`, { headers: { cookie: `${cookie.split('=')[0]}=guess` } }));
  });

  it('serves the page with the cookie, with the desktop window’s CSP and the protective headers', async () => {
    const reply = await request(`${server.origin}/`, { headers: { cookie } });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('/app.js');
    expect(reply.headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    const script = await request(`${server.origin}/app.js`, { headers: { cookie } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a foreign Host (DNS rebinding), even with the cookie', async () => {
    const port = new URL(server.origin).port;
    for (const foreign of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `127.0.0.2:${port}`]) {
      expectRefusalPage(await request(`${server.origin}/`, { headers: { host: foreign, cookie } }));
    }
    expect((await request(`${server.origin}/`, { headers: { host: `localhost:${port}`, cookie } })).status).toBe(200);
  });

  it('refuses a POST from another origin, or from none, or that the browser calls cross-site', async () => {
    const post = (headers: Record<string, string>) => request(`${server.origin}/api/getHost`, { method: 'POST', body: '[]', headers: { cookie, ...headers } });
    expectRefusalPage(await post({}));
    expectRefusalPage(await post({ origin: 'http://evil.example' }));
    expectRefusalPage(await post({ origin: 'null' }));
    expectRefusalPage(await post({ origin: `http://127.0.0.1:${Number(new URL(server.origin).port) + 1}` }));
    expectRefusalPage(await post({ origin: server.origin, 'sec-fetch-site': 'cross-site' }));
    expectRefusalPage(await post({ origin: server.origin, 'sec-fetch-site': 'same-site' }));
    expect((await post({ origin: server.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('answers only GET and POST, refuses unknown methods of the API, bodies that are not arguments, and bodies over 64 MB', async () => {
    expect((await request(`${server.origin}/`, { method: 'PUT', headers: { cookie } })).status).toBe(405);
    expect((await request(`${server.origin}/api/deleteEverything`, { method: 'POST', body: '[]', headers: { cookie, origin: server.origin } })).status).toBe(404);
    expect((await request(`${server.origin}/api/constructor`, { method: 'POST', body: '[]', headers: { cookie, origin: server.origin } })).status).toBe(404);
    expect((await request(`${server.origin}/api/getHost`, { method: 'POST', body: '{"a":1}', headers: { cookie, origin: server.origin } })).status).toBe(400);
    const big = await request(`${server.origin}/api/getHost`, { method: 'POST', body: '[', declaredLength: 65 * 1024 * 1024, headers: { cookie, origin: server.origin } });
    expect(big.status).toBe(413);
    expect(big.text).toMatch(/64 Mo/);
  });

  it('marks API replies as never to be cached', async () => {
    const reply = await request(`${server.origin}/api/getLocale`, { method: 'POST', body: '[]', headers: { cookie, origin: server.origin } });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('the workspace', () => {
  it('says the page runs in a browser, on this folder', async () => {
    const hostInfo = await value<HostInfo>('getHost');
    expect(hostInfo.kind).toBe('browser');
    expect(hostInfo.workspace?.root).toBe(ws.replace(/\/$/, ''));
  });

  it('lists a folder: folders first, then by name; reports marked; hidden files and links leading out left out', async () => {
    const listing = await value<WorkspaceListing>('listWorkspace', '');
    expect(listing.folder).toBe('');
    expect(listing.truncated).toBe(false);
    expect(listing.entries.map((e) => [e.name, e.kind])).toEqual([
      ['inner', 'folder'],
      ['sub', 'folder'],
      ['Annexe.pdf', 'file'],
      ['notes.txt', 'file'],
      ['plan.bilan', 'report'],
    ]);
    const notes = listing.entries.find((e) => e.name === 'notes.txt')!;
    expect(notes).toMatchObject({ path: 'notes.txt', size: 5 });
    expect(Date.parse(notes.modified)).toBeGreaterThan(0);
    writeFileSync(join(ws, 'sub', 'a.bilan'), 'x');
    expect((await value<WorkspaceListing>('listWorkspace', 'sub')).entries.map((e) => [e.path, e.kind])).toEqual([['sub/a.bilan', 'report']]);
  });

  it('refuses paths that leave it: .., absolute, NUL, a link leading out', async () => {
    for (const path of ['..', '../', 'sub/../..', '/etc', '/', 'C:\\Windows', 'escape', 'escape/']) expect(await errorKey('listWorkspace', path)).toBe('workspace.outside');
    expect(await errorKey('listWorkspace', 'sub\0')).toBe('ipc.badArgument');
    for (const path of ['../secret.bilan', join(outside, 'secret.bilan'), 'link.bilan', 'escape/secret.bilan']) expect(await errorKey('chooseReportFile', path)).toBe('workspace.outside');
    const refusal = await call('chooseReportFile', ['link.bilan']);
    if (!refusal.ok) expect(refusal.error.message.fr).toMatch(/en dehors du dossier de travail/);
  });

  it('opens a report the page picked, and none when the page picked nothing', async () => {
    const path = await value<string>('chooseReportFile', 'plan.bilan');
    expect(path).toBe(join(ws, 'plan.bilan'));
    expect((await value<LoadedReport>('loadReport', path)).report.cards.length).toBe(21);
    expect(await value<null>('chooseReportFile')).toBeNull();
    expect(await errorKey('loadReport', join(outside, 'secret.bilan'))).toBe('ipc.notAllowed');
  });

  it('still opens the samples shipped with the app', async () => {
    expect((await value<LoadedReport>('loadReport', SAMPLE)).fileName).toBe('ogp-2018-2020.bilan');
  });

  it('saves as a name picked in the workspace (adding .bilan), and nowhere else', async () => {
    const doc = await value<LoadedReport>('loadReport', SAMPLE);
    expect(await errorKey('saveReportAs', doc.docId, doc.report, '../stolen')).toBe('workspace.outside');
    expect(await errorKey('saveReportAs', doc.docId, doc.report, 'escape/stolen')).toBe('workspace.outside');
    expect(existsSync(join(outside, 'stolen.bilan'))).toBe(false);
    expect(existsSync(join(ws, '..', 'stolen.bilan'))).toBe(false);
    const saved = await value<{ path: string }>('saveReportAs', doc.docId, doc.report, 'sub/mine');
    expect(saved.path).toBe(join(ws, 'sub', 'mine.bilan'));
    expect(readFileSync(saved.path).subarray(0, 2).toString()).toBe('PK');
    expect(await value<null>('saveReportAs', doc.docId, doc.report)).toBeNull();
  });

  it('tells the second of two tabs saving one file that it changed', async () => {
    const first = await value<LoadedReport>('loadReport', join(ws, 'sub', 'mine.bilan'));
    const second = await value<LoadedReport>('loadReport', join(ws, 'sub', 'mine.bilan'));
    await value('saveReport', first.docId, { ...first.report, period: '2019–2021' });
    const reply = await call('saveReport', [second.docId, second.report]);
    expect(reply.ok ? 'saved' : reply.error.key).toBe('save.changedOnDisk');
  });
});

describe('exports and downloads', () => {
  let pdf: string;

  it('exports into a folder picked in the workspace, created when missing', async () => {
    expect(await errorKey('chooseExportFolder', '../out')).toBe('workspace.outside');
    expect(await errorKey('chooseExportFolder', 'nowhere/out')).toBe('workspace.notFound');
    expect(await errorKey('chooseExportFolder', 'notes.txt')).toBe('workspace.notFolder');
    expect(await value<string>('chooseExportFolder', '')).toBe(ws.replace(/\/$/, ''));
    const folder = await value<string>('chooseExportFolder', 'exports');
    expect(folder).toBe(join(ws, 'exports'));
    const doc = await value<LoadedReport>('loadReport', SAMPLE);
    const job = await value<string>('startExport', doc.docId, doc.report, { formats: ['pdf'], langs: ['fr'], folder, allowMissing: true });
    let status: ExportStatus;
    do {
      await new Promise((r) => setTimeout(r, 200));
      status = await value<ExportStatus>('exportStatus', job);
    } while (status.state === 'running');
    expect(status.state).toBe('done');
    pdf = status.files![0]!;
    expect(pdf.startsWith(join(ws, 'exports'))).toBe(true);
  });

  it('offers the exported file for download, as an attachment of the right type', async () => {
    const relative = pdf.slice(ws.replace(/\/$/, '').length + 1);
    const reply = await request(`${server.origin}/files/${relative.split('/').map(encodeURIComponent).join('/')}`, { headers: { cookie } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''[\w.-]+\.pdf$/);
    expect(reply.body.subarray(0, 5).toString()).toBe('%PDF-');
    const bilan = await request(`${server.origin}/files/sub/mine.bilan`, { headers: { cookie } });
    expect(bilan.headers['content-type']).toBe('application/zip');
  });

  it('names a download in UTF-8', async () => {
    writeFileSync(join(ws, 'Rapport d’étape (v2).docx'), 'PK');
    const reply = await request(`${server.origin}/files/${encodeURIComponent('Rapport d’étape (v2).docx')}`, { headers: { cookie } });
    expect(reply.headers['content-disposition']).toBe("attachment; filename*=UTF-8''Rapport%20d%E2%80%99%C3%A9tape%20%28v2%29.docx");
    expect(reply.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('downloads nothing outside the workspace, nothing without the cookie, nothing for another site', async () => {
    for (const path of ['..%2Fsecret.txt', 'escape/secret.txt', '%2Fetc%2Fpasswd', 'sub/..%2F..%2Fsecret.txt']) {
      const reply = await request(`${server.origin}/files/${path}`, { headers: { cookie } });
      expect(reply.status).toBe(403);
      expect(reply.text).not.toContain('not for the page');
    }
    expect((await request(`${server.origin}/files/missing.pdf`, { headers: { cookie } })).status).toBe(404);
    expectRefusalPage(await request(`${server.origin}/files/notes.txt`));
    expectRefusalPage(await request(`${server.origin}/files/notes.txt`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } }));
  });
});

describe('starting', () => {
  it('says to build the interface when it is not built', async () => {
    const empty = tempDir('bilan-unbuilt-');
    await expect(startServer({ workspace: ws, rendererDir: empty, lang: 'en' })).rejects.toThrow(/npm run build:renderer/);
  });
});

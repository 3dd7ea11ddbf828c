import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';
import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import type { BilanApi } from '../../shared/ipc/api.js';
import { API_METHODS } from '../../shared/ipc/channels.js';
import type { Lang } from '../../shared/model/localized.js';
import type { AppService } from '../main/services/app-service.js';
import { APP_ROOT } from '../main/services/app-paths.js';
import { RefusedError } from '../main/services/ipc-args.js';
import { COMMON_HEADERS, hasSession, isOwnHost, isOwnOrigin, isSecret, newSecret, pagePolicy, sessionCookie } from './security.js';
import { relativeParts, Workspace } from './workspace.js';
import { createUserWorkspaceService, createWorkspaceService } from './workspace-service.js';

/** The largest API request accepted: a report with its images travels whole in one call. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** How long a client may take to send a request's headers, then its whole body. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 120_000;

/** What `bilan serve` serves, and how. */
export interface ServeOptions {
  /** The folder the page may open, save and export files in. */
  workspace: string;
  /** 0 or missing: a free port. */
  port?: number;
  /** The built interface; `dist/renderer` of the application by default. */
  rendererDir?: string;
  /** The services answering the page; by default built for `workspace` and shut down with the server. */
  service?: AppService;
  /**
   * The user's data folder for the services built by default (recent files, name and email,
   * recovery copies; see user-data.ts); without it, a temporary one that nothing outlives.
   */
  dataDir?: string;
  /** The language of the server's own pages (a refusal). */
  lang?: Lang;
  /** The run's secret; a fresh random one by default. */
  secret?: string;
  /** Where refused requests are reported, one line each. */
  log?: (line: string) => void;
}

/** A server started by {@link startServer}. */
export interface RunningServer {
  /** The address to open: the origin, with the secret (`?token=`). */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  secret: string;
  /** Stops serving; a service the server built closes its reports and ends its exports. */
  close(): Promise<void>;
}

/** The content type of each kind of file the interface is made of, by extension. */
export const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const DOWNLOAD_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.bilan': 'application/zip',
};

type Handler = (...args: unknown[]) => Promise<unknown>;

/** `Content-Disposition` for a download, its name in UTF-8 as RFC 6266 and 5987 spell it. */
function attachment(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Serves the built interface and the main process's services (`POST /api/<method>`) on
 * 127.0.0.1, to the browser tab opened with the returned `url`. See security.ts for the checks
 * every request passes, and workspace.ts for where files may be read and written.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const rendererDir = options.rendererDir ?? process.env['BILAN_RENDERER_DIR'] ?? join(APP_ROOT, 'dist', 'renderer');
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) throw new BilanError('serve.noRenderer', { dir: rendererDir });
  const indexHtml = readFileSync(indexFile);
  const policy = pagePolicy(indexHtml.toString('utf8'));
  const lang = options.lang ?? 'en';
  const log = options.log ?? (() => undefined);
  const workspace = new Workspace(options.workspace);
  const owned = options.service === undefined;
  const service = options.service ?? (options.dataDir === undefined ? createWorkspaceService(workspace.root) : await createUserWorkspaceService(workspace.root, options.dataDir));
  const secret = options.secret ?? newSecret();
  const files = new Map<string, Buffer>([['index.html', indexHtml]]);
  let port = 0;

  const html = (res: ServerResponse, status: number, body: Buffer | string) =>
    res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy, 'cache-control': 'no-store' }).end(body);
  const text = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) =>
    res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra }).end(body);
  const forbidden = (req: IncomingMessage, res: ServerResponse, why: string) => {
    log(`403 ${req.method ?? ''} ${(req.url ?? '').replace(/token=[^&]*/, 'token=…')}: ${why}`);
    const page = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escapeHtml(t(lang, 'serve.forbiddenTitle'))}</title><h1>${escapeHtml(t(lang, 'serve.forbiddenTitle'))}</h1><p>${escapeHtml(t(lang, 'serve.forbidden'))}</p></html>`;
    html(res, 403, page);
  };

  const api = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (!(API_METHODS as string[]).includes(method)) return text(res, 404, t(lang, 'serve.notFound', { path: `/api/${method}` }));
    const body = await readBody(req);
    if (body === undefined) {
      // The connection closes once the refusal is sent: the rest of the body is never read.
      return text(res, 413, t(lang, 'serve.tooLarge', { max: MAX_BODY_BYTES / 1024 / 1024 }), { connection: 'close' });
    }
    let args: unknown;
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      args = undefined;
    }
    if (!Array.isArray(args)) return text(res, 400, 'The body must be a JSON array of arguments.');
    const reply = await (service[method as keyof BilanApi] as Handler).apply(service, args);
    const json = JSON.stringify({ reply });
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(json);
  };

  const download = async (res: ServerResponse, path: string) => {
    let file: string;
    try {
      file = await workspace.resolve(path, true);
    } catch (error) {
      if (error instanceof RefusedError) return text(res, error.apiError.key === 'workspace.outside' ? 403 : 404, error.apiError.message[lang]);
      throw error;
    }
    const info = await stat(file);
    if (!info.isFile()) return text(res, 404, t(lang, 'serve.notFound', { path }));
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': DOWNLOAD_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'content-disposition': attachment(basename(file)),
      'cache-control': 'no-store',
    });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };

  const asset = (res: ServerResponse, path: string) => {
    const parts = relativeParts(path);
    const name = parts?.length ? parts.join('/') : 'index.html';
    let body = files.get(name);
    if (!body && parts) {
      const file = join(rendererDir, ...parts);
      // A finished build does not change while served: each file is read once.
      body = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
      if (body) files.set(name, body);
    }
    if (!body) return text(res, 404, t(lang, 'serve.notFound', { path }));
    if (name === 'index.html') return html(res, 200, body);
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': STATIC_TYPES[extname(name)] ?? 'application/octet-stream', 'content-length': body.length }).end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'POST') return text(res, 405, 'GET or POST only.', { allow: 'GET, POST' });
    if (!isOwnHost(req.headers.host, port)) return forbidden(req, res, `foreign Host ${JSON.stringify(req.headers.host ?? '')}`);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const token = url.searchParams.get('token');
    if (req.method === 'GET' && token !== null) {
      if (!isSecret(token, secret)) return forbidden(req, res, 'wrong token');
      // The secret leaves the address bar (and the history) at once; the cookie carries it on.
      res.writeHead(303, { ...COMMON_HEADERS, 'set-cookie': sessionCookie(port, secret), location: '/', 'cache-control': 'no-store' }).end();
      return;
    }
    if (!hasSession(req.headers, null, port, secret)) return forbidden(req, res, 'no session cookie');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return text(res, 400, t(lang, 'serve.notFound', { path: url.pathname }));
    }
    if (req.method === 'POST') {
      if (!isOwnOrigin(req.headers, port)) return forbidden(req, res, `foreign Origin ${JSON.stringify(req.headers.origin ?? '')}`);
      const method = /^\/api\/([A-Za-z]+)$/.exec(path)?.[1];
      if (!method) return text(res, 404, t(lang, 'serve.notFound', { path }));
      return api(req, res, method);
    }
    if (path.startsWith('/files/')) {
      const site = req.headers['sec-fetch-site'];
      if (site === 'cross-site' || site === 'same-site') return forbidden(req, res, `download asked by another site (${site})`);
      return download(res, path.slice('/files/'.length));
    }
    return asset(res, path.slice(1));
  };

  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`500 ${req.method ?? ''} ${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) text(res, 500, t(lang, 'cli.unexpected', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) }));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') reject(new BilanError('serve.portBusy', { port: options.port ?? 0 }));
      else reject(error);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${secret}`,
    origin,
    secret,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        if (owned) await service.shutdown();
      })()),
  };
}

/** A request's body, or undefined as soon as it is larger than {@link MAX_BODY_BYTES} (the rest is not read). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

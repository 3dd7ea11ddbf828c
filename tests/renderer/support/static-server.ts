import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A served folder and how to stop serving it. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** A file's bytes, or undefined when it is not a file. */
function readFile(file: string): Buffer | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves a built page from 127.0.0.1 on a free port, as the window would load it; `headers`
 * adds response headers (a Content-Security-Policy, say) from the request's address, and
 * `post` answers POST requests (its text, or undefined for 404).
 *
 * Each file is read once, then sent whole with its length, as the window reads it from disk
 * (file://). Streamed from disk in 64 KB pieces, each on a turn of this process's event loop,
 * which also drives the browser, the page's 540 KB script arrived 200 ms after it was asked
 * for, and the start screen waited for it (tests/bench/editor-bench.ts). What is served is a
 * finished build, which does not change while it is served.
 */
export async function serveFolder(
  dir: string,
  headers: (url: URL) => Record<string, string> = () => ({}),
  post?: (path: string, body: string) => Promise<string | undefined>,
): Promise<StaticSite> {
  const files = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answer = post ? post(url.pathname, Buffer.concat(chunks).toString('utf8')) : Promise.resolve(undefined);
        answer.then(
          (text) => (text === undefined ? res.writeHead(404).end() : res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(text)),
          (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error)),
        );
      });
      return;
    }
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    const body = files.get(file) ?? (file.startsWith(dir + sep) ? readFile(file) : undefined);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    files.set(file, body);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, ...headers(url) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

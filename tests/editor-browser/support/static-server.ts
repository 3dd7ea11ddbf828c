import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { STATIC_TYPES } from '../../../electron/serve/server.js';


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
 * Serves a built test page from 127.0.0.1 on a free port; `headers` adds response headers (a
 * Content-Security-Policy, say) from the request's address. The app itself is served by
 * `bilan serve`'s server (electron/serve); this is for the pages made for tests alone.
 *
 * Each file is read once, then sent whole with its length: streamed in 64 KB pieces, each on a
 * turn of this process's event loop (which also drives the browser), a large script arrived
 * 200 ms late. What is served is a finished build, which does not change while it is served.
 */
export async function serveFolder(
  dir: string,
  headers: (url: URL) => Record<string, string> = () => ({}),
): Promise<StaticSite> {
  const files = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    const body = files.get(file) ?? (file.startsWith(dir + sep) ? readFile(file) : undefined);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    files.set(file, body);
    res.writeHead(200, { 'content-type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, ...headers(url) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

import { request as httpRequest } from 'node:http';

/** A reply as the client saw it. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/**
 * One HTTP request to a server on 127.0.0.1, with exactly the headers given (fetch would not let
 * a test set `Host`, and adds its own). `declaredLength` claims a body size without sending it.
 */
export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; declaredLength?: number } = {}): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: target.host, ...options.headers };
    if (options.body !== undefined) headers['content-length'] = options.declaredLength ?? Buffer.byteLength(options.body);
    const req = httpRequest({ host: '127.0.0.1', port: target.port, path: target.pathname + target.search, method: options.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** The session cookie a `Set-Cookie` header gives, as a `Cookie` header sends it back. */
export function cookieOf(reply: Reply): string {
  const set = reply.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`no cookie given (HTTP ${reply.status})`);
  return first.split(';')[0]!;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// The checks every request of `bilan serve` passes, as pure functions of its headers. The
// server listens on 127.0.0.1 only, but any program of the machine, and any web page the
// user visits, can reach that address: the secret proves the request comes from the tab the
// user opened with the printed address, the Host check defeats DNS rebinding, and the Origin
// check keeps other pages from making the tab's browser post on its behalf.

/** A fresh secret for one run: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether `given` is the secret, in a time that does not depend on where they differ. */
export function isSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  // Digests have one length whatever was sent: timingSafeEqual needs equal lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** The session cookie's name: one per port, since browsers share cookies across a host's ports. */
export function cookieName(port: number): string {
  return `bilan-${port}`;
}

/** The cookie given once the address with the secret is opened: never readable by scripts, never sent by other sites. */
export function sessionCookie(port: number, secret: string): string {
  return `${cookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}

/** A cookie's value from a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Whether the request names this server as the user's browser reaches it: `127.0.0.1:PORT` or `localhost:PORT`, nothing else. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Whether a request that changes something (a POST) comes from the server's own page: its
 * `Origin` is this very server (as reached through the request's own Host), and the browser
 * does not call it cross-site.
 */
export function isOwnOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = headers.origin;
  return isOwnHost(headers.host, port) && origin === `http://${headers.host}`;
}

/** Whether a request carries the session: the cookie, or the secret in its address (`?token=`). */
export function hasSession(headers: IncomingHttpHeaders, token: string | null, port: number, secret: string): boolean {
  return isSecret(cookieValue(headers.cookie, cookieName(port)), secret) || (token !== null && isSecret(token, secret));
}

/** The page's Content-Security-Policy, from the `<meta>` of the built `index.html`, for the HTTP header. */
export function pagePolicy(indexHtml: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml);
  if (!meta) throw new Error('the built index.html has no Content-Security-Policy');
  // A <meta> cannot say who may frame the page; the header can.
  return `${meta[1]}; frame-ancestors 'none'`;
}

/** Headers of every response: nothing sniffed, no address leaked, never framed. */
export const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

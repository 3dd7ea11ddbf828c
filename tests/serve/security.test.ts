import { describe, expect, it } from 'vitest';
import { cookieValue, isOwnHost, isOwnOrigin, isSecret, newSecret, pagePolicy } from '../../electron/serve/security.js';
import { relativeParts } from '../../electron/serve/workspace.js';

describe('the checks of bilan serve', () => {
  it('draws a new secret of 256 bits each run', () => {
    const secrets = new Set(Array.from({ length: 100 }, newSecret));
    expect(secrets.size).toBe(100);
    for (const s of secrets) expect(Buffer.from(s, 'base64url').length).toBe(32);
  });

  it('accepts only the very secret, whatever the length of a guess', () => {
    const secret = newSecret();
    expect(isSecret(secret, secret)).toBe(true);
    for (const guess of [undefined, '', secret.slice(0, -1), `${secret}x`, secret.toUpperCase()]) expect(isSecret(guess, secret)).toBe(false);
  });

  it('reads its cookie among others', () => {
    expect(cookieValue('a=1; bilan-8000=abc; b=2', 'bilan-8000')).toBe('abc');
    expect(cookieValue('xbilan-8000=abc', 'bilan-8000')).toBeUndefined();
    expect(cookieValue(undefined, 'bilan-8000')).toBeUndefined();
  });

  it('knows its own host and origin', () => {
    expect(isOwnHost('127.0.0.1:8000', 8000)).toBe(true);
    expect(isOwnHost('localhost:8000', 8000)).toBe(true);
    expect(isOwnHost('127.0.0.1.nip.io:8000', 8000)).toBe(false);
    expect(isOwnOrigin({ host: '127.0.0.1:8000', origin: 'http://127.0.0.1:8000' }, 8000)).toBe(true);
    expect(isOwnOrigin({ host: '127.0.0.1:8000', origin: 'http://localhost:8000' }, 8000)).toBe(false);
    expect(isOwnOrigin({ host: '127.0.0.1:8000', origin: 'https://127.0.0.1:8000' }, 8000)).toBe(false);
  });

  it('sends the page’s own policy, forbidding frames', () => {
    expect(pagePolicy('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />')).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(() => pagePolicy('<html></html>')).toThrow();
  });

  it('splits workspace paths, refusing any that could leave the folder', () => {
    expect(relativeParts('')).toEqual([]);
    expect(relativeParts('a/./b/')).toEqual(['a', 'b']);
    for (const bad of ['..', 'a/../..', 'a/..', '/etc', 'C:/x', 'c:x', 'a\\..\\b', 'a\0b']) expect(relativeParts(bad)).toBeUndefined();
  });
});

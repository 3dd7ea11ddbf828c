import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { PackageHashes } from '../../../shared/merge/register.js';

/** The register's hashes with Node's crypto: SHA-256 for bases, HMAC-SHA256 for seals. */
export const nodeHashes: PackageHashes = {
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  hmac: (key, text) => createHmac('sha256', Buffer.from(key, 'hex')).update(text, 'utf8').digest('hex'),
};

/** A new register key: 256 random bits, hex, made once per report at its first cut. */
export function newRegisterKey(): string {
  return randomBytes(32).toString('hex');
}

import type { Card, IssuedPackage, PackageInfo, Report } from '../model/report.js';

/**
 * The register of issued packages and the packages' seal, as pure functions. Hashing is given
 * by the caller (Node's crypto in the main process), since `shared/` runs in the browser too.
 */

/** The two hashes the register needs, as lowercase hex. */
export interface PackageHashes {
  sha256(text: string): string;
  /** HMAC-SHA256 of `text` under `key` (the register's key, hex). */
  hmac(key: string, text: string): string;
}

/**
 * A value's JSON with object keys sorted at every level: the same value always gives the same
 * text, whatever order a tool wrote its keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The digest of a card's version, as the register keeps it for a package's base. */
export function cardDigest(card: Card, hashes: PackageHashes): string {
  return hashes.sha256(canonicalJson(card));
}

/** What a package's seal covers, in the form the register keeps it. */
export type SealedParts = Pick<IssuedPackage, 'id' | 'institution' | 'cards'> & { reportId: string; cutAt: string };

/** The sealed parts a package claims for itself (its bases hashed). */
export function claimedParts(reportId: string, info: PackageInfo, hashes: PackageHashes): SealedParts {
  return { reportId, id: info.id, institution: info.institution, cutAt: info.cutAt, cards: info.bases.map((b) => ({ id: b.id, base: cardDigest(b, hashes) })) };
}

/**
 * The text a seal signs: the report, the package's id, institution and date of issue, and each
 * card with the digest of its base, in the package's order. The cards' current content is left
 * out: filling them is the contributor's job.
 */
export function sealedText(parts: SealedParts): string {
  return canonicalJson(['bilan-package-seal', 1, parts.reportId, parts.id, parts.institution, parts.cutAt, parts.cards.map((c) => [c.id, c.base])]);
}

/** The seal of a package's issued parts under a key. */
export function sealOf(parts: SealedParts, key: string, hashes: PackageHashes): string {
  return hashes.hmac(key, sealedText(parts));
}

/**
 * A package as issued: sealed under `key`, and the register entry the issuing report keeps for
 * it. The package itself is changed only by its seal.
 */
export function issue(reportId: string, pkg: Report, key: string, hashes: PackageHashes): { pkg: Report; entry: IssuedPackage } {
  const info = pkg.package!;
  const parts = claimedParts(reportId, info, hashes);
  return {
    pkg: { ...pkg, package: { ...info, seal: sealOf(parts, key, hashes) } },
    entry: { id: info.id, institution: info.institution, issuedAt: info.cutAt, cards: parts.cards },
  };
}

/** How an issued package differs from what the register says of it; undefined when it does not. */
export type Alteration = { kind: 'institution'; claimed: string; issued: string } | { kind: 'extraCard'; card: string } | { kind: 'missingCard'; card: string } | { kind: 'base'; card: string } | { kind: 'seal' };

/**
 * Compares a package with its register entry, then checks its seal: the first difference found,
 * or undefined when the package's issued parts are exactly as issued. The register names what
 * differs; the seal catches what the register does not keep (the date of issue, the order).
 */
export function alteration(report: Report, entry: IssuedPackage, info: PackageInfo, hashes: PackageHashes): Alteration | undefined {
  if (info.institution !== entry.institution) return { kind: 'institution', claimed: info.institution, issued: entry.institution };
  const claimed = claimedParts(report.id, info, hashes);
  const issued = new Map(entry.cards.map((c) => [c.id, c.base]));
  for (const card of claimed.cards) {
    const base = issued.get(card.id);
    if (base === undefined) return { kind: 'extraCard', card: card.id };
    if (base !== card.base) return { kind: 'base', card: card.id };
  }
  const present = new Set(claimed.cards.map((c) => c.id));
  const missing = entry.cards.find((c) => !present.has(c.id));
  if (missing) return { kind: 'missingCard', card: missing.id };
  const key = report.issued!.key;
  if (info.cutAt !== entry.issuedAt || !sameHex(info.seal ?? '', sealOf({ ...claimed, cutAt: entry.issuedAt }, key, hashes))) return { kind: 'seal' };
  return undefined;
}

/** Compares two hex digests in a time that does not depend on where they differ. */
function sameHex(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The report with packages added to its register (created, with `key`, on the first cut). */
export function registered(report: Report, key: string, entries: readonly IssuedPackage[]): Report {
  const register = report.issued ?? { key, packages: [] };
  return { ...report, version: Math.max(report.version, REGISTER_VERSION), issued: { ...register, packages: [...register.packages, ...entries] } };
}

/** The first format version that has a register and seals: a report or package using them says so. */
export const REGISTER_VERSION = 2;

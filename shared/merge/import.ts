import { BilanError } from '../i18n/errors.js';
import { t } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import type { Card, Comment, Media, PackageInfo, Person, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { contentIn } from '../report/localized.js';
import { reanchorAll } from '../review/comments.js';
import { heldMerge } from '../review/protect.js';
import { isApproved, markReceived } from '../review/states.js';
import { withReviewVersion } from '../review/version.js';
import { mergeComments } from './comments.js';
import { deepEqual } from './equal.js';
import { mergeCard, type CardMerge, type Conflict } from './merge-card.js';
import { leadsOf, mediaOf } from './package.js';
import { alteration, type PackageHashes } from './register.js';
import { conflictKey, resolve, type Resolution } from './resolve.js';
import { recordPoints } from '../history/versions.js';

/** What an import would do, shown to the coordinator before anything is applied. */
export interface ImportPlan {
  packageId: string;
  institution: string;
  digest: string;
  sentBy: Person | null;
  /** The very same package was imported before: applying it changes nothing. */
  alreadyImported: boolean;
  /**
   * The report has no register of issued packages (they were cut before Bilan kept one): the
   * package's institution and bases were taken on its own word. Shown as a warning.
   */
  unregistered: boolean;
  /** One merge per card of the package, with the institution's card beside it. */
  merges: (CardMerge & { theirs: Card })[];
  conflicts: Conflict[];
  /** Parts of the package outside its scope that differ from the report: never applied. */
  ignored: { part: 'title' | 'issuer' | 'period' | 'chapters' | 'institutions' | 'ambitions' | 'leads' | 'cardAmbition'; id?: string }[];
  /** Images the institution added, to copy into the report (renamed when an id is taken). */
  media: { media: Media; bytes: Uint8Array }[];
  /**
   * Approved cards of the package the institution edited: their changes are all conflicts,
   * none taken unless the coordinator accepts it (see {@link heldMerge}).
   */
  approved: string[];
  /** The report's comments once the package's are merged in, and how many comments and replies that adds. */
  comments: { merged: Comment[]; added: number; replies: number };
}

/**
 * A digest of what a package carries, to recognise the same package imported twice: its cards,
 * and its comments when it has any (so a package sent again with new replies is imported again,
 * and the digests recorded for packages without comments stay the same).
 */
export async function packageDigest(pkg: Report): Promise<string> {
  const carried = pkg.comments?.length ? [pkg.package?.id, pkg.cards, pkg.comments] : [pkg.package?.id, pkg.cards];
  const bytes = new TextEncoder().encode(JSON.stringify(carried));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function institutionName(report: Report, id: string): (lang: Lang) => string {
  return (lang) => contentIn(report.institutions.find((i) => i.id === id)?.name, lang) ?? id;
}

/** Renames images the institution added whose id the report already uses for another picture. */
function adoptMedia(report: Report, reportMedia: ReadonlyMap<string, Uint8Array>, pkg: Report, pkgMedia: ReadonlyMap<string, Uint8Array>, cards: Card[]): ImportPlan['media'] {
  const added: ImportPlan['media'] = [];
  const used = mediaOf(cards);
  for (const m of pkg.media.filter((x) => used.has(x.id))) {
    const bytes = pkgMedia.get(m.file)!;
    const existing = report.media.find((x) => x.id === m.id);
    if (existing && deepEqual(reportMedia.get(existing.file), bytes)) continue;
    let id = m.id;
    for (let n = 2; report.media.some((x) => x.id === id) || added.some((x) => x.media.id === id); n++) id = `${m.id}-${n}`;
    const file = `${id}.${m.file.split('.').pop()}`;
    added.push({ media: { ...m, id, file }, bytes });
    if (id !== m.id) {
      const json = JSON.stringify(cards).replaceAll(`"media":${JSON.stringify(m.id)}`, `"media":${JSON.stringify(id)}`);
      cards.splice(0, cards.length, ...(JSON.parse(json) as Card[]));
    }
  }
  return added;
}

/**
 * The package's own cards with what it may not change put back as issued: a card's lead
 * institutions and its ambition are the coordinator's, like the report's title. Each change put
 * back is listed as ignored.
 */
function withoutForbiddenChanges(report: Report, template: Template, bases: ReadonlyMap<string, Card>, cards: Card[], ignored: ImportPlan['ignored']): void {
  const lead = template.card.leadField;
  for (const card of cards) {
    const base = bases.get(card.id)!;
    const number = report.cards.find((c) => c.id === card.id)?.number ?? card.number;
    if (!deepEqual(card.fields[lead], base.fields[lead])) {
      if (base.fields[lead]) card.fields[lead] = structuredClone(base.fields[lead]);
      else delete card.fields[lead];
      ignored.push({ part: 'leads', id: number });
    }
    if (card.ambition !== base.ambition) {
      card.ambition = base.ambition;
      ignored.push({ part: 'cardAmbition', id: number });
    }
  }
}

/**
 * The package's comments the report may take: those on the package's own cards. A comment or
 * reply the report already has keeps the report's words, author and date (a package may add
 * replies and resolve or reopen a thread, not rewrite what was said).
 */
function packageComments(report: Report, pkg: Report): Comment[] {
  const cards = new Set(pkg.cards.map((c) => c.id));
  const known = new Map((report.comments ?? []).map((c) => [c.id, c]));
  return (pkg.comments ?? [])
    .filter((c) => cards.has(c.anchor.card))
    .map((c) => {
      const ours = known.get(c.id);
      if (!ours) return c;
      const replies = new Map(ours.replies.map((r) => [r.id, r]));
      return { ...c, anchor: ours.anchor, author: ours.author, at: ours.at, text: ours.text, replies: c.replies.map((r) => replies.get(r.id) ?? r) };
    });
}

/** How many comments, and replies to comments, `merged` holds that `before` did not. */
function commentsAdded(before: readonly Comment[], merged: readonly Comment[]): { added: number; replies: number } {
  const known = new Map(before.map((c) => [c.id, new Set(c.replies.map((r) => r.id))]));
  let added = 0;
  let replies = 0;
  for (const c of merged) {
    const seen = known.get(c.id);
    if (!seen) added++;
    replies += c.replies.filter((r) => !seen?.has(r.id)).length;
  }
  return { added, replies };
}

/** A card's number in the report, for messages (its id when the report has no such card). */
const numberOf = (report: Report, id: string) => report.cards.find((c) => c.id === id)?.number ?? id;

/**
 * Decides whether a package may be imported, and on whose word; returns its institution. A
 * report with a register imports only the packages it lists, exactly as issued (institution,
 * cards, bases, seal); a report without one (its packages were cut before Bilan kept a register)
 * imports a package on its own word, checked against the cards' current leads, with a warning.
 */
function checkScope(report: Report, template: Template, info: PackageInfo, pkg: Report, file: string, hashes: PackageHashes): { institution: string; unregistered: boolean } {
  const register = report.issued;
  if (register && register.packages.length > 0) {
    const entry = register.packages.find((p) => p.id === info.id);
    if (!entry) throw new BilanError('import.notIssued', { file });
    const found = alteration(report, entry, info, hashes);
    if (found) {
      const detail = (lang: Lang): string => {
        if (found.kind === 'institution') return t(lang, 'import.altered.institution', { claimed: institutionName(report, found.claimed)(lang), issued: institutionName(report, found.issued)(lang) });
        if (found.kind === 'seal') return t(lang, 'import.altered.seal');
        return t(lang, `import.altered.${found.kind}`, { card: numberOf(report, found.card) });
      };
      throw new BilanError('import.altered', { file, detail, institution: institutionName(report, entry.institution) });
    }
    // Every card issued is in the package (checked above); one the report no longer has cannot be merged.
    for (const card of pkg.cards) if (!report.cards.some((c) => c.id === card.id)) throw new BilanError('import.unknownCard', { file, card: card.number });
    return { institution: entry.institution, unregistered: false };
  }
  if (!report.institutions.some((i) => i.id === info.institution)) throw new BilanError('import.unknownInstitution', { file, id: info.institution });
  for (const card of pkg.cards) {
    const ours = report.cards.find((c) => c.id === card.id);
    if (!ours) throw new BilanError('import.unknownCard', { file, card: card.number });
    if (!leadsOf(ours, template).includes(info.institution)) throw new BilanError('import.outOfScope', { file, card: card.number, institution: institutionName(report, info.institution) });
  }
  return { institution: info.institution, unregistered: true };
}

/**
 * Checks a returned package against the report and merges its cards, without changing the
 * report. Refuses a file that is not a package, a package cut from another report, a package the
 * report's register does not list, and one whose institution, cards or bases differ from what
 * was issued (see {@link alteration}). A report without a register (packages cut before it
 * existed) takes the package's word for them, checked against the cards' leads, with a warning.
 * Changes to a card's leads or ambition are put back and listed as ignored.
 */
export async function planImport(report: Report, media: ReadonlyMap<string, Uint8Array>, template: Template, pkg: Report, pkgMedia: ReadonlyMap<string, Uint8Array>, file: string, hashes: PackageHashes): Promise<ImportPlan> {
  const info = pkg.package;
  if (!info) throw new BilanError('import.notPackage', { file });
  if (pkg.id !== report.id) throw new BilanError('import.otherReport', { file });
  const { institution, unregistered } = checkScope(report, template, info, pkg, file, hashes);
  const unknownInstitution = pkg.institutions.find((i) => !report.institutions.some((r) => r.id === i.id));
  if (unknownInstitution) throw new BilanError('import.unknownInstitution', { file, id: unknownInstitution.id });

  const digest = await packageDigest(pkg);
  const alreadyImported = (report.history ?? []).some((h) => h.package === info.id && h.digest === digest);
  const bases = new Map(info.bases.map((b) => [b.id, b]));
  const ignored: ImportPlan['ignored'] = [];
  const theirsCards = structuredClone(pkg.cards);
  withoutForbiddenChanges(report, template, bases, theirsCards, ignored);
  const added = alreadyImported ? [] : adoptMedia(report, media, pkg, pkgMedia, theirsCards);
  const merges = alreadyImported
    ? []
    : theirsCards.map((theirs) => {
        const ours = report.cards.find((c) => c.id === theirs.id)!;
        // An approved card takes nothing unseen: each of the institution's edits is a conflict.
        const merge = isApproved(report, ours.id) ? heldMerge : mergeCard;
        return { ...merge(bases.get(theirs.id)!, ours, theirs), theirs };
      });
  const approved = merges.filter((m) => isApproved(report, m.card.id) && m.conflicts.length > 0).map((m) => m.card.id);
  const before = report.comments ?? [];
  const merged = alreadyImported ? before : mergeComments(before, packageComments(report, pkg));
  for (const part of ['title', 'issuer', 'period'] as const) if (!deepEqual(pkg[part], report[part])) ignored.push({ part });
  if (pkg.chapters.length > 0) ignored.push({ part: 'chapters' });
  for (const inst of pkg.institutions) if (!deepEqual(inst, report.institutions.find((i) => i.id === inst.id))) ignored.push({ part: 'institutions', id: inst.id });
  for (const amb of pkg.ambitions) if (!deepEqual(amb, report.ambitions.find((a) => a.id === amb.id))) ignored.push({ part: 'ambitions', id: amb.id });
  return {
    packageId: info.id,
    institution,
    digest,
    sentBy: info.sent?.by ?? null,
    alreadyImported,
    unregistered,
    merges,
    conflicts: merges.flatMap((m) => m.conflicts),
    ignored,
    media: added,
    approved,
    comments: { merged, ...commentsAdded(before, merged) },
  };
}

/**
 * Applies a confirmed import: the merged cards (each conflict settled as the coordinator chose;
 * unsettled ones keep the coordinator's text), the institution's new images, the merged comments
 * (re-anchored in the merged cards), the package's cards moved to "received" (an approved card
 * whose content the import left as it was stays approved), and a history record of which fields
 * of which cards changed. Returns a new report; the old one is untouched, which is what makes an
 * import undoable.
 */
export function applyImport(report: Report, media: ReadonlyMap<string, Uint8Array>, plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>, importedBy: Person | null, now: Date): { report: Report; media: Map<string, Uint8Array> } {
  if (plan.alreadyImported) return { report, media: new Map(media) };
  const changes: { card: string; field: string }[] = [];
  const cards = report.cards.map((card) => {
    const merge = plan.merges.find((m) => m.card.id === card.id);
    if (!merge) return card;
    let merged = merge.card;
    const fields = new Set(merge.changed);
    for (const conflict of merge.conflicts) {
      const resolution = resolutions.get(conflictKey(conflict));
      if (!resolution || resolution.choice === 'ours') continue;
      merged = resolve(merged, merge.theirs, conflict, resolution);
      fields.add(conflict.field);
    }
    for (const field of fields) if (!deepEqual(merged.fields[field], card.fields[field]) || field === 'ambition') changes.push({ card: card.id, field });
    return merged;
  });
  const nextMedia = new Map(media);
  for (const m of plan.media) nextMedia.set(m.media.file, m.bytes);
  const record = { package: plan.packageId, digest: plan.digest, institution: plan.institution, sentBy: plan.sentBy, importedBy, at: now.toISOString(), changes };
  let next: Report = { ...report, cards, media: [...report.media, ...plan.media.map((m) => m.media)], history: [...(report.history ?? []), record] };
  if (plan.comments.merged.length > 0) next = reanchorAll(withReviewVersion({ ...next, comments: plan.comments.merged }));
  const sender = { id: plan.packageId, institution: plan.institution, sender: plan.sentBy?.name ?? null };
  next = markReceived(next, plan.merges.map((m) => m.card.id), new Set(changes.map((c) => c.card)), sender, now);
  // Each card the import changed gets a point in its history (its version before, if it had none).
  const changedCards = [...new Set(changes.map((c) => c.card))].map((id) => ({ card: id, before: report.cards.find((c) => c.id === id) }));
  next = recordPoints(next, changedCards, { kind: 'import', at: now, by: { name: plan.sentBy?.name ?? '', institution: plan.institution }, package: plan.packageId });
  return { report: next, media: nextMedia };
}

/**
 * A merged report without the pictures its imports brought (not among `before`, by file name)
 * that no card shows: those of a version the coordinator turned down. Planning and applying
 * package after package keep them, so that every package's images get the same ids at review
 * and at apply; this runs once all are applied.
 */
export function withoutUnusedPictures(merged: { report: Report; media: Map<string, Uint8Array> }, before: ReadonlyMap<string, Uint8Array>): { report: Report; media: Map<string, Uint8Array> } {
  const used = mediaOf(merged.report.cards);
  const unused = merged.report.media.filter((m) => !before.has(m.file) && !used.has(m.id));
  if (unused.length === 0) return merged;
  const media = new Map(merged.media);
  for (const m of unused) media.delete(m.file);
  return { report: { ...merged.report, media: merged.report.media.filter((m) => !unused.includes(m)) }, media };
}

/** Words for an ignored part of a package, in a language. */
export function describeIgnored(item: ImportPlan['ignored'][number], lang: Lang): string {
  return t(lang, `import.ignored.${item.part}`, { id: item.id ?? '' });
}

/**
 * The warnings of a planned import, in a language: a package taken on its own word, approved
 * cards whose edits wait for the coordinator. `report` names the cards by number (ids without it).
 */
export function describeWarnings(plan: Pick<ImportPlan, 'unregistered'> & Partial<Pick<ImportPlan, 'approved'>>, lang: Lang, report?: Report): string[] {
  const warnings = plan.unregistered ? [t(lang, 'import.warning.unregistered')] : [];
  const approved = plan.approved ?? [];
  if (approved.length) warnings.push(t(lang, 'import.warning.approved', { n: approved.length, cards: approved.map((id) => (report ? numberOf(report, id) : id)).join(', ') }));
  return warnings;
}

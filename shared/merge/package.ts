import type { Block } from '../model/richtext.js';
import type { Card, Report } from '../model/report.js';
import type { Template } from '../model/template.js';
import { forEachImage } from '../format/integrity.js';
import { REVIEW_VERSION } from '../review/version.js';
import { REGISTER_VERSION } from './register.js';
import { withoutVersions } from '../history/versions.js';

/** The institutions that lead at least one card: one package each. */
export function leadInstitutions(report: Report, template: Template): string[] {
  const ids = new Set<string>();
  for (const card of report.cards) for (const id of leadsOf(card, template)) ids.add(id);
  return report.institutions.map((i) => i.id).filter((id) => ids.has(id));
}

/** The institutions leading a card, from the template's lead field. */
export function leadsOf(card: Card, template: Template): string[] {
  const value = card.fields[template.card.leadField];
  return value?.kind === 'institutions' ? value.ids : [];
}

/** The images a set of cards shows. */
export function mediaOf(cards: readonly Card[]): Set<string> {
  const used = new Set<string>();
  const visit = (blocks: readonly Block[] | undefined) => forEachImage(blocks ?? [], (id) => used.add(id));
  for (const card of cards) {
    for (const value of Object.values(card.fields)) {
      if (value.kind === 'richText') {
        visit(value.fr?.content);
        visit(value.en?.content);
      }
    }
    for (const item of card.toSort ?? []) visit(item.content);
  }
  return used;
}

/** What the coordinator says with a package. */
export interface PackageRequest {
  institution: string;
  deadline: string | null;
  message: string;
  /** The package's id and the time it is cut (given, so that cutting is a pure function). */
  id: string;
  now: Date;
}

/**
 * Cuts the contribution package of one institution: the same kind of file as the report,
 * holding only the cards it leads (a card led by several institutions goes to each, and knows
 * it is shared), the report's institutions and the ambitions and images those cards use, the
 * comments and review states of those cards, and for each card the exact version it was cut from.
 */
export function cutPackage(whole: Report, template: Template, request: PackageRequest): Report {
  // The cards' versions are the coordinator's alone, and so is the format version they need.
  const report = withoutVersions(whole);
  const cards = report.cards.filter((c) => leadsOf(c, template).includes(request.institution)).map((c) => structuredClone(c));
  const ambitions = new Set(cards.map((c) => c.ambition));
  const images = mediaOf(cards);
  const shared: Record<string, string[]> = {};
  for (const card of cards) {
    const others = leadsOf(card, template).filter((id) => id !== request.institution);
    if (others.length) shared[card.id] = others;
  }
  // The register (with its key), the history, the settings and what is left to sort outside the
  // cards are the coordinator's alone; the comments and review states of the package's cards go
  // with them, for the institution to answer.
  const { history: _history, package: _package, issued: _issued, comments: allComments, review: allReview, settings: _settings, toSort: _toSort, ...rest } = report;
  const inPackage = new Set(cards.map((c) => c.id));
  const comments = (allComments ?? []).filter((c) => inPackage.has(c.anchor.card));
  const review = Object.fromEntries(Object.entries(allReview ?? {}).filter(([card]) => inPackage.has(card)));
  return {
    ...structuredClone(rest),
    ...(comments.length ? { comments: structuredClone(comments) } : {}),
    ...(Object.keys(review).length ? { review: structuredClone(review) } : {}),
    version: Math.max(report.version, REGISTER_VERSION, comments.length || Object.keys(review).length ? REVIEW_VERSION : 0),
    chapters: [],
    ambitions: report.ambitions.filter((a) => ambitions.has(a.id)).map((a) => structuredClone(a)),
    cards,
    media: report.media.filter((m) => images.has(m.id)),
    package: {
      id: request.id,
      institution: request.institution,
      deadline: request.deadline,
      message: request.message,
      cutAt: request.now.toISOString(),
      bases: structuredClone(cards),
      shared,
      sent: null,
    },
  };
}

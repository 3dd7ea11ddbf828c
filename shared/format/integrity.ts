import type { MessageKey, MessageParams } from '../i18n/i18n.js';
import { LIMITS } from '../model/limits.js';
import { adjustmentProblem } from '../model/template-adjust.js';
import { checkVersions } from '../history/check.js';
import { imageSize } from './image.js';
import type { Block, Inline, List } from '../model/richtext.js';
import type { Card, FieldValue, Report, ScalarValue } from '../model/report.js';
import type { ScalarFieldDef, Template } from '../model/template.js';

/** A broken reference or a value its template does not allow, with where it stands. */
export interface IntegrityProblem {
  path: (string | number)[];
  key: MessageKey;
  params: MessageParams;
}


/** Calls `visit` on every image block of a rich-text value, nested lists included. */
export function forEachImage(blocks: readonly Block[], visit: (media: string, index: number) => void): void {
  blocks.forEach((b, i) => {
    if (b.type === 'image') visit(b.media, i);
  });
}

/** Every inline of a rich-text value, in reading order, lists and tables included. */
export function* inlinesOf(blocks: readonly Block[]): Generator<Inline> {
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') yield* b.children;
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row) yield* cell.children;
    else if (b.type === 'list') {
      const stack = [b];
      while (stack.length) {
        for (const item of stack.pop()!.items) {
          yield* item.children;
          if (item.sublist) stack.push(item.sublist);
        }
      }
    }
  }
}

/** How many lists are nested in one another, the outer one included. */
export function listDepth(list: List): number {
  let deepest = 0;
  const stack: [List, number][] = [[list, 1]];
  while (stack.length) {
    const [l, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const item of l.items) if (item.sublist) stack.push([item.sublist, d + 1]);
  }
  return deepest;
}

/**
 * Why an image cannot be kept, or undefined: over the byte limit, not a whole image of its
 * declared type, or with more pixels than the limit. Checked from headers, before any decoding.
 */
export function imageProblem(file: string, mime: 'image/png' | 'image/jpeg', bytes: Uint8Array): IntegrityProblem | undefined {
  if (bytes.length > LIMITS.mediaBytes) return { path: ['file'], key: 'integrity.mediaTooLarge', params: { file, max: LIMITS.mediaBytes / 1024 / 1024 } };
  const size = imageSize(bytes, mime);
  if (!size) return { path: ['mime'], key: 'integrity.mediaType', params: { file, mime } };
  if (size.width * size.height > LIMITS.imagePixels) {
    return { path: ['file'], key: 'integrity.mediaPixels', params: { file, width: size.width, height: size.height, max: LIMITS.imagePixels / 1_000_000 } };
  }
  return undefined;
}

/**
 * A chart block whose series do not give one value per label (the schema bounds the sizes and
 * refuses what is not a finite number; this, what it cannot see).
 */
function chartProblem(blocks: readonly Block[], path: (string | number)[]): IntegrityProblem | undefined {
  for (const [i, b] of blocks.entries()) {
    if (b.type !== 'chart') continue;
    const k = b.series.findIndex((s) => s.values.length !== b.labels.length);
    if (k >= 0) return { path: [...path, i, 'series', k, 'values'], key: 'integrity.chartValues', params: { title: b.title, series: b.series[k]!.name, found: b.series[k]!.values.length, expected: b.labels.length } };
  }
  return undefined;
}

function duplicate(items: readonly { id: string }[]): number {
  const seen = new Set<string>();
  return items.findIndex((x) => (seen.has(x.id) ? true : (seen.add(x.id), false)));
}

/**
 * Checks what the schema cannot: unique ids, references between parts of the report, images
 * present and of the declared type, and every card field allowed by the template.
 * Returns the first problem found, or undefined when the report is sound.
 */
export function checkIntegrity(report: Report, media: ReadonlyMap<string, Uint8Array>, template: Template): IntegrityProblem | undefined {
  for (const part of ['institutions', 'ambitions', 'chapters', 'cards', 'media'] as const) {
    const i = duplicate(report[part]);
    if (i >= 0) return { path: [part, i, 'id'], key: 'integrity.duplicateId', params: { id: report[part][i]!.id } };
  }
  // The report's adjustments to its template name what the template has, and hide nothing a card needs.
  const adjusted = adjustmentProblem(report.templateAdjustments, template);
  if (adjusted) return adjusted;
  const institutions = new Set(report.institutions.map((x) => x.id));
  const ambitions = new Set(report.ambitions.map((x) => x.id));
  const mediaIds = new Set(report.media.map((x) => x.id));

  for (const [i, m] of report.media.entries()) {
    const bytes = media.get(m.file);
    if (!bytes) return { path: ['media', i, 'file'], key: 'integrity.mediaMissing', params: { file: m.file } };
    const problem = imageProblem(m.file, m.mime, bytes);
    if (problem) return { ...problem, path: ['media', i, ...problem.path] };
  }
  const richProblem = (blocks: readonly Block[] | undefined, path: (string | number)[]): IntegrityProblem | undefined => {
    const deep = (blocks ?? []).findIndex((b) => b.type === 'list' && listDepth(b) > LIMITS.listDepth);
    if (deep >= 0) return { path: [...path, deep], key: 'integrity.listTooDeep', params: { max: LIMITS.listDepth } };
    const chart = chartProblem(blocks ?? [], path);
    if (chart) return chart;
    let found: IntegrityProblem | undefined;
    forEachImage(blocks ?? [], (id, index) => {
      if (!found && !mediaIds.has(id)) found = { path: [...path, index], key: 'integrity.imageUnknown', params: { id } };
    });
    return found;
  };
  for (const [i, ch] of report.chapters.entries()) {
    const p = richProblem(ch.body.fr?.content, ['chapters', i, 'body', 'fr', 'content']) ?? richProblem(ch.body.en?.content, ['chapters', i, 'body', 'en', 'content']);
    if (p) return p;
  }
  for (const [i, card] of report.cards.entries()) {
    if (card.ambition !== null && !ambitions.has(card.ambition)) return { path: ['cards', i, 'ambition'], key: 'integrity.ambitionUnknown', params: { id: card.ambition } };
    const p = checkCardFields(card, template, institutions, richProblem);
    if (p) return { ...p, path: ['cards', i, ...p.path] };
  }
  const sorted = checkToSort(report, richProblem);
  if (sorted) return sorted;
  return checkConversation(report, template, institutions) ?? (report.package && checkPackage(report, template, institutions, richProblem)) ?? checkVersions(report, template);
}

/**
 * The review conversation's references: each comment on a card the report holds (and a field of
 * its template), each author's institution known, ids unique, each review state for a card the
 * report holds and naming a comment it has. A hand-edited file could otherwise carry threads
 * that no view can show.
 */
function checkConversation(report: Report, template: Template, institutions: ReadonlySet<string>): IntegrityProblem | undefined {
  const cards = new Set(report.cards.map((c) => c.id));
  const ids = new Set<string>();
  const author = (who: { institution: string | null }, path: (string | number)[]): IntegrityProblem | undefined =>
    who.institution !== null && !institutions.has(who.institution) ? { path: [...path, 'institution'], key: 'integrity.institutionUnknown', params: { id: who.institution } } : undefined;
  for (const [i, comment] of (report.comments ?? []).entries()) {
    const path = ['comments', i];
    for (const [id, at] of [[comment.id, [...path, 'id']], ...comment.replies.map((r, k) => [r.id, [...path, 'replies', k, 'id']] as const)] as const) {
      if (ids.has(id)) return { path: [...at], key: 'integrity.duplicateId', params: { id } };
      ids.add(id);
    }
    if (!cards.has(comment.anchor.card)) return { path: [...path, 'anchor', 'card'], key: 'integrity.cardUnknown', params: { id: comment.anchor.card } };
    const field = comment.anchor.field;
    if (field !== undefined && !template.card.fields.some((f) => f.id === field)) return { path: [...path, 'anchor', 'field'], key: 'integrity.fieldUnknown', params: { field, template: template.id } };
    const problem = author(comment.author, [...path, 'author']) ?? comment.replies.map((r, k) => author(r.author, [...path, 'replies', k, 'author'])).find(Boolean);
    if (problem) return problem;
  }
  for (const [cardId, entry] of Object.entries(report.review ?? {})) {
    const path = ['review', cardId];
    if (!cards.has(cardId)) return { path, key: 'integrity.cardUnknown', params: { id: cardId } };
    if (entry.comment !== undefined && !ids.has(entry.comment)) return { path: [...path, 'comment'], key: 'integrity.commentUnknown', params: { id: entry.comment } };
    const problem = author(entry.by, [...path, 'by']);
    if (problem) return problem;
  }
  return undefined;
}

/** A package's own rules: it is for a known institution, and holds one base per card, no more. */
function checkPackage(
  report: Report,
  template: Template,
  institutions: ReadonlySet<string>,
  rich: (blocks: readonly Block[] | undefined, path: (string | number)[]) => IntegrityProblem | undefined,
): IntegrityProblem | undefined {
  const pkg = report.package!;
  if (!institutions.has(pkg.institution)) return { path: ['package', 'institution'], key: 'integrity.institutionUnknown', params: { id: pkg.institution } };
  const cards = report.cards.map((c) => c.id).sort();
  const bases = pkg.bases.map((c) => c.id).sort();
  if (cards.join('\n') !== bases.join('\n')) return { path: ['package', 'bases'], key: 'integrity.packageBases', params: {} };
  for (const [i, base] of pkg.bases.entries()) {
    const p = checkCardFields(base, template, institutions, rich);
    if (p) return { ...p, path: ['package', 'bases', i, ...p.path] };
  }
  for (const [cardId, others] of Object.entries(pkg.shared)) {
    const unknown = others.find((id) => !institutions.has(id));
    if (unknown) return { path: ['package', 'shared', cardId], key: 'integrity.institutionUnknown', params: { id: unknown } };
  }
  return undefined;
}

function checkCardFields(
  card: Card,
  template: Template,
  institutions: ReadonlySet<string>,
  rich: (blocks: readonly Block[] | undefined, path: (string | number)[]) => IntegrityProblem | undefined,
): IntegrityProblem | undefined {
  for (const [fieldId, value] of Object.entries(card.fields)) {
    const def = template.card.fields.find((f) => f.id === fieldId);
    const path = ['fields', fieldId];
    if (!def) return { path, key: 'integrity.fieldUnknown', params: { field: fieldId, template: template.id } };
    if (def.kind !== value.kind) return { path, key: 'integrity.fieldKind', params: { field: fieldId, expected: def.kind, found: value.kind } };
    if (value.kind === 'richText') {
      const p = rich(value.fr?.content, [...path, 'fr', 'content']) ?? rich(value.en?.content, [...path, 'en', 'content']);
      if (p) return p;
    } else if (value.kind === 'rows' && def.kind === 'rows') {
      for (const [r, row] of value.rows.entries()) {
        for (const [col, cell] of Object.entries(row.cells)) {
          const colDef = def.columns.find((c) => c.id === col);
          const cellPath = [...path, 'rows', r, 'cells', col];
          if (!colDef) return { path: cellPath, key: 'integrity.fieldUnknown', params: { field: `${fieldId}.${col}`, template: template.id } };
          const p = checkScalar(cell, colDef, template, institutions);
          if (p) return { ...p, path: [...cellPath, ...p.path] };
        }
      }
    } else if (def.kind !== 'richText' && def.kind !== 'rows') {
      const p = checkScalar(value as ScalarValue, def, template, institutions);
      if (p) return { ...p, path: [...path, ...p.path] };
    }
  }
  return undefined;
}

function checkScalar(value: FieldValue, def: ScalarFieldDef, template: Template, institutions: ReadonlySet<string>): IntegrityProblem | undefined {
  if (value.kind !== def.kind) return { path: [], key: 'integrity.fieldKind', params: { field: def.id, expected: def.kind, found: value.kind } };
  if (value.kind === 'choice' && value.value !== null) {
    const scale = def.scale ? template.scales[def.scale] : undefined;
    if (!scale?.options.some((o) => o.id === value.value)) return { path: ['value'], key: 'integrity.choiceUnknown', params: { value: value.value } };
  }
  if (value.kind === 'institutions') {
    if (def.multiple === false && value.ids.length > 1) return { path: ['ids'], key: 'integrity.oneInstitution', params: {} };
    const unknown = value.ids.find((id) => !institutions.has(id));
    if (unknown) return { path: ['ids'], key: 'integrity.institutionUnknown', params: { id: unknown } };
  }
  return undefined;
}

/**
 * The "to sort" lists an import leaves (version 4): each item's id once in the whole report, its
 * images known, its lists within the depth limit.
 */
function checkToSort(report: Report, richProblem: (blocks: readonly Block[] | undefined, path: (string | number)[]) => IntegrityProblem | undefined): IntegrityProblem | undefined {
  const ids = new Set<string>();
  const lists: [readonly { id: string; content: Block[] }[] | undefined, (string | number)[]][] = [[report.toSort, ['toSort']], ...report.cards.map((c, i): [typeof c.toSort, (string | number)[]] => [c.toSort, ['cards', i, 'toSort']])];
  for (const [items, path] of lists) {
    for (const [k, item] of (items ?? []).entries()) {
      if (ids.has(item.id)) return { path: [...path, k, 'id'], key: 'integrity.duplicateId', params: { id: item.id } };
      ids.add(item.id);
      const p = richProblem(item.content, [...path, k, 'content']);
      if (p) return p;
    }
  }
  return undefined;
}

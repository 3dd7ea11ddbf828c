import type { Lang } from '../model/langs.js';
import type { Localized } from '../model/localized.js';
import type { Inline, ListItem, RichText } from '../model/richtext.js';
import type { Card, Chapter, FieldValue, Report, ScalarValue } from '../model/report.js';
import type { FindMatch, FindResult, SkipReason } from './search.js';
import type { Leaf, SearchText, TextPlace } from './texts.js';

/** What a replacement did: the new report, how many matches were replaced, and how many were left, why. */
export interface ReplaceOutcome {
  report: Report;
  replaced: number;
  skipped: Record<SkipReason, number>;
}

/** The replacement as written into a text: no new lines (no text holds one where a match stands). */
export function cleanReplacement(replacement: string): string {
  return replacement.replace(/[\r\n\t]+/g, ' ');
}

type TextValue = Localized<string | RichText> & { kind?: string };
type PlaceValue = TextValue | ScalarValue | undefined;

function readPlace(report: Report, place: TextPlace): PlaceValue {
  if (place.kind === 'chapter') return report.chapters.find((c) => c.id === place.chapterId)?.[place.part];
  if (place.kind === 'report') return report[place.part];
  if (place.kind === 'institution') return report.institutions.find((i) => i.id === place.institutionId)?.name;
  if (place.kind === 'ambition') return report.ambitions.find((a) => a.id === place.ambitionId)?.title;
  const value = report.cards.find((c) => c.id === place.cardId)?.fields[place.fieldId];
  if (!place.rowId) return value as PlaceValue;
  const row = value?.kind === 'rows' ? value.rows.find((r) => r.id === place.rowId) : undefined;
  return place.columnId ? row?.cells[place.columnId] : undefined;
}

function writePlace(report: Report, place: TextPlace, value: PlaceValue): Report {
  if (place.kind === 'chapter') {
    const update = (c: Chapter): Chapter => (c.id === place.chapterId ? { ...c, [place.part]: value } : c);
    return { ...report, chapters: report.chapters.map(update) };
  }
  const text = value as Localized<string>;
  if (place.kind === 'report') return { ...report, [place.part]: text };
  if (place.kind === 'institution') return { ...report, institutions: report.institutions.map((i) => (i.id === place.institutionId ? { ...i, name: text } : i)) };
  if (place.kind === 'ambition') return { ...report, ambitions: report.ambitions.map((a) => (a.id === place.ambitionId ? { ...a, title: text } : a)) };
  const card = (c: Card): Card => {
    if (c.id !== place.cardId) return c;
    if (!place.rowId || !place.columnId) return { ...c, fields: { ...c.fields, [place.fieldId]: value as FieldValue } };
    const field = c.fields[place.fieldId];
    if (field?.kind !== 'rows') return c;
    const rows = field.rows.map((r) => (r.id === place.rowId ? { ...r, cells: { ...r.cells, [place.columnId!]: value as ScalarValue } } : r));
    return { ...c, fields: { ...c.fields, [place.fieldId]: { kind: 'rows', rows } } };
  };
  return { ...report, cards: report.cards.map(card) };
}

/** The matches of one piece of a string, replaced from the last to the first. */
function replaceInString(text: string, matches: readonly FindMatch[], replacement: string): string {
  let out = text;
  for (const m of [...matches].sort((a, b) => b.start - a.start)) out = out.slice(0, m.start) + replacement + out.slice(m.end);
  return out;
}

/** The inlines a leaf's path leads to, and the run at its end, in (cloned) blocks. */
function runAt(blocks: RichText, path: readonly number[]): { text: string } & Inline {
  const split = path.indexOf(-1);
  const [b, ...container] = path.slice(0, split);
  const block = blocks[b!]!;
  let inlines: Inline[];
  if (block.type === 'paragraph' || block.type === 'heading') inlines = block.children;
  else if (block.type === 'table') inlines = block.rows[container[0]!]![container[1]!]!.children;
  else if (block.type === 'list') {
    let item: ListItem = block.items[container[0]!]!;
    for (const i of container.slice(1)) item = item.sublist!.items[i]!;
    inlines = item.children;
  } else throw new Error('no text in an image');
  let node: Inline | undefined;
  for (const i of path.slice(split + 1)) {
    node = inlines[i]!;
    if (node.type === 'link' || node.type === 'footnote') inlines = node.children as Inline[];
  }
  if (node?.type !== 'text') throw new Error('a leaf is not a text run');
  return node;
}

/** Removes the runs a replacement emptied, then links and footnotes left with nothing in them. */
function prune(inlines: Inline[], emptied: ReadonlySet<object>): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (emptied.has(inline)) continue;
    if (inline.type === 'link' || inline.type === 'footnote') {
      const children = prune(inline.children as Inline[], emptied);
      if (children.length === 0 && inline.children.length > 0) continue;
      out.push({ ...inline, children } as Inline);
    } else out.push(inline);
  }
  return out;
}

function pruneBlocks(blocks: RichText, emptied: ReadonlySet<object>): RichText {
  if (emptied.size === 0) return blocks;
  const item = (i: ListItem): ListItem => ({ ...i, children: prune(i.children, emptied), ...(i.sublist ? { sublist: { ...i.sublist, items: i.sublist.items.map(item) } } : {}) });
  return blocks.map((b) => {
    if (b.type === 'paragraph' || b.type === 'heading') return { ...b, children: prune(b.children, emptied) };
    if (b.type === 'table') return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, children: prune(c.children, emptied) }))) };
    if (b.type === 'list') return { ...b, items: b.items.map(item) };
    return b;
  });
}

/**
 * The matches of rich text replaced, formatting kept: the replacement takes the place and the
 * emphasis of the run where the match starts (as a word processor does); the rest of the match is
 * taken out of the runs it covers, which keep their own emphasis, links and footnotes; the
 * paragraphs, lists and tables stay as they were. A run left empty is removed, and a link left
 * with no text with it.
 */
function replaceInRich(content: RichText, text: SearchText, matches: readonly FindMatch[], replacement: string): RichText {
  const blocks = structuredClone(content);
  const emptied = new Set<object>();
  const sorted = [...matches].sort((a, b) => b.piece - a.piece || b.start - a.start);
  for (const m of sorted) {
    const leaves = text.pieces[m.piece]!.leaves;
    let first = true;
    for (const leaf of leaves as Leaf[]) {
      const from = leaf.start;
      const to = leaf.start + leaf.length;
      if (to <= m.start || from >= m.end) continue;
      if (first && !(m.start >= from && m.start < to)) continue;
      const run = runAt(blocks, leaf.path);
      const cut = Math.max(0, m.start - from);
      const rest = Math.max(0, m.end - from);
      run.text = run.text.slice(0, cut) + (first ? replacement : '') + run.text.slice(Math.min(rest, run.text.length));
      if (run.text === '') emptied.add(run);
      else emptied.delete(run);
      first = false;
    }
  }
  return pruneBlocks(blocks, emptied);
}

/** The content of one language with its matches replaced. */
function replacedContent(content: string | RichText, text: SearchText, matches: readonly FindMatch[], replacement: string): string | RichText {
  return typeof content === 'string' ? replaceInString(content, matches, replacement) : replaceInRich(content, text, matches, replacement);
}

/**
 * A localized value with new contents. A new French text is a new revision (the English one then
 * needs review), unless the English text, up to date until now, changes in the same step: both
 * were renamed together, and the English stays up to date. An English text alone changes its
 * words only, keeping what it was translated from (a replacement is no review).
 */
function withContents(value: TextValue, contents: Partial<Record<Lang, string | RichText>>): TextValue {
  let next: TextValue = { ...value };
  const upToDate = !!value.fr && !!value.en && value.en.source.rev === value.fr.rev;
  if (contents.fr !== undefined && value.fr) next = { ...next, fr: { rev: value.fr.rev + 1, content: contents.fr } };
  if (value.en && (contents.en !== undefined || contents.fr !== undefined)) {
    const content = contents.en ?? value.en.content;
    const source = contents.en !== undefined && contents.fr !== undefined && upToDate ? { rev: next.fr!.rev, fr: next.fr!.content } : value.en.source;
    next = { ...next, en: { content, source } };
  }
  return next;
}

/**
 * Replaces the given matches (found in `result`, over `report` as it is) with `replacement`. A
 * match that may not be replaced (an approved card) is counted as skipped and left as it is. The
 * report that comes back shares every untouched part with `report`.
 */
export function replaceMatches(report: Report, result: FindResult, matches: readonly FindMatch[], replacement: string): ReplaceOutcome {
  const skipped: Record<SkipReason, number> = { approved: 0 };
  const clean = cleanReplacement(replacement);
  // By text (a place and a language), then by place: both languages of a value change at once.
  const byPlace = new Map<string, { place: TextPlace; byLang: Map<Lang | null, { text: SearchText; matches: FindMatch[] }> }>();
  let replaced = 0;
  for (const m of matches) {
    if (m.skip) {
      skipped[m.skip]++;
      continue;
    }
    const text = result.texts[m.text]!;
    const key = JSON.stringify(text.place);
    const entry = byPlace.get(key) ?? { place: text.place, byLang: new Map() };
    byPlace.set(key, entry);
    const forLang = entry.byLang.get(text.lang) ?? { text, matches: [] };
    entry.byLang.set(text.lang, forLang);
    forLang.matches.push(m);
    replaced++;
  }
  let next = report;
  for (const { place, byLang } of byPlace.values()) {
    const value = readPlace(next, place);
    if (!value) continue;
    if ((value as { kind?: string }).kind === 'plain') {
      const plain = value as Extract<ScalarValue, { kind: 'plain' }>;
      next = writePlace(next, place, { ...plain, value: replaceInString(plain.value, byLang.get(null)!.matches, clean) });
      continue;
    }
    const localized = value as TextValue;
    const contents: Partial<Record<Lang, string | RichText>> = {};
    for (const [lang, { text, matches: ms }] of byLang) {
      const content = lang ? localized[lang]?.content : undefined;
      if (lang && content !== undefined) contents[lang] = replacedContent(content, text, ms, clean);
    }
    next = writePlace(next, place, withContents(localized, contents));
  }
  return { report: next, replaced, skipped };
}

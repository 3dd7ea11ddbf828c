import type { Lang } from '../model/localized.js';
import type { Card, FieldValue, Institution, Report, Row, ScalarValue, ToSortItem } from '../model/report.js';
import type { Block, Inline } from '../model/richtext.js';
import type { FieldDef, RowsFieldDef, ScalarFieldDef, Template } from '../model/template.js';
import { newReport } from '../report/create.js';
import { IdPool, loose, slug } from './labels.js';
import type { FoundCard, FoundLayout, Loose } from './layout.js';
import { inlineText, sourceText, toRichText, type RichOptions } from './rich.js';
import type { SourceBlock } from './source.js';
import { linesOf, restBlocks, scalarFrom } from './values.js';
import { withToSortVersion } from './version.js';

/**
 * A new report from the layout found in the French document (and the English one, matched by
 * card number): its title, chapters, ambitions, institutions and cards, each field filled from
 * the content under its label, and every piece of content that fits no field in a "to sort"
 * list, on its card or on the report. What was found is summed up for the command and the
 * window.
 */

/** What an import found, per card and for the report, for people and scripts. */
export interface ImportSummary {
  title: string;
  chapters: string[];
  ambitions: { number: string; title: string }[];
  cards: { number: string; title: string; ambition: string | null; fields: string[]; toSort: number; en: boolean }[];
  /** Items left to sort on the cards and on the report. */
  toSort: { cards: number; report: number };
  images: { kept: number; notKept: number };
  /** Cards found in one language only (by number), when an English document was read. */
  onlyFr: string[];
  onlyEn: string[];
}

export interface ImportedReport {
  report: Report;
  media: Map<string, Uint8Array>;
  summary: ImportSummary;
}

/** An image read from the document: kept (its file and size) or not (why). */
export interface ImportedImage {
  file?: { name: string; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg'; width: number; height: number };
}

/** One language's document: its layout and its images. */
export interface LanguageDocument {
  layout: FoundLayout;
  images: readonly ImportedImage[];
}

/** How the words of an image that could not be kept read in each language. */
const MISSING_IMAGE: Record<Lang, (alt: string) => string> = {
  fr: (alt) => (alt ? `[Image non reprise : ${alt}]` : '[Image non reprise]'),
  en: (alt) => (alt ? `[Image not imported: ${alt}]` : '[Image not imported]'),
};

/** Builds the report. `id` for tests; a new UUID otherwise. */
export function buildReport(template: Template, fr: LanguageDocument, en?: LanguageDocument, id?: string): ImportedReport {
  const report = newReport(template, id);
  const media = new Map<string, Uint8Array>();
  const images = { kept: 0, notKept: 0 };
  let sortIds = 0;
  const nextSortId = () => `sort-${++sortIds}`;

  const richOptions = (doc: LanguageDocument, lang: Lang, prefix: string): RichOptions => {
    const ids = new Map<number, string | undefined>();
    return {
      media: (index) => {
        if (ids.has(index)) return ids.get(index);
        const img = doc.images[index]?.file;
        let mid: string | undefined;
        if (img) {
          mid = `${prefix}${index + 1}`;
          const file = `${mid}.${img.mime === 'image/png' ? 'png' : 'jpg'}`;
          report.media.push({ id: mid, file, mime: img.mime, width: img.width, height: img.height });
          media.set(file, img.bytes);
          images.kept++;
        } else images.notKept++;
        ids.set(index, mid);
        return mid;
      },
      missingImage: (alt) => [{ type: 'text', text: MISSING_IMAGE[lang](alt), italic: true }],
    };
  };
  const frRich = richOptions(fr, 'fr', 'image-');
  const enRich = en ? richOptions(en, 'en', 'image-en-') : undefined;

  // Institutions, by the loose form of their name or acronym.
  const institutionIds = new IdPool();
  const institutionsByKey = new Map<string, Institution>();
  const institution = (lang: Lang) => (text: string): string => {
    const m = /^(.*?)\s*\(([^()]{1,30})\)\s*$/.exec(text);
    const name = (m ? m[1]! : text).trim() || text.trim();
    const acronym = m?.[2]?.trim();
    const known = institutionsByKey.get(loose(name)) ?? (acronym ? institutionsByKey.get(loose(acronym)) : undefined) ?? institutionsByKey.get(loose(text));
    if (known) {
      if (lang === 'en' && !known.name.en) known.name = { ...known.name, en: { content: name, source: { rev: known.name.fr?.rev ?? 0 } } };
      return known.id;
    }
    const newId = institutionIds.take(slug(acronym ?? name, 'institution'));
    const inst: Institution = { id: newId, name: lang === 'fr' ? { fr: { rev: 1, content: name } } : { en: { content: name, source: { rev: 0 } } } };
    if (acronym) inst.acronym = { [lang]: acronym };
    report.institutions.push(inst);
    for (const key of [name, acronym, text]) if (key) institutionsByKey.set(loose(key), inst);
    return newId;
  };

  const sortItem = (lang: Lang, from: string, content: Block[]): ToSortItem | undefined =>
    content.length ? { id: nextSortId(), lang, from: from.slice(0, 4000), content } : undefined;
  const sortAll = (loose_: readonly Loose[], lang: Lang, rich: RichOptions): ToSortItem[] =>
    loose_.map((l) => sortItem(lang, l.from, toRichText(l.blocks, rich))).filter((x): x is ToSortItem => !!x);

  // Title.
  if (fr.layout.title) report.title = { fr: { rev: 1, content: fr.layout.title } };
  if (en?.layout.title) report.title = { ...report.title, en: { content: en.layout.title, source: { rev: report.title.fr?.rev ?? 0 } } };

  // Ambitions: by number, in the order the French document names them.
  const ambitionPool = new IdPool();
  const ambitionIds = new Map<string, string>();
  for (const a of fr.layout.ambitions) {
    const aid = ambitionPool.take(`ambition-${a.number}`);
    ambitionIds.set(a.number, aid);
    report.ambitions.push({ id: aid, title: { fr: { rev: 1, content: a.title || a.number } } });
  }
  for (const a of en?.layout.ambitions ?? []) {
    let aid = ambitionIds.get(a.number);
    if (!aid) {
      aid = ambitionPool.take(`ambition-${a.number}`);
      ambitionIds.set(a.number, aid);
      report.ambitions.push({ id: aid, title: {} });
    }
    const amb = report.ambitions.find((x) => x.id === aid)!;
    amb.title = { ...amb.title, en: { content: a.title || a.number, source: { rev: amb.title.fr?.rev ?? 0 } } };
  }

  // Chapters: the template's own when the title is one of its chapters', new ones otherwise.
  const usedChapters = new Set<string>();
  const importedChapters = new Set<string>();
  const chapterPool = new IdPool();
  for (const c of report.chapters) chapterPool.take(c.id);
  const readChapters = (doc: LanguageDocument, lang: Lang, rich: RichOptions) => {
    const fresh: typeof report.chapters = [];
    doc.layout.chapters.forEach((c, i) => {
      const body = toRichText(c.blocks, rich);
      const byTitle = report.chapters.find((x) => loose(x.title.fr?.content ?? '') === loose(c.title) || loose(x.title.en?.content ?? '') === loose(c.title));
      // The English document's chapters stand in the French ones' order.
      const byOrder = lang === 'en' ? report.chapters.filter((x) => x.id !== undefined && importedChapters.has(x.id))[i] : undefined;
      const target = (lang === 'fr' ? byTitle : (byTitle ?? byOrder));
      if (target && !(lang === 'fr' && usedChapters.has(target.id))) {
        usedChapters.add(target.id);
        importedChapters.add(target.id);
        target.body = setLang(target.body, lang, body);
        if (lang === 'en' && !target.title.en) target.title = { ...target.title, en: { content: c.title, source: { rev: target.title.fr?.rev ?? 0 } } };
        return;
      }
      const cid = chapterPool.take(slug(c.title, 'chapter'));
      importedChapters.add(cid);
      fresh.push({ id: cid, title: lang === 'fr' ? { fr: { rev: 1, content: c.title } } : { en: { content: c.title, source: { rev: 0 } } }, body: setLang({}, lang, body), position: c.position });
    });
    // New chapters go among the template's, before the back ones when they are front ones.
    for (const ch of fresh) {
      const at = ch.position === 'front' ? report.chapters.findIndex((x) => x.position === 'back') : -1;
      if (at >= 0) report.chapters.splice(at, 0, ch);
      else report.chapters.push(ch);
    }
  };
  readChapters(fr, 'fr', frRich);
  if (en && enRich) readChapters(en, 'en', enRich);

  const reportSort: ToSortItem[] = sortAll(fr.layout.toSort, 'fr', frRich);
  if (en && enRich) reportSort.push(...sortAll(en.layout.toSort, 'en', enRich));

  // Cards, by number: the French document's order, then those found in English only.
  const enCards = new Map<string, FoundCard>();
  for (const c of en?.layout.cards ?? []) if (!enCards.has(c.number)) enCards.set(c.number, c);
  const frNumbers = new Set<string>();
  const summaryCards: ImportSummary['cards'] = [];
  const cardPool = new IdPool();
  const makeCard = (found: FoundCard | undefined, enFound: FoundCard | undefined): Card => {
    const number = (found ?? enFound)!.number;
    const cid = cardPool.take(`c${number.replace(/[^0-9-]/g, '').padStart(2, '0')}`);
    const ambitionNumber = found?.ambition ?? enFound?.ambition;
    const card: Card = { id: cid, number, ambition: ambitionNumber !== undefined ? (ambitionIds.get(ambitionNumber) ?? null) : null, fields: {} };
    const toSort: ToSortItem[] = [];
    for (const [lang, f, rich] of [['fr', found, frRich], ['en', enFound, enRich]] as const) {
      if (!f || !rich) continue;
      fillCard(card, f, lang, template, rich, institution(lang), (from, content) => {
        const item = sortItem(lang, from, content);
        if (item) toSort.push(item);
      });
      toSort.push(...sortAll(f.toSort, lang, rich));
    }
    if (toSort.length) card.toSort = toSort;
    summaryCards.push({
      number,
      title: (found?.title || enFound?.title) ?? '',
      ambition: ambitionNumber ?? null,
      fields: Object.keys(card.fields).filter((k) => k !== template.card.titleField || true),
      toSort: toSort.length,
      en: !!enFound,
    });
    return card;
  };
  for (const c of fr.layout.cards) {
    if (frNumbers.has(c.number)) {
      // The same number twice: the second is a card of its own, numbered as found, its English none.
      report.cards.push(makeCard(c, undefined));
      continue;
    }
    frNumbers.add(c.number);
    report.cards.push(makeCard(c, enCards.get(c.number)));
  }
  const onlyEn: string[] = [];
  for (const [number, c] of enCards) {
    if (frNumbers.has(number)) continue;
    onlyEn.push(number);
    report.cards.push(makeCard(undefined, c));
  }
  const onlyFr = en ? [...frNumbers].filter((n) => !enCards.has(n)) : [];

  if (reportSort.length) report.toSort = reportSort;
  const finished = withToSortVersion(report);
  return {
    report: finished,
    media,
    summary: {
      title: fr.layout.title,
      chapters: fr.layout.chapters.map((c) => c.title),
      ambitions: fr.layout.ambitions,
      cards: summaryCards,
      toSort: { cards: summaryCards.reduce((n, c) => n + c.toSort, 0), report: reportSort.length },
      images,
      onlyFr,
      onlyEn,
    },
  };
}

/** A localized value with one language set; English counts as translating the current French. */
function setLang<T>(value: { fr?: { rev: number; content: T } | undefined; en?: { content: T; source: { rev: number; fr?: T | undefined } } | undefined }, lang: Lang, content: T) {
  if (lang === 'fr') return { ...value, fr: { rev: 1, content } };
  return { ...value, en: { content, source: { rev: value.fr?.rev ?? 0 } } };
}

/** The plain text of a value's blocks, on one line. */
function oneLine(blocks: readonly SourceBlock[]): string {
  return sourceText(blocks).replace(/\s+/g, ' ').trim();
}

/** Fills a card's fields in one language from what was found under their labels. */
function fillCard(card: Card, found: FoundCard, lang: Lang, template: Template, rich: RichOptions, institution: (name: string) => string, sort: (from: string, content: Block[]) => void): void {
  const defs = new Map(template.card.fields.map((f) => [f.id, f]));
  const label = (f: FieldDef) => f.label[lang];
  // The title: the heading's, unless the table names it too (then the table's; the heading's kept if it differs).
  const titleDef = defs.get(template.card.titleField)!;
  const tableTitle = found.fields.get(titleDef.id);
  const titleText = tableTitle ? oneLine(tableTitle) : '';
  const title = titleText || found.title;
  if (title) setValue(card, titleDef, lang, title);
  if (titleText && found.title && loose(found.title) !== loose(titleText) && !loose(titleText).includes(loose(found.title))) {
    sort(label(titleDef), [{ type: 'paragraph', children: [{ type: 'text', text: found.title }] }]);
  }
  for (const [fid, blocks] of found.fields) {
    if (fid === titleDef.id) continue;
    const def = defs.get(fid)!;
    if (!sourceText(blocks).trim() && !blocks.some((b) => b.kind === 'image')) continue;
    if (def.kind === 'richText') {
      const content = toRichText(blocks, rich);
      const prev = card.fields[fid];
      const before = prev?.kind === 'richText' ? (prev[lang]?.content ?? []) : [];
      setRich(card, fid, lang, [...before, ...content]);
      continue;
    }
    if (def.kind === 'rows') {
      const rest = fillRows(card, def, blocks, lang, template, institution);
      if (rest.length) sort(label(def), rest);
      continue;
    }
    if (def.kind === 'text') {
      const text = sourceText(blocks).trim();
      setValue(card, def, lang, text);
      // A note or an image cannot stand in a text field: the whole content is kept to sort as well.
      if (hasMore(blocks)) sort(label(def), toRichText(blocks, rich));
      continue;
    }
    const text = def.kind === 'institutions' ? linesOf(blocks).join('\n') : oneLine(blocks);
    const read = scalarFrom(text, def, template, institution);
    if (!read || hasMore(blocks)) {
      sort(label(def), toRichText(blocks, rich));
      if (!read) continue;
    } else if (read.rest) sort(label(def), restBlocks(read.rest));
    if (lang === 'en' && def.kind !== 'institutions' && card.fields[fid]) continue; // the French value stands for both
    if (lang === 'en' && def.kind === 'institutions' && card.fields[fid]) continue;
    card.fields[fid] = read.value as FieldValue;
  }
}

/** Whether blocks hold what plain text loses: a note, an image, a link. */
function hasMore(blocks: readonly SourceBlock[]): boolean {
  const inlinesMore = (inlines: readonly Inline[]) => inlines.some((x) => x.type === 'footnote' || x.type === 'link');
  return blocks.some((b) => (b.kind === 'image' ? true : b.kind === 'paragraph' ? inlinesMore(b.inlines) : b.rows.some((r) => r.some((c) => hasMore(c.blocks)))));
}

function setValue(card: Card, def: FieldDef, lang: Lang, text: string): void {
  const prev = card.fields[def.id];
  const base = prev?.kind === 'text' ? prev : { kind: 'text' as const };
  card.fields[def.id] = { ...setLang(base, lang, text), kind: 'text' };
}

function setRich(card: Card, fid: string, lang: Lang, content: Block[]): void {
  const prev = card.fields[fid];
  const base = prev?.kind === 'richText' ? prev : { kind: 'richText' as const };
  card.fields[fid] = { ...setLang(base, lang, content), kind: 'richText' };
}

/**
 * A rows field from its content: a table whose header names the columns (each row a row), or
 * lines (list items, paragraphs), each one row whose values are read column by column from its
 * parts ("Jalon 1 – Réalisé"). In English, the rows found in French get their English text in
 * order. Returns what could not be read, to sort.
 */
function fillRows(card: Card, def: RowsFieldDef, blocks: readonly SourceBlock[], lang: Lang, template: Template, institution: (name: string) => string): Block[] {
  const prev = card.fields[def.id];
  const rows: Row[] = prev?.kind === 'rows' ? prev.rows : [];
  const unread: string[] = [];
  const lines: string[][] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      let header: (ScalarFieldDef | undefined)[] | undefined;
      for (const [i, row] of b.rows.entries()) {
        const cells = row.map((c) => sourceText(c.blocks).replace(/\s+/g, ' ').trim());
        if (i === 0) {
          const named = cells.map((c) => def.columns.find((col) => loose(col.label.fr) === loose(c) || loose(col.label.en) === loose(c) || (col.synonyms ?? []).some((s) => loose(s) === loose(c))));
          if (named.filter(Boolean).length >= Math.min(2, def.columns.length)) {
            header = named;
            continue;
          }
        }
        if (header) lines.push(cells.map((c, k) => (header![k] ? `\u0000${header![k]!.id}\u0000${c}` : c)));
        else lines.push(cells);
      }
    } else for (const l of linesOf([b])) lines.push([l]);
  }
  let enIndex = 0;
  for (const parts of lines) {
    const cells: Record<string, ScalarValue> = {};
    const leftovers: string[] = [];
    const pending = [...def.columns];
    const take = (col: ScalarFieldDef, text: string): boolean => {
      const read = scalarFrom(text, col, template, institution);
      if (!read) return false;
      cells[col.id] = read.value;
      pending.splice(pending.indexOf(col), 1);
      if (read.rest) leftovers.push(read.rest);
      return true;
    };
    for (const part of parts) {
      const named = /^\u0000([^\u0000]*)\u0000([\s\S]*)$/.exec(part);
      if (named) {
        const col = def.columns.find((c) => c.id === named[1]);
        if (col && named[2]!.trim() && !take(col, named[2]!)) leftovers.push(named[2]!);
        continue;
      }
      // Split "Titre du jalon – Réalisé" into its parts, and read each typed column from them.
      const pieces = parts.length > 1 ? [part] : part.split(/\s+[–—|]\s+|\s*;\s*|,\s+(?=\S+@)/u);
      const free: string[] = [];
      for (const piece of pieces) {
        const typed = pending.find((c) => c.kind !== 'text' && (c.kind !== 'plain' || c.format !== undefined) && scalarFrom(piece, c, template, institution) && (c.kind !== 'choice' || scalarFrom(piece, c, template, institution)!.rest === ''));
        if (typed && take(typed, piece)) continue;
        free.push(piece);
      }
      const textCol = pending.find((c) => c.kind === 'text' || (c.kind === 'plain' && !c.format));
      if (free.length && textCol) take(textCol, free.join(' – '));
      else if (free.length) leftovers.push(free.join(' – '));
    }
    if (!Object.keys(cells).length) {
      unread.push(...leftovers);
      continue;
    }
    if (lang === 'en' && enIndex < rows.length && prev?.kind === 'rows') {
      // The English words of a row the French document gave.
      const row = rows[enIndex++]!;
      for (const [cid, v] of Object.entries(cells)) {
        const old = row.cells[cid];
        if (v.kind === 'text' && (!old || old.kind === 'text')) {
          const content = v.fr?.content ?? '';
          row.cells[cid] = { kind: 'text', ...(old?.kind === 'text' && old.fr ? { fr: old.fr } : {}), en: { content, source: { rev: old?.kind === 'text' ? (old.fr?.rev ?? 0) : 0 } } };
        } else if (!old) row.cells[cid] = v;
      }
      unread.push(...leftovers);
      continue;
    }
    if (lang === 'en') {
      for (const [cid, v] of Object.entries(cells)) if (v.kind === 'text') cells[cid] = { kind: 'text', en: { content: v.fr?.content ?? '', source: { rev: 0 } } };
    }
    rows.push({ id: `row-${rows.length + 1}`, cells });
    unread.push(...leftovers);
  }
  if (rows.length) card.fields[def.id] = { kind: 'rows', rows };
  return unread.length ? restBlocks(unread.join('\n')) : [];
}

export { inlineText };

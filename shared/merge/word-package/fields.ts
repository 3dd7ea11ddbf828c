import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Block, Inline, ListItem, RichText, TableCell } from '../../model/richtext.js';
import type { Card, FieldValue, Quarter, Report, ScalarValue } from '../../model/report.js';
import type { FieldDef, ScalarFieldDef, Template } from '../../model/template.js';
import { findField } from '../../model/template-lookup.js';
import { contentIn } from '../../report/localized.js';

/**
 * The fields of a Word package, as markers: one per value a contributor can fill in Word (a
 * field, one language of it, or a cell of a list). The same list is made when the package is
 * written and when it is read back, from the package's bases, so that a marker's place in it
 * (its bookmark's number) and its tag both name the same value.
 */
export interface Marker {
  card: string;
  field: string;
  row?: string | undefined;
  column?: string | undefined;
  lang?: Lang | undefined;
  /** The kind of value the marker holds (a rows field's column kind for a cell). */
  kind: 'text' | 'richText' | 'plain' | 'choice' | 'quarter' | 'number';
  def: ScalarFieldDef | FieldDef;
  /** The first 16 hex digits of the digest of the card's base: the version the field was cut from. */
  base: string;
}

/** The prefix of every tag and bookmark of ours. */
export const TAG_PREFIX = 'bilan';
/** How many hex digits of a base digest a tag holds (the whole digest is in the sealed base). */
export const TAG_DIGEST = 16;

/** A marker's tag: `bilan:card:field:row:column:lang:digest`, ids being letters, digits, `-` and `_`. */
export function tagOf(m: Marker): string {
  return [TAG_PREFIX, m.card, m.field, m.row ?? '', m.column ?? '', m.lang ?? '', m.base].join(':');
}

/** A marker's bookmark name: `_bilan` and its number (hidden in Word, at most 40 characters). */
export const bookmarkOf = (index: number): string => `_${TAG_PREFIX}${index}`;

/** The number of a bookmark of ours, or undefined. */
export function bookmarkIndex(name: string): number | undefined {
  const m = /^_bilan(\d{1,7})$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** The fields Word can edit: not the lead institutions (the coordinator's), nor institution lists. */
function editable(def: ScalarFieldDef | FieldDef, template: Template): boolean {
  return def.id !== template.card.leadField && def.kind !== 'institutions';
}

/** Every marker of a package's cards, in reading order. `digests` gives each card's base digest. */
export function markersOf(bases: readonly Card[], template: Template, langs: readonly Lang[], digests: ReadonlyMap<string, string>): Marker[] {
  const out: Marker[] = [];
  for (const card of bases) {
    const base = (digests.get(card.id) ?? '').slice(0, TAG_DIGEST);
    for (const def of template.card.fields) {
      if (!editable(def, template)) continue;
      if (def.kind === 'rows') {
        const value = card.fields[def.id];
        for (const row of value?.kind === 'rows' ? value.rows : []) {
          for (const col of def.columns) {
            if (!editable(col, template)) continue;
            const kind = col.kind as Marker['kind'];
            if (col.kind === 'text') for (const lang of langs) out.push({ card: card.id, field: def.id, row: row.id, column: col.id, lang, kind, def: col, base });
            else out.push({ card: card.id, field: def.id, row: row.id, column: col.id, kind, def: col, base });
          }
        }
      } else if (def.kind === 'text' || def.kind === 'richText') {
        const value = card.fields[def.id];
        for (const lang of langs) if (value?.kind !== 'richText' || wordEditable(contentIn(value, lang))) out.push({ card: card.id, field: def.id, lang, kind: def.kind, def, base });
      } else {
        out.push({ card: card.id, field: def.id, kind: def.kind as Marker['kind'], def, base });
      }
    }
  }
  return out;
}

/** The value a marker stands for in a card, if the card has one there. */
export function valueAt(card: Card, m: Marker): ScalarValue | FieldValue | undefined {
  const value = card.fields[m.field];
  if (m.row === undefined) return value;
  if (value?.kind !== 'rows') return undefined;
  return value.rows.find((r) => r.id === m.row)?.cells[m.column!];
}

/** A quarter as a language writes it: T4 2021, Q4 2021. */
export const quarterText = (q: Quarter, lang: Lang): string => t(lang, 'format.quarter', { quarter: q.quarter, year: q.year });

/** What a marker holds, as the Word package shows it: blocks (rich text) or a plain string. */
export function shownValue(card: Card, m: Marker, template: Template, lang: Lang): RichText | string {
  const value = valueAt(card, m);
  switch (m.kind) {
    case 'richText':
      return (value?.kind === 'richText' ? contentIn(value, m.lang!) : undefined) ?? [];
    case 'text':
      return (value?.kind === 'text' ? contentIn(value, m.lang!) : undefined) ?? '';
    case 'plain':
      return value?.kind === 'plain' ? value.value : '';
    case 'number':
      return value?.kind === 'number' && value.value !== null ? String(value.value) : '';
    case 'quarter':
      return value?.kind === 'quarter' && value.value ? quarterText(value.value, lang) : '';
    case 'choice': {
      if (value?.kind !== 'choice' || value.value === null) return '';
      const def = m.def as ScalarFieldDef;
      const option = template.scales[def.scale ?? '']?.options.find((o) => o.id === value.value);
      return option ? option.label[lang] : value.value;
    }
  }
}

/** The choices a marker offers (a `choice` field's options), in a language. */
export function optionsOf(m: Marker, template: Template, lang: Lang): { id: string; label: string }[] {
  if (m.kind !== 'choice') return [];
  const def = m.def as ScalarFieldDef;
  return (template.scales[def.scale ?? '']?.options ?? []).map((o) => ({ id: o.id, label: o.label[lang] }));
}

const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();

/** A quarter as written: "T4 2021", "Q4 2021", "2021 T4", "trimestre 4 2021"; undefined when it is not one. */
export function readQuarter(text: string): Extract<ScalarValue, { kind: 'quarter' }> | undefined {
  const clean = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  const m = /^(?:[TQ]|trimestre\s*|quarter\s*)([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(clean) ?? /^(\d{4})\s*[-/ ]?\s*[TQ]([1-4])$/i.exec(clean);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const value = a > 4 ? { year: a, quarter: b } : { year: b, quarter: a };
  return value.year >= 1900 && value.year <= 2200 ? { kind: 'quarter', value } : undefined;
}

/** A number in French or English writing ("1 250,5", "1,250.5"); undefined when it is not one. */
export function readNumber(text: string): Extract<ScalarValue, { kind: 'number' }> | undefined {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = /^-?\d+(,\d+)?$/.test(digits) ? digits.replace(',', '.') : /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits;
  const n = /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
  return Number.isFinite(n) ? { kind: 'number', value: n } : undefined;
}

/**
 * Reads a plain value typed in Word back as the marker's kind: a choice by its label in either
 * language (or its id), a quarter as "T4 2021" or "Q4 2021", a number in French or English
 * writing. Undefined when the text cannot be read as that kind (the coordinator is told).
 */
export function parseScalar(text: string, m: Marker, template: Template): ScalarValue | undefined {
  const clean = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  switch (m.kind) {
    case 'plain':
      return { kind: 'plain', value: text.trim() };
    case 'choice': {
      if (!clean) return { kind: 'choice', value: null };
      const def = m.def as ScalarFieldDef;
      const options = template.scales[def.scale ?? '']?.options ?? [];
      const found = options.find((o) => squash(o.label.fr) === squash(clean) || squash(o.label.en) === squash(clean) || o.id === clean);
      return found ? { kind: 'choice', value: found.id } : undefined;
    }
    case 'quarter':
      return clean ? readQuarter(clean) : { kind: 'quarter', value: null };
    case 'number':
      return clean ? readNumber(clean) : { kind: 'number', value: null };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The shape rich text takes through Word: what the writer and reader agree on. Word cannot tell
// runs apart that look the same, nor keep a table's relative widths, so the reader's result is
// compared with the base in this shape: a field is changed only if it reads differently.

function canonInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (!inline.text) continue;
      const last = out[out.length - 1];
      if (last?.type === 'text' && !!last.bold === !!inline.bold && !!last.italic === !!inline.italic) {
        out[out.length - 1] = { ...last, text: last.text + inline.text };
        continue;
      }
      out.push({ type: 'text', text: inline.text, ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italic: true } : {}) });
    } else if (inline.type === 'link') {
      const children = canonInlines(inline.children) as typeof inline.children;
      if (children.length) out.push({ type: 'link', url: inline.url, children });
    } else if (inline.type === 'footnote') {
      out.push({ type: 'footnote', children: trimBreaks(canonInlines(inline.children)) as typeof inline.children });
    } else out.push(inline);
  }
  return out;
}

/** A footnote's text without line breaks at its ends (Word's note paragraphs do not keep them). */
function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]!.type === 'break') start++;
  while (end > start && inlines[end - 1]!.type === 'break') end--;
  return inlines.slice(start, end);
}

function canonItem(item: ListItem): ListItem {
  return { children: canonInlines(item.children), ...(item.sublist ? { sublist: canonBlock(item.sublist) as ListItem['sublist'] } : {}) };
}

function canonBlock(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: canonInlines(block.children) };
    case 'heading':
      return { type: 'heading', level: block.level, children: canonInlines(block.children) };
    case 'list':
      return { type: 'list', ordered: block.ordered, items: block.items.map(canonItem) };
    case 'table':
      return { type: 'table', headerRow: block.headerRow, rows: block.rows.map((r) => r.map((c): TableCell => ({ children: canonInlines(c.children) }))) };
    case 'image':
      return { type: 'image', media: block.media, alt: block.alt };
    default:
      return block;
  }
}

/** The blocks Word can hold as they are; a field with another (a chart) is edited in Bilan. */
const WORD_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'list', 'table', 'image']);

/** Whether a rich text can be edited in Word and read back as it was. */
export function wordEditable(blocks: readonly Block[] | undefined): boolean {
  return (blocks ?? []).every((b) => WORD_BLOCKS.has(b.type));
}

/** Rich text as Word gives it back: runs joined, empty runs and trailing empty paragraphs dropped, no table widths. */
export function canonRich(blocks: readonly Block[]): RichText {
  const out = blocks.map(canonBlock);
  while (out.length && out[out.length - 1]!.type === 'paragraph' && (out[out.length - 1] as { children: Inline[] }).children.length === 0) out.pop();
  return out;
}

/** A plain text as Word gives it back: paragraphs joined by line breaks, trailing blank lines dropped. */
export const canonText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[\n\s]+$/u, '');

/** The report the markers belong to: the card of a marker, for messages. */
export function markerCard(report: Report, m: Pick<Marker, 'card'>): Card | undefined {
  return report.cards.find((c) => c.id === m.card);
}

/** The label of a marker's field (and column), in a language. */
export function markerLabel(m: Pick<Marker, 'field' | 'column' | 'lang'>, template: Template, lang: Lang): string {
  const def = findField(template, m.field);
  let label = def?.label[lang] ?? m.field;
  if (def?.kind === 'rows' && m.column) label += ` – ${def.columns.find((c) => c.id === m.column)?.label[lang] ?? m.column}`;
  if (m.lang) label += ` (${t(lang, `lang.${m.lang}`)})`;
  return label;
}

import type { Localized } from '../../shared/model/localized.js';
import type { RichText } from '../../shared/model/richtext.js';
import type {
  ChoiceValue,
  InstitutionsValue,
  NumberValue,
  PlainValue,
  QuarterValue,
  RichTextValue,
  Row,
  RowsValue,
  ScalarValue,
  TextValue,
} from '../../shared/model/report.js';
import { markup } from './markup.js';

/**
 * Builders for the values of a seed report. Texts come in pairs, French first; English is
 * optional, because some seed cards are deliberately untranslated.
 */

/** A text in French and, when translated, in English. */
export interface Pair {
  fr: string;
  en?: string;
}

/** A text whose French was revised after its English translation: `was` is the old French. */
export interface Revised {
  was: string;
  fr: string;
  en: string;
}

/**
 * French typography for rich text: a no-break space before « : » and a narrow one before ; ! ?,
 * so that the punctuation never starts a line. Titles are left as the facts spell them.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?])(?=[^\w/]|$)/gm, (_, mark: string) => (mark === ':' ? '\u00a0:' : `\u202f${mark}`));
}

/** A value written in French (revision 1) and, if given, translated into English from it. */
export function localized<T>(fr: T, en?: T): Localized<T> {
  return en === undefined ? { fr: { rev: 1, content: fr } } : { fr: { rev: 1, content: fr }, en: { content: en, source: { rev: 1, fr } } };
}

/**
 * A value whose French changed (revision 2) after it was translated: the English still says it
 * translates revision 1, whose text it keeps, so the editor can show what changed.
 */
export function outOfDate<T>(was: T, fr: T, en: T): Localized<T> {
  return { fr: { rev: 2, content: fr }, en: { content: en, source: { rev: 1, fr: was } } };
}

/** Rich text from markup, with French spacing applied to the French side. */
function rich(source: string, lang: 'fr' | 'en'): RichText {
  return markup(lang === 'fr' ? frenchSpacing(source) : source);
}

export function text(value: Pair | Revised): TextValue {
  if ('was' in value) return { kind: 'text', ...outOfDate(value.was, value.fr, value.en) };
  return { kind: 'text', ...localized(value.fr, value.en) };
}

export function richText(value: Pair | Revised): RichTextValue {
  if ('was' in value) return { kind: 'richText', ...outOfDate(rich(value.was, 'fr'), rich(value.fr, 'fr'), rich(value.en, 'en')) };
  return { kind: 'richText', ...localized(rich(value.fr, 'fr'), value.en === undefined ? undefined : rich(value.en, 'en')) };
}

export function plain(value: string): PlainValue {
  return { kind: 'plain', value };
}

export function choice(value: string | null): ChoiceValue {
  return { kind: 'choice', value };
}

export function institutions(...ids: string[]): InstitutionsValue {
  return { kind: 'institutions', ids };
}

export function quarter(year: number, q: 1 | 2 | 3 | 4): QuarterValue {
  return { kind: 'quarter', value: { year, quarter: q } };
}

export function number(value: number): NumberValue {
  return { kind: 'number', value };
}

/** A rows value; row ids are `<prefix>1`, `<prefix>2`… so that they stay the same on every run. */
export function rows(prefix: string, cells: Record<string, ScalarValue>[]): RowsValue {
  return { kind: 'rows', rows: cells.map((c, i): Row => ({ id: `${prefix}${i + 1}`, cells: c })) };
}

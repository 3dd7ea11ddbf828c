import type { Lang, Localized } from '../model/localized.js';
import type { RichText } from '../model/richtext.js';
import { isBlankRichText } from './text.js';

/** The content of one language of a localized value, if any. */
export function contentIn<T>(value: Localized<T> | undefined, lang: Lang): T | undefined {
  return value?.[lang]?.content;
}

/** Tells whether a localized value has no visible content in a language. */
export function isBlankIn(value: Localized<string | RichText> | undefined, lang: Lang): boolean {
  const content = contentIn(value, lang);
  if (content === undefined) return true;
  return typeof content === 'string' ? content.trim() === '' : isBlankRichText(content);
}

/**
 * Tells whether the English value translates an older French text than the current one:
 * it must be reviewed before the English report is published.
 */
export function isOutOfDate(value: Localized<unknown> | undefined): boolean {
  return !!value?.fr && !!value.en && value.en.source.rev !== value.fr.rev;
}

/** A new French text: its revision goes up, so that the English one shows as out of date. */
export function withFrench<T>(value: Localized<T>, content: T): Localized<T> {
  return { ...value, fr: { rev: (value.fr?.rev ?? 0) + 1, content } };
}

/** A new English text, recorded as translating the current French revision. */
export function withEnglish<T>(value: Localized<T>, content: T): Localized<T> {
  return { ...value, en: { content, source: { rev: value.fr?.rev ?? 0, fr: value.fr?.content } } };
}

/** Marks the English text as reviewed against the current French text, unchanged otherwise. */
export function markReviewed<T>(value: Localized<T>): Localized<T> {
  return value.en ? withEnglish(value, value.en.content) : value;
}

/** A value written in both languages at once (templates, new reports, tests). */
export function bilingual<T>(fr: T, en: T): Localized<T> {
  return withEnglish(withFrench({}, fr), en);
}

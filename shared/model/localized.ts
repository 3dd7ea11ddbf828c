import { z } from 'zod';
import { LANGS } from './langs.js';
import { LIMITS } from './limits.js';
import { RichText } from './richtext.js';

export { LANGS } from './langs.js';
/** The report languages, as a schema. */
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Text in both languages with no revision tracking, for labels written once (templates, UI). */
export const Label = z.strictObject({ fr: z.string(), en: z.string() });
export type Label = z.infer<typeof Label>;

/**
 * The French value of a localized field. `rev` counts its edits, so that an English value can
 * say which French revision it translates.
 */
export interface FrenchValue<T> {
  rev: number;
  content: T;
}

/**
 * The English value of a localized field, with the French revision it was translated from and,
 * when known, that French text itself (so the editor can show what changed since).
 */
export interface EnglishValue<T> {
  content: T;
  source: { rev: number; fr?: T | undefined };
}

/** A value in French and English side by side; either may be absent while being written. */
export interface Localized<T> {
  fr?: FrenchValue<T> | undefined;
  en?: EnglishValue<T> | undefined;
}

function localized<T extends z.ZodType>(content: T) {
  return z.strictObject({
    fr: z.strictObject({ rev: z.int().min(1), content }).optional(),
    en: z
      .strictObject({
        content,
        source: z.strictObject({ rev: z.int().min(0), fr: content.optional() }),
      })
      .optional(),
  });
}

/** Localized plain text (titles, names, roles). */
export const LocalizedText = localized(z.string().max(LIMITS.textLength));
export type LocalizedText = Localized<string>;

/** Localized rich text (the body of most card fields and chapters). */
export const LocalizedRichText = localized(RichText);
export type LocalizedRichText = Localized<RichText>;

/**
 * The report languages, apart from the schemas: the renderer needs the list at run time, and
 * importing it from localized.ts would put the schema library in the page's bundle.
 * French is the source language; English is translated from it.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

import { fill } from '../../../shared/i18n/i18n.js';
import type { Lang } from '../../../shared/model/localized.js';
import en from './en.json';
import fr from './fr.json';

/** A key of the interface's own translation files (`fr.json`, `en.json`). */
export type UiKey = keyof typeof en;

/** Values for the `{name}` placeholders of an interface string. */
export type UiParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<UiKey, string>> = { fr, en };

/** An interface string in a language, with its `{name}` placeholders filled. */
export function translate(lang: Lang, key: UiKey, params: UiParams = {}): string {
  return fill(catalogs[lang][key], params, lang);
}

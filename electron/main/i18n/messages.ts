import { fill } from '../../../shared/i18n/i18n.js';
import type { Lang } from '../../../shared/model/localized.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** A message of the main process's own catalog (menus, dialogs, IPC refusals). */
export type MainMessageKey = keyof typeof en;

type Params = Record<string, string | number>;

const catalogs: Record<Lang, Record<MainMessageKey, string>> = { fr, en };

/** A main-process message in a language, with its `{name}` placeholders filled. */
export function mainT(lang: Lang, key: MainMessageKey, params: Params = {}): string {
  return fill(catalogs[lang][key], params);
}

/** The same message in both languages, as an IPC error carries it. */
export function mainMessage(key: MainMessageKey, params: Params = {}): { fr: string; en: string } {
  return { fr: mainT('fr', key, params), en: mainT('en', key, params) };
}

import type { Lang } from '../model/localized.js';
import en from './messages/en.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };

/** Every message key of the app's translation files (`messages/fr.json`, `messages/en.json`). */
export type MessageKey = keyof typeof en;
/**
 * Values substituted for `{name}` placeholders in a message. A function is worded in the
 * message's language, so that an error can carry a location ("card 4, field Progress") and be
 * shown later in French or in English.
 */
export type MessageParams = Record<string, string | number | ((lang: Lang) => string)>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** Renders a message in a language, substituting `{name}` placeholders. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const worded = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(lang) : v]));
  return fill(catalogs[lang][key] ?? key, worded, lang);
}

const plurals: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

/**
 * Fills `{name}` placeholders of any text, such as a template's card heading. A placeholder
 * `{name:one|other}` is a word agreeing with the number `name` in the text's language
 * (French: « 0 fiche », « 1 fiche », « 2 fiches »; English: "0 cards", "1 card"): messages
 * write "{n} {n:fiche|fiches}" rather than "fiche(s)". Without a language, English rules.
 */
export function fill(text: string, params: Record<string, string | number>, lang: Lang = 'en'): string {
  return text.replace(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!(name in params)) return whole;
    if (one === undefined) return String(params[name]);
    return plurals[lang].select(Number(params[name])) === 'one' ? one : other!;
  });
}

/** The user's language from a POSIX locale name such as `fr_FR.UTF-8`: French or else English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}

/**
 * Formats a share (0–1) as a whole percentage in the language's typography: « 76 % » with a
 * narrow no-break space in French, "76%" in English. The sign's spacing comes from the
 * catalogs rather than from the ICU version at hand, which differs between Node and Chromium.
 */
export function formatPercent(lang: Lang, share: number): string {
  return t(lang, 'format.percent', { n: formatNumber(lang, Math.round(share * 100)) });
}

// Built once: a formatter costs far more to make than to use, and the outline formats dozens.
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** Formats a number in the language's typography: « 15 000 » (narrow no-break space), "15,000". */
export function formatNumber(lang: Lang, value: number): string {
  const text = numberFormats[lang].format(value);
  return lang === 'fr' ? text.replace(/[\u00a0\u202f ]/g, '\u202f') : text;
}

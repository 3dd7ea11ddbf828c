// The spelling word lists, built from the shipped Hunspell dictionaries (dictionary-fr,
// dictionary-en, left as they are in node_modules) at build time. nspell reads a dictionary by
// expanding every affix rule into the words it allows: for French that takes some 9 s and 340 MB
// of heap (3 million forms, most of them a word behind an elided article: l', d', qu'…), far too
// much for a window. Here the expansion is done once, by nspell in Node, and the words kept as a
// sorted, front-coded list; the elided forms are left out and checked as their word instead. The
// renderer's worker decodes the list into a set in a fraction of a second (see
// renderer/src/spelling/word-set.ts). A list is cached in node_modules/.cache, keyed by the
// dictionary's version and this file's format version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

/** The languages a list is built for. */
export type SpellingLang = 'fr' | 'en';

/** Bumped whenever the list's content or encoding changes, so that a cached list is rebuilt. */
const FORMAT = 2;

/** The longest prefix a line may share with the one before (its length is one character, from '0'). */
export const MAX_SHARED = 40;

/**
 * The French elisions the dictionary writes as prefixes of the following word: a form "l'état"
 * is left out when "état" is in the list, and the checker accepts an elision before a word it knows.
 */
export const ELISIONS = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'lorsqu', 'puisqu', 'quoiqu', 'jusqu', 'quelqu', 'presqu'] as const;

const require = createRequire(import.meta.url);

/** The folder of a dictionary package. */
function dictionaryDir(lang: SpellingLang): string {
  return dirname(require.resolve(`dictionary-${lang}`));
}

/** The dictionary's version, as its package says. */
function dictionaryVersion(lang: SpellingLang): string {
  return (JSON.parse(readFileSync(join(dictionaryDir(lang), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The words a dictionary accepts, expanded by nspell, elided forms left out (French), sorted. */
export function expandDictionary(lang: SpellingLang): string[] {
  const dir = dictionaryDir(lang);
  const speller = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  // nspell keeps every form it accepts in `data`, word → the flags of its stem.
  const internals = speller as unknown as { data: Record<string, string[]>; flags: Record<string, string | undefined> };
  const refused = new Set([internals.flags['FORBIDDENWORD'], internals.flags['ONLYINCOMPOUND'], internals.flags['NEEDAFFIX']].filter((f): f is string => !!f));
  const words = new Set<string>();
  for (const [word, flags] of Object.entries(internals.data)) {
    if (word.length === 0 || word.includes('\n') || flags.some((f) => refused.has(f))) continue;
    words.add(word.normalize('NFC'));
  }
  if (lang === 'fr') {
    const elisions = new Set<string>(ELISIONS);
    for (const word of [...words]) {
      const at = word.indexOf("'");
      if (at <= 0) continue;
      const rest = word.slice(at + 1);
      if (elisions.has(word.slice(0, at).toLowerCase()) && (words.has(rest) || words.has(rest.toLowerCase()))) words.delete(word);
    }
  }
  return [...words].sort();
}

/**
 * Front coding: each word on its own line, after one character saying how many characters it
 * shares with the word before ('0' for none, up to {@link MAX_SHARED}).
 */
export function encodeWords(sorted: readonly string[]): string {
  const lines: string[] = [];
  let previous = '';
  for (const word of sorted) {
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    lines.push(String.fromCharCode(48 + shared) + word.slice(shared));
    previous = word;
  }
  return lines.join('\n');
}

/** Where the cached list of `lang` is kept. */
function cachePath(lang: SpellingLang): string {
  const key = createHash('sha256').update(`${lang} ${dictionaryVersion(lang)} ${FORMAT} ${MAX_SHARED}`).digest('hex').slice(0, 16);
  return join(dirname(require.resolve('nspell')), '..', '..', '.cache', 'bilan-spelling', `${lang}-${key}.txt`);
}

/** The front-coded word list of `lang`, from the cache or built (several seconds for French). */
export function wordList(lang: SpellingLang): string {
  const path = cachePath(lang);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const encoded = encodeWords(expandDictionary(lang));
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, encoded);
  renameSync(temporary, path);
  return encoded;
}

/** The licence text shipped beside a list (the dictionary's own `license` file, unchanged). */
export function dictionaryLicence(lang: SpellingLang): string {
  return readFileSync(join(dictionaryDir(lang), 'license'), 'utf8');
}

// The spelling word lists as modules of the build: `virtual:bilan-spelling/fr` and `/en` export
// the front-coded list scripts/spelling/word-list.ts builds from the shipped dictionaries (each
// a chunk of its own, loaded by the spelling worker on first need, never in the first bundle).
// The dictionaries' licences are copied beside the build, unchanged, in licenses/.
import type { Plugin } from 'vite';
import { dictionaryLicence, wordList, type SpellingLang } from '../spelling/word-list.js';

const PREFIX = 'virtual:bilan-spelling/';
const RESOLVED = '\0bilan-spelling/';
const LANGS: readonly SpellingLang[] = ['fr', 'en'];

/** The plugin; `licences: false` for the workers' own builds (the page's build copies them). */
export function spellingWordLists({ licences = true }: { licences?: boolean } = {}): Plugin {
  return {
    name: 'bilan-spelling-word-lists',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      const lang = id.slice(PREFIX.length);
      if (!(LANGS as string[]).includes(lang)) throw new Error(`no spelling word list for "${lang}"`);
      return RESOLVED + lang;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const lang = id.slice(RESOLVED.length) as SpellingLang;
      return `export default ${JSON.stringify(wordList(lang))};`;
    },
    generateBundle() {
      if (!licences) return;
      for (const lang of LANGS) this.emitFile({ type: 'asset', fileName: `licenses/dictionary-${lang}.txt`, source: dictionaryLicence(lang) });
    },
  };
}

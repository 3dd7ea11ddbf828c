import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { refused } from './ipc-args.js';

/** The languages the spelling checker knows. */
export type DictionaryLang = 'fr' | 'en';

/** The most words a personal dictionary keeps per language. */
export const MAX_OWN_WORDS = 20_000;
/** The longest word it accepts. */
export const MAX_OWN_WORD_LENGTH = 100;

/** A word as the checker splits text: letters (and marks), with apostrophes and hyphens inside. */
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

/**
 * The user's own words, the ones "Ajouter au dictionnaire" adds, one file per language
 * (`words-fr.txt`, `words-en.txt`: UTF-8, one word a line, sorted) in `dir`: the user's data
 * folder in the desktop app, the workspace's `.bilan-dictionary/` folder under `bilan serve`. Written
 * atomically; a file edited by hand keeps working (blank lines and surrounding spaces ignored).
 */
export class PersonalDictionary {
  /** Writes one at a time, so that two words added at once are both kept. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {}

  private file(lang: DictionaryLang): string {
    return join(this.dir, `words-${lang}.txt`);
  }

  /** The words of `lang`; none when the file does not exist yet. */
  async words(lang: DictionaryLang): Promise<string[]> {
    let text: string;
    try {
      text = await readFile(this.file(lang), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw refused('spelling.unreadable', { file: this.file(lang), detail: (error as Error).message });
    }
    return [...new Set(text.split(/\r?\n/).map((w) => w.trim().normalize('NFC')).filter((w) => w.length > 0 && w.length <= MAX_OWN_WORD_LENGTH))];
  }

  /** Adds a word to `lang`'s dictionary (nothing when it is there already); returns the words. */
  add(lang: DictionaryLang, input: string): Promise<string[]> {
    const run = this.queue.then(async () => {
      const word = input.trim().normalize('NFC');
      if (word.length === 0 || word.length > MAX_OWN_WORD_LENGTH || !WORD.test(word)) {
        throw refused('spelling.badWord', { word: word.slice(0, MAX_OWN_WORD_LENGTH), max: String(MAX_OWN_WORD_LENGTH) });
      }
      const words = await this.words(lang);
      if (words.includes(word)) return words;
      if (words.length >= MAX_OWN_WORDS) throw refused('spelling.tooMany', { max: MAX_OWN_WORDS.toLocaleString('en').replace(/,/g, ' ') });
      const next = [...words, word].sort((a, b) => a.localeCompare(b, lang));
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file(lang), new TextEncoder().encode(`${next.join('\n')}\n`), { backup: false });
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { MAX_OWN_WORD_LENGTH, PersonalDictionary } from '../../electron/main/services/personal-dictionary.js';
import { createWorkspaceService } from '../../electron/serve/workspace-service.js';
import { wordsToCheck } from '../../renderer/src/spelling/tokens.js';
import { decodeWords, WordSet } from '../../renderer/src/spelling/word-set.js';
import { encodeWords, wordList } from '../../scripts/spelling/word-list.js';
import { tempDir } from '../support/paths.js';

// The checker against the word lists the build makes from the shipped dictionaries (built once
// and cached in node_modules/.cache: the first run expands the French dictionary, some 10–40 s).

describe('the spelling word lists and checker', () => {
  let fr: WordSet;
  let en: WordSet;
  beforeAll(() => {
    fr = new WordSet('fr', decodeWords(wordList('fr')));
    en = new WordSet('en', decodeWords(wordList('en')));
  }, 300_000);

  it('decodes what it encodes', () => {
    const words = ['a', 'abaisse', 'abaissement', 'abaisser', 'b', "aujourd'hui", 'État', 'être'].sort();
    expect(decodeWords(encodeWords(words))).toEqual(words);
  });

  it('knows French words with their elisions, hyphens and capitals', () => {
    for (const w of ['gouvernement', 'ministères', "l'engagement", 'L’État', "qu'il", "aujourd'hui", 'c’est-à-dire', 'a-t-il', 'peut-être', 'Transparence', 'TRANSPARENCE']) expect(fr.correct(w), w).toBe(true);
    for (const w of ['gouvernemnt', 'ministere', "l'engagemnt", 'tranparence']) expect(fr.correct(w), w).toBe(false);
  });

  it('suggests the word meant, likeliest first, keeping the capital and the elision', () => {
    expect(fr.suggest('gouvernemnt')[0]).toBe('gouvernement');
    expect(fr.suggest('ministere')[0]).toBe('ministère');
    expect(fr.suggest('Tranparence')[0]).toBe('Transparence');
    expect(fr.suggest("l'engagemnt")[0]).toBe("l'engagement");
    expect(en.suggest('goverment')[0]).toBe('government');
    expect(en.suggest('recieve')[0]).toBe('receive');
  });

  it('checks English as English: a French word is not English, and the other way round', () => {
    expect(en.correct('government')).toBe(true);
    expect(en.correct("government's")).toBe(true);
    expect(en.correct('gouvernement')).toBe(false);
    expect(fr.correct('government')).toBe(false);
  });

  it('accepts the words the user added', () => {
    const set = new WordSet('fr', decodeWords(wordList('fr')));
    expect(set.correct('Etalab')).toBe(false);
    set.addOwn(['Etalab']);
    expect(set.correct('Etalab')).toBe(true);
  });
});

describe('the words looked at', () => {
  const words = (text: string, accepted?: Set<string>) => wordsToCheck(text, accepted).map((t) => t.word);

  it('leaves out figures, acronyms, addresses, one-letter words and the accepted ones', () => {
    expect(words('Le 1er rapport de la DINUM et de LibreOffice, 2018-2020, voir https://www.data.gouv.fr/fr/ ou ecrire a contact@ditp.gouv.fr.')).toEqual(['Le', 'rapport', 'de', 'la', 'et', 'de', 'voir', 'ou', 'ecrire']);
    expect(words('Etalab publie', new Set(['Etalab']))).toEqual(['publie']);
  });

  it('keeps elisions and hyphens in their word, with offsets into the text', () => {
    expect(wordsToCheck('l’État, c’est-à-dire')).toEqual([
      { word: 'l’État', start: 0, end: 6 },
      { word: 'c’est-à-dire', start: 8, end: 20 },
    ]);
  });
});

describe('the personal dictionary', () => {
  it('keeps each language’s words in its own file, sorted, once each', async () => {
    const dir = tempDir();
    const dictionary = new PersonalDictionary(join(dir, 'dictionary'));
    expect(await dictionary.words('fr')).toEqual([]);
    await Promise.all([dictionary.add('fr', 'Etalab'), dictionary.add('fr', 'DINUM'), dictionary.add('fr', 'Etalab')]);
    await dictionary.add('en', 'Etalab');
    expect(await dictionary.words('fr')).toEqual(['DINUM', 'Etalab']);
    expect(readFileSync(join(dir, 'dictionary', 'words-fr.txt'), 'utf8')).toBe('DINUM\nEtalab\n');
    expect(await new PersonalDictionary(join(dir, 'dictionary')).words('en')).toEqual(['Etalab']);
  });

  it('refuses what is not a word, saying so in both languages, and keeps the words it has', async () => {
    const service = new AppService({ appDataDir: tempDir() });
    expect((await service.addOwnWord('fr', 'OpenData')).ok).toBe(true);
    for (const bad of ['deux mots', '', 'x'.repeat(MAX_OWN_WORD_LENGTH + 1), 'a\u0000b', '<script>']) {
      const reply = await service.addOwnWord('fr', bad);
      expect(reply.ok, bad).toBe(false);
      if (!reply.ok) {
        expect(reply.error.key).toBe('spelling.badWord');
        expect(reply.error.message.fr).toContain('ne peut pas être ajouté au dictionnaire');
        expect(reply.error.message.en).toContain('cannot be added to the dictionary');
      }
    }
    expect(await service.getOwnWords('fr')).toEqual({ ok: true, value: ['OpenData'] });
    expect((await service.getOwnWords('de' as 'fr')).ok).toBe(false);
  });

  it('reads a file edited by hand, and under bilan serve keeps it in the workspace', async () => {
    const workspace = tempDir();
    const service = createWorkspaceService(workspace, { appDataDir: tempDir() });
    mkdirSync(join(workspace, '.bilan-dictionary'));
    writeFileSync(join(workspace, '.bilan-dictionary', 'words-en.txt'), ' Etalab \r\n\r\nDINUM\n');
    expect(await service.getOwnWords('en')).toEqual({ ok: true, value: ['Etalab', 'DINUM'] });
    await service.addOwnWord('en', 'OpenFisca');
    expect(readFileSync(join(workspace, '.bilan-dictionary', 'words-en.txt'), 'utf8')).toBe('DINUM\nEtalab\nOpenFisca\n');
    await service.shutdown();
  });
});

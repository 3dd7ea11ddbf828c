// The spelling worker: each language's word list is loaded on its first request (a chunk of its
// own, see scripts/vite/spelling.ts) and decoded here, off the page's thread, so that typing
// never waits for it.
import type { SpellingLang, SpellingReply, SpellingRequest } from './protocol.js';
import { decodeWords, WordSet } from './word-set.js';

const sets = new Map<SpellingLang, Promise<WordSet>>();

function wordSet(lang: SpellingLang): Promise<WordSet> {
  let set = sets.get(lang);
  if (!set) {
    const list = lang === 'fr' ? import('virtual:bilan-spelling/fr') : import('virtual:bilan-spelling/en');
    set = list.then((m) => new WordSet(lang, decodeWords(m.default)));
    sets.set(lang, set);
  }
  return set;
}

async function answer(request: SpellingRequest): Promise<SpellingReply> {
  const set = await wordSet(request.lang);
  switch (request.kind) {
    case 'check':
      return { id: request.id, kind: 'check', misspelled: request.words.filter((w) => !set.correct(w)) };
    case 'suggest':
      return { id: request.id, kind: 'suggest', suggestions: set.suggest(request.word) };
    case 'own':
      set.addOwn(request.words);
      return { id: request.id, kind: 'own' };
  }
}

self.addEventListener('message', (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  answer(request).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage({ id: request.id, kind: 'failed', message: String(error) } satisfies SpellingReply),
  );
});

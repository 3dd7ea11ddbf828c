// The page's side of the spelling worker: started on the first word to check, each language's
// answers remembered (a word checked once is not sent again), the user's own words fetched from
// the main process once per language and added through it.
import type { SpellingLang, SpellingReply, SpellingRequest } from './protocol.js';

type Pending = { resolve: (reply: SpellingReply) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Per language, each word's verdict (true: spelled right). */
const verdicts: Record<SpellingLang, Map<string, boolean>> = { fr: new Map(), en: new Map() };
const ownLoaded = new Map<SpellingLang, Promise<void>>();
const listeners = new Set<() => void>();

function started(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'bilan-spelling' });
  worker.addEventListener('message', (event: MessageEvent<SpellingReply>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.kind === 'failed') waiting.reject(new Error(event.data.message));
    else waiting.resolve(event.data);
  });
  return worker;
}

/** A request without its id (distributed over the union, so each kind keeps its fields). */
type Unnumbered = SpellingRequest extends infer R ? (R extends SpellingRequest ? Omit<R, 'id'> : never) : never;

function ask(request: Unnumbered): Promise<SpellingReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    started().postMessage({ ...request, id } as SpellingRequest);
  });
}

/** The user's own words of `lang`, fetched once and handed to the worker before any check. */
function ownWords(lang: SpellingLang): Promise<void> {
  let loaded = ownLoaded.get(lang);
  if (!loaded) {
    loaded = window.api.getOwnWords(lang).then(async (reply) => {
      if (reply.ok && reply.value.length > 0) await ask({ kind: 'own', lang, words: reply.value });
    });
    ownLoaded.set(lang, loaded);
  }
  return loaded;
}

/** The verdict already known for a word: true (right), false (misspelled) or undefined (not checked yet). */
export function knownVerdict(lang: SpellingLang, word: string): boolean | undefined {
  return verdicts[lang].get(word);
}

/** Checks words not yet checked; resolves once their verdicts are known. */
export async function checkWords(lang: SpellingLang, words: Iterable<string>): Promise<void> {
  const fresh = [...new Set(words)].filter((w) => !verdicts[lang].has(w));
  if (fresh.length === 0) return;
  await ownWords(lang);
  const reply = await ask({ kind: 'check', lang, words: fresh });
  if (reply.kind !== 'check') return;
  const wrong = new Set(reply.misspelled);
  for (const w of fresh) verdicts[lang].set(w, !wrong.has(w));
}

/** What a misspelled word may have been meant to be. */
export async function suggestionsFor(lang: SpellingLang, word: string): Promise<string[]> {
  const reply = await ask({ kind: 'suggest', lang, word });
  return reply.kind === 'suggest' ? reply.suggestions : [];
}

/**
 * Adds a word to the user's dictionary of `lang` (kept by the main process, in the user's data
 * folder or `bilan serve`'s workspace); every field is checked again. Resolves to the error's
 * message when it could not be kept.
 */
export async function addOwnWord(lang: SpellingLang, word: string): Promise<{ ok: true } | { ok: false; message: { fr: string; en: string } }> {
  const reply = await window.api.addOwnWord(lang, word);
  if (!reply.ok) return { ok: false, message: reply.error.message };
  await ownWords(lang);
  await ask({ kind: 'own', lang, words: [word] });
  verdicts[lang].set(word, true);
  for (const listener of listeners) listener();
  return { ok: true };
}

/** Called whenever the user's dictionary changes; returns the unsubscription. */
export function onOwnWordsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

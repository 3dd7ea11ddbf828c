/** The messages between the page and the spelling worker. */
export type SpellingLang = 'fr' | 'en';

export type SpellingRequest =
  | { id: number; kind: 'check'; lang: SpellingLang; words: string[] }
  | { id: number; kind: 'suggest'; lang: SpellingLang; word: string }
  | { id: number; kind: 'own'; lang: SpellingLang; words: string[] };

export type SpellingReply =
  | { id: number; kind: 'check'; misspelled: string[] }
  | { id: number; kind: 'suggest'; suggestions: string[] }
  | { id: number; kind: 'own' }
  | { id: number; kind: 'failed'; message: string };

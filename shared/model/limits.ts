/**
 * Hard limits on what a report file may hold. They protect the app from hostile or broken
 * files (a 50 MB string, a zip bomb, rich text nested a thousand levels deep) while staying far
 * above what a real OGP report needs: the longest published card runs to about 3,000 words.
 */
export const LIMITS = {
  /** Longest text run, in characters (about 150,000 words). */
  textLength: 1_000_000,
  /** Longest plain value such as a name, a URL or an email, in characters. */
  plainLength: 4_000,
  /** Deepest nesting of lists inside one rich-text value. */
  listDepth: 8,
  /** Deepest nesting of the JSON document itself, checked before the schema runs. */
  jsonDepth: 64,
  /** Largest `report.json`, in bytes, once decompressed. */
  reportJsonBytes: 100 * 1024 * 1024,
  /** Largest image, in bytes. */
  mediaBytes: 20 * 1024 * 1024,
  /** Largest total of all decompressed entries of a container, in bytes. */
  containerBytes: 400 * 1024 * 1024,
  /** Most entries in a container. */
  containerEntries: 5_000,
} as const;

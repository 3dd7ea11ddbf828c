/**
 * What a Word document given to `bilan import` may hold. A real end-of-term report (about
 * 15,000 words, 21 commitments) has some 1,500 paragraphs and a few megabytes; these limits are
 * several times that, and bound the time and memory a hostile file can cost.
 */
export const IMPORT_LIMITS = {
  /** The largest file read, in bytes. */
  fileBytes: 200 * 1024 * 1024,
  /** Most entries in the archive. */
  entries: 5_000,
  /** Largest XML part once decompressed (the document itself, its notes, its styles), in bytes. */
  partBytes: 50 * 1024 * 1024,
  /** Largest total of the parts read, decompressed, in bytes. */
  totalBytes: 300 * 1024 * 1024,
  /** Largest image kept; a larger one is named in the report instead, with its alternative text. */
  mediaBytes: 20 * 1024 * 1024,
  /** Most paragraphs in the document's body (table cells included): some five times a long report. */
  paragraphs: 8_000,
} as const;

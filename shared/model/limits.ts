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
  /** Largest image, in bytes, wherever it comes from (a file, a package, a folder). */
  mediaBytes: 20 * 1024 * 1024,
  /**
   * Most pixels in one image, as its header declares them (a 5,000 × 5,000 picture; a 4K
   * screenshot has 8.3 million). The PDF export decodes an image with transparency whole: at
   * 25 million pixels it peaked at 550 MB, at 40 million at 800 MB (sample plus one RGBA image,
   * `bilan export`, the development machine).
   */
  imagePixels: 25_000_000,
  /** Largest total of all decompressed entries of a container, in bytes. */
  containerBytes: 400 * 1024 * 1024,
  /** Most comments in a report: far above a real review, and a bound on a hostile file. */
  comments: 20_000,
  /** Most replies in one comment's thread. */
  commentReplies: 1_000,
  /** Most entries in a container. */
  containerEntries: 5_000,
  /** Most rows (categories) of a chart block: a chart with more is no longer readable on a page. */
  chartRows: 60,
  /** Most series of a chart block. */
  chartSeries: 8,
  /** Longest label of a chart block (a row, a series, an axis, its unit), in characters. */
  chartLabel: 300,
  /**
   * Most points kept in one card's history (`cardVersions`, from version 5). Past it, Bilan drops
   * the oldest point after the first (the card as its history began), so the newest are kept.
   */
  historyPoints: 100,
  /** Most distinct field values the cards' histories may hold in all (a bound on a hostile file). */
  historyValues: 200_000,
  /** Largest magnitude of a chart block's value: beyond, a number is a typing slip or a hostile file. */
  chartValue: 1e15,
} as const;

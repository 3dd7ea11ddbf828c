import { z } from 'zod';
import { LIMITS } from './limits.js';
import { isSafeUrl } from './links.js';

/**
 * Rich text as stored in a report: a small, DOM-free block tree that plain Node reads (exporters,
 * merge, validation) and that the renderer maps one-to-one onto Lexical nodes.
 * It holds exactly what OGP reports use, and nothing a publisher would have to clean up.
 */

const runText = z.string().max(LIMITS.textLength);

/** A run of text with its emphasis. */
export const TextRun = z.strictObject({
  type: z.literal('text'),
  text: runText,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type TextRun = z.infer<typeof TextRun>;

/** A forced line break inside a paragraph or a table cell. */
export const LineBreak = z.strictObject({ type: z.literal('break') });
export type LineBreak = z.infer<typeof LineBreak>;

export { LINK_SCHEMES, isSafeUrl } from './links.js';

/** A hyperlink around text runs. */
export const Link = z.strictObject({
  type: z.literal('link'),
  url: z.string().max(LIMITS.plainLength).refine(isSafeUrl, { error: 'unsafe-url' }),
  children: z.array(z.union([TextRun, LineBreak])),
});
export type Link = z.infer<typeof Link>;

/** A footnote, anchored where it stands; its content is a short run of inlines. */
export const Footnote = z.strictObject({
  type: z.literal('footnote'),
  children: z.array(z.union([TextRun, LineBreak, Link])),
});
export type Footnote = z.infer<typeof Footnote>;

/** Anything that stands inside a paragraph. */
export const Inline = z.discriminatedUnion('type', [TextRun, LineBreak, Link, Footnote]);
export type Inline = z.infer<typeof Inline>;

/** A paragraph of body text. */
export const Paragraph = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(Inline),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** A sub-heading inside a field (for example one per milestone in "results"). */
export const Heading = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: z.array(Inline),
});
export type Heading = z.infer<typeof Heading>;

/** One item of a list: its own text, then optionally a nested list. */
export interface ListItem {
  children: Inline[];
  sublist?: List | undefined;
}

/** A bulleted or numbered list; numbering restarts with every list. */
export interface List {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export const ListItem: z.ZodType<ListItem> = z.strictObject({
  children: z.array(Inline),
  get sublist() {
    return List.optional();
  },
});

export const List: z.ZodType<List> = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  get items() {
    return z.array(ListItem).min(1);
  },
});

/** A table cell: one paragraph's worth of inlines (line breaks allowed). */
export const TableCell = z.strictObject({ children: z.array(Inline) });
export type TableCell = z.infer<typeof TableCell>;

/** A table; when `headerRow` is true its first row is the header, repeated on every page. */
export const Table = z
  .strictObject({
    type: z.literal('table'),
    headerRow: z.boolean(),
    /** Relative column widths; equal widths when absent. */
    widths: z.array(z.number().positive()).optional(),
    rows: z.array(z.array(TableCell).min(1)).min(1),
  })
  .refine((t) => t.rows.every((r) => r.length === t.rows[0]!.length), { error: 'ragged-table' })
  .refine((t) => !t.widths || t.widths.length === t.rows[0]!.length, { error: 'table-widths' });
export type Table = z.infer<typeof Table>;

/** An image from the report's media, with the alternative text a screen reader reads. */
export const Image = z.strictObject({
  type: z.literal('image'),
  media: z.string().min(1),
  alt: z.string().max(LIMITS.plainLength),
  /** Share of the text width the image takes, from 0.1 to 1; 1 when absent. */
  width: z.number().min(0.1).max(1).optional(),
});
export type Image = z.infer<typeof Image>;

const chartLabel = z.string().max(LIMITS.chartLabel);

/**
 * A chart drawn from a small table typed in the editor: one row per label (a category), one
 * column per series, a number or nothing (null) in each cell. Exported as vectors, described
 * for screen readers from its table, or by `description` when the author wrote one. The
 * integrity check makes sure every series has one value per label. From format version 4.
 */
export const Chart = z.strictObject({
  type: z.literal('chart'),
  /** Horizontal bars side by side, or one line per series along the labels. */
  kind: z.enum(['bar', 'line']),
  title: chartLabel,
  labels: z.array(chartLabel).min(1).max(LIMITS.chartRows),
  series: z
    .array(z.strictObject({ name: chartLabel, values: z.array(z.number().min(-LIMITS.chartValue).max(LIMITS.chartValue).nullable()).max(LIMITS.chartRows) }))
    .min(1)
    .max(LIMITS.chartSeries),
  /** Printed after every value ("%", "M€"). */
  unit: chartLabel.optional(),
  /** What the values measure, printed along the value axis. */
  valueLabel: chartLabel.optional(),
  /** What the labels are (a line chart's horizontal axis: "Année"). */
  categoryLabel: chartLabel.optional(),
  /** The author's own alternative text; made from the table when absent. */
  description: z.string().max(LIMITS.plainLength).optional(),
});
export type Chart = z.infer<typeof Chart>;

/** A block of rich text. */
export type Block = Paragraph | Heading | List | Table | Image | Chart;
export const Block: z.ZodType<Block> = z.union([Paragraph, Heading, List, Table, Image, Chart]);

/** A rich-text value: a sequence of blocks. */
export const RichText = z.array(Block);
export type RichText = Block[];

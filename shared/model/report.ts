import { z } from 'zod';
import { TemplateAdjustments } from './adjustments.js';
import { LIMITS } from './limits.js';
import { LocalizedRichText, LocalizedText } from './localized.js';
import { RichText } from './richtext.js';

/**
 * The report file's document (`report.json` inside the container). FORMAT.md describes it for
 * people; `bilan schema` prints the JSON Schema made from these definitions for other tools.
 */

/**
 * The container format's name, and the newest version this build reads and writes. Version 2
 * added the register of issued packages (`issued`) and the packages' seal (`package.seal`);
 * version 3 the review conversation (`comments`, `review`) and `settings`; version 4 the "to sort"
 * lists a Word import leaves (`toSort`) and chart blocks in rich text (`chart`); version 5 the
 * versions of each card (`cardVersions`).
 */
export const FORMAT_NAME = 'bilan-report';
export const FORMAT_VERSION = 5;

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, { error: 'bad-id' });
const plain = z.string().max(LIMITS.plainLength);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'bad-digest' });

/** A calendar quarter, printed "T4 2021" in French and "Q4 2021" in English. */
export const Quarter = z.strictObject({ year: z.int().min(1900).max(2200), quarter: z.int().min(1).max(4) });
export type Quarter = z.infer<typeof Quarter>;

/** Values of the scalar field kinds; each says its kind so a file can be checked on its own. */
export const TextValue = LocalizedText.extend({ kind: z.literal('text') });
export const PlainValue = z.strictObject({ kind: z.literal('plain'), value: plain });
export const ChoiceValue = z.strictObject({ kind: z.literal('choice'), value: id.nullable() });
export const InstitutionsValue = z.strictObject({ kind: z.literal('institutions'), ids: z.array(id) });
export const QuarterValue = z.strictObject({ kind: z.literal('quarter'), value: Quarter.nullable() });
export const NumberValue = z.strictObject({ kind: z.literal('number'), value: z.number().finite().nullable() });
export const ScalarValue = z.discriminatedUnion('kind', [TextValue, PlainValue, ChoiceValue, InstitutionsValue, QuarterValue, NumberValue]);
export type TextValue = z.infer<typeof TextValue>;
export type PlainValue = z.infer<typeof PlainValue>;
export type ChoiceValue = z.infer<typeof ChoiceValue>;
export type InstitutionsValue = z.infer<typeof InstitutionsValue>;
export type QuarterValue = z.infer<typeof QuarterValue>;
export type NumberValue = z.infer<typeof NumberValue>;
export type ScalarValue = z.infer<typeof ScalarValue>;

/** A rich-text field's value. */
export const RichTextValue = LocalizedRichText.extend({ kind: z.literal('richText') });
export type RichTextValue = z.infer<typeof RichTextValue>;

/** One row of a `rows` field; `id` keeps it recognisable across edits and merges. */
export const Row = z.strictObject({ id, cells: z.record(id, ScalarValue) });
export type Row = z.infer<typeof Row>;
export const RowsValue = z.strictObject({ kind: z.literal('rows'), rows: z.array(Row) });
export type RowsValue = z.infer<typeof RowsValue>;

/** The value of any card field. */
export const FieldValue = z.discriminatedUnion('kind', [TextValue, PlainValue, ChoiceValue, InstitutionsValue, QuarterValue, NumberValue, RichTextValue, RowsValue]);
export type FieldValue = z.infer<typeof FieldValue>;

/** An institution the report names: a ministry, an agency, an independent authority. */
export const Institution = z.strictObject({
  id,
  name: LocalizedText,
  acronym: z.strictObject({ fr: plain.optional(), en: plain.optional() }).optional(),
});
export type Institution = z.infer<typeof Institution>;

/** A group of cards ("Ambition 1 – Transparence…"). */
export const Ambition = z.strictObject({ id, title: LocalizedText });
export type Ambition = z.infer<typeof Ambition>;

/** A chapter the coordinator writes around the cards. */
export const Chapter = z.strictObject({
  id,
  title: LocalizedText,
  body: LocalizedRichText,
  position: z.enum(['front', 'back']),
});
export type Chapter = z.infer<typeof Chapter>;

/**
 * Content an import found and could not place in a field: it waits, in its language, for
 * someone to move it into a field or delete it. `from` says where it stood in the source (the
 * label or sub-heading above it), empty when nothing did. Never printed. From version 4.
 */
export const ToSortItem = z.strictObject({
  id,
  lang: z.enum(['fr', 'en']),
  from: plain,
  content: RichText,
});
export type ToSortItem = z.infer<typeof ToSortItem>;

/** A card: a commitment or an action, whose fields follow the template. */
export const Card = z.strictObject({
  id,
  number: z.string().min(1).max(20),
  /** The id of the ambition the card belongs to, or null while unassigned. */
  ambition: id.nullable(),
  fields: z.record(id, FieldValue),
  /** What an import left to sort on this card (absent when nothing is). From version 4. */
  toSort: z.array(ToSortItem).optional(),
});
export type Card = z.infer<typeof Card>;

/** An image stored in the container under `media/<file>`. */
export const Media = z.strictObject({
  id,
  file: z.string().regex(/^[A-Za-z0-9_-]+\.(png|jpg)$/, { error: 'bad-media-file' }),
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.int().positive(),
  height: z.int().positive(),
});
export type Media = z.infer<typeof Media>;

/** Who did something, as they said it themselves (a contributor sending, a coordinator importing). */
export const Person = z.strictObject({ name: plain, email: plain });
export type Person = z.infer<typeof Person>;

/**
 * What makes a report file a contribution package: the institution it is for, the
 * coordinator's deadline and message, and for each card the exact version it was cut from, so
 * that the coordinator's import can tell the institution's edits from the coordinator's own.
 */
export const PackageInfo = z.strictObject({
  /** Unique to this package: an import recognises a package it has already applied. */
  id: z.uuid(),
  institution: id,
  deadline: z.iso.date().nullable(),
  message: z.string().max(LIMITS.textLength),
  cutAt: z.iso.datetime(),
  /** The cards as they were when the package was cut (same ids as the package's cards). */
  bases: z.array(Card),
  /** For a card led with other institutions: those institutions (the card is shared). */
  shared: z.record(id, z.array(id)),
  /** Set when the contributor sends the package back. */
  sent: z.strictObject({ by: Person, at: z.iso.datetime() }).nullable(),
  /**
   * HMAC-SHA256 (hex) of what the contributor must not change (id, institution, cards, bases),
   * under the key of the issuing report's register. Absent from packages cut before version 2.
   */
  seal: hex64.optional(),
});
export type PackageInfo = z.infer<typeof PackageInfo>;

/**
 * One package the coordinator issued, as the report remembers it. On import, the package's
 * institution, cards and bases are taken from here, not from what the package says of itself.
 */
export const IssuedPackage = z.strictObject({
  id: z.uuid(),
  institution: id,
  issuedAt: z.iso.datetime(),
  /** Each card the package holds, with the SHA-256 of the version it was cut from (canonical JSON). */
  cards: z.array(z.strictObject({ id, base: hex64 })),
});
export type IssuedPackage = z.infer<typeof IssuedPackage>;

/** The packages a report issued, and the key that seals them (never copied into a package). */
export const PackageRegister = z.strictObject({
  key: hex64,
  packages: z.array(IssuedPackage),
});
export type PackageRegister = z.infer<typeof PackageRegister>;

/** One applied import of a package: who, when, and which fields of which cards it changed. */
export const ImportRecord = z.strictObject({
  package: z.uuid(),
  /** A digest of the package's cards, to recognise the very same package imported again. */
  digest: z.string().max(128),
  institution: id,
  sentBy: Person.nullable(),
  importedBy: Person.nullable(),
  at: z.iso.datetime(),
  changes: z.array(z.strictObject({ card: id, field: id })),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** Who wrote a comment or set a review state: a name, and their institution (null: the coordinating team). */
export const Author = z.strictObject({ name: plain, institution: id.nullable() });
export type Author = z.infer<typeof Author>;

/**
 * Where a comment stands: a card, one of its fields (optionally one language of it), and within
 * a text or rich-text field optionally a range of its plain text, given by the words commented
 * (`quote`) and where they stood (`start`, in UTF-16 code units), so that the range can be found
 * again once the text around it is edited. Without `field`, the comment is about the whole card.
 */
export const CommentAnchor = z.strictObject({
  card: id,
  field: id.optional(),
  lang: z.enum(['fr', 'en']).optional(),
  range: z.strictObject({ quote: z.string().min(1).max(LIMITS.plainLength), start: z.int().min(0) }).optional(),
});
export type CommentAnchor = z.infer<typeof CommentAnchor>;

/** A resolution (or a reopening) of a comment: who, and when. */
export const CommentEvent = z.strictObject({ by: Author, at: z.iso.datetime() });
export type CommentEvent = z.infer<typeof CommentEvent>;

/** An answer in a comment's thread. */
export const CommentReply = z.strictObject({ id, author: Author, at: z.iso.datetime(), text: z.string().min(1).max(LIMITS.textLength) });
export type CommentReply = z.infer<typeof CommentReply>;

/**
 * A comment on a card, with its thread. It is open unless resolved, and reopened when its
 * latest reopening is later than its latest resolution; both are kept, so that merging two
 * copies keeps each side's.
 */
export const Comment = z.strictObject({
  /** Unique in the report and across its packages (a UUID when Bilan makes it). */
  id,
  anchor: CommentAnchor,
  author: Author,
  at: z.iso.datetime(),
  text: z.string().min(1).max(LIMITS.textLength),
  replies: z.array(CommentReply).max(LIMITS.commentReplies),
  resolved: CommentEvent.nullable(),
  reopened: CommentEvent.optional(),
});
export type Comment = z.infer<typeof Comment>;

/** Where a card stands in the coordinator's review. A card without an entry is still to write. */
export const ReviewState = z.enum(['toWrite', 'received', 'needsChanges', 'approved']);
export type ReviewState = z.infer<typeof ReviewState>;

/** A card's review state, who set it and when; "needs changes" names the comment saying why. */
export const ReviewEntry = z.strictObject({
  state: ReviewState,
  by: Author,
  at: z.iso.datetime(),
  /** The comment explaining a "needs changes" (required then). */
  comment: id.optional(),
  /** The package whose import set the state ("received"). */
  package: z.uuid().optional(),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** The report's own settings, each off when absent. */
export const ReportSettings = z.strictObject({
  /** The final export waits until every card is approved. */
  requireApproval: z.boolean().optional(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

/**
 * The licence the report's data is published under: an identifier (SPDX or Open Definition,
 * such as `etalab-2.0`), its name as people read it, and where its text is.
 */
export const Licence = z.strictObject({
  name: z.string().min(1).max(100).regex(/^[-a-zA-Z0-9._]+$/, { error: 'bad-id' }),
  title: plain,
  path: z.url({ protocol: /^https?$/ }).max(LIMITS.plainLength),
});
export type Licence = z.infer<typeof Licence>;

/** What made a point of a card's history: the card as its history began, a save, an import, a review state. */
export const VersionKind = z.enum(['start', 'save', 'import', 'review']);
export type VersionKind = z.infer<typeof VersionKind>;

/** One point of a card's history: when, what made it, who when known, and each field's value (its place in `values`). */
export const VersionPoint = z.strictObject({
  at: z.iso.datetime(),
  kind: VersionKind,
  /** Who: a review state's author, an imported package's sender and institution, the person saving when known. */
  by: Author.optional(),
  /** For a review point: the state the card moved to. */
  state: ReviewState.optional(),
  /** For an import point: the package imported. */
  package: z.uuid().optional(),
  /** The card's fields at that point, by field id: the index of the value in `values`. */
  fields: z.record(id, z.int().min(0)),
});
export type VersionPoint = z.infer<typeof VersionPoint>;

/**
 * The versions of each card (from version 5): the points of each card's history, oldest first,
 * and the field values they hold, each value stored once (a field a point left as it was costs
 * its index, not a second copy). FORMAT.md, "Card versions", describes it for people.
 */
export const CardVersions = z.strictObject({
  values: z.array(FieldValue).max(LIMITS.historyValues),
  cards: z.record(id, z.array(VersionPoint).max(LIMITS.historyPoints)),
});
export type CardVersions = z.infer<typeof CardVersions>;

/** The whole report document. */
export const Report = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT_NAME),
  version: z.int().min(1),
  id: z.uuid(),
  template: z.strictObject({ id, version: z.int().min(1) }),
  title: LocalizedText,
  /** A shorter title for the running header of exported pages; the title (shortened at a word) when absent. */
  shortTitle: LocalizedText.optional(),
  /** The period the report covers, such as "2018–2020". */
  period: plain,
  issuer: LocalizedText,
  /** Date of publication (YYYY-MM-DD), null until set. */
  published: z.iso.date().nullable(),
  /** The licence of the report's open data (`bilan data`); Licence Ouverte 2.0 when absent. */
  licence: Licence.optional(),
  institutions: z.array(Institution),
  ambitions: z.array(Ambition),
  chapters: z.array(Chapter),
  cards: z.array(Card),
  media: z.array(Media),
  /** Present in a contribution package only. */
  package: PackageInfo.optional(),
  /** The imports applied to this report, oldest first: the history of its cards. */
  history: z.array(ImportRecord).optional(),
  /** The packages cut from this report (absent until the first cut; never in a package). */
  issued: PackageRegister.optional(),
  /** Comments on the cards, oldest first (a package holds those of its cards). From version 3. */
  comments: z.array(Comment).max(LIMITS.comments).optional(),
  /** Each card's review state, by card id (absent: to write). From version 3. */
  review: z.record(id, ReviewEntry).optional(),
  /** The report's settings (never in a package). From version 3. */
  settings: ReportSettings.optional(),
  /** The report's adjustments to its template: fields required, shown or hidden, help texts, scale wording. From version 4. */
  templateAdjustments: TemplateAdjustments.optional(),
  /** What an import left to sort that belongs to no card (absent when nothing is). From version 4. */
  toSort: z.array(ToSortItem).optional(),
  /** Each card's versions: saves, imports and review states, with its field values at each (never in a package). From version 5. */
  cardVersions: CardVersions.optional(),
});
export type Report = z.infer<typeof Report>;

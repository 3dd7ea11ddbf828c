import { z } from 'zod';
import { Label } from './localized.js';

/**
 * A template says what a card holds and how the report looks: field list with FR/EN labels and
 * help, scales (progress, statuses), the summary table, default chapters and the page style.
 * Templates are data (`templates/<id>/template.json`); no card field is known to code.
 */

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'bad-id' });

/** One option of a scale, such as "Substantiel / Substantial". */
export const ScaleOption = z.strictObject({ id, label: Label });
export type ScaleOption = z.infer<typeof ScaleOption>;

/**
 * An ordered list of options a `choice` field picks from. `chosen`, with `{option}`, is how a
 * printed card words the option picked ("Substantiel (niveau atteint)"), for a scale that is a
 * level; without it the option is printed as it is, marked.
 */
export const Scale = z.strictObject({ label: Label, options: z.array(ScaleOption).min(2), chosen: Label.optional() });
export type Scale = z.infer<typeof Scale>;

/** Field kinds a cell of a `rows` field may have. */
export const SCALAR_KINDS = ['text', 'plain', 'choice', 'institutions', 'quarter', 'number'] as const;
/** Every field kind. */
export const FIELD_KINDS = [...SCALAR_KINDS, 'richText', 'rows'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

const common = {
  id,
  label: Label,
  help: Label,
  /** A card is not publishable while a required field is empty (in each language, if localized). */
  required: z.boolean().default(false),
  /** Other labels a Word document may give the field, in either language (`bilan import` recognises them). */
  synonyms: z.array(z.string().min(1).max(200)).optional(),
};

/** A scalar field: localized text, plain text, a choice, institutions, a quarter or a number. */
export const ScalarFieldDef = z.strictObject({
  ...common,
  kind: z.enum(SCALAR_KINDS),
  /** For `choice`: the id of the scale in `scales`. */
  scale: id.optional(),
  /** For `plain`: a format the value must follow. */
  format: z.enum(['email', 'url']).optional(),
  /** For `institutions`: whether several may be chosen. */
  multiple: z.boolean().optional(),
  /** For `text`: the most words suggested per language; more is a warning, never a bar to export. */
  maxWords: z.int().min(1).max(100_000).optional(),
});
export type ScalarFieldDef = z.infer<typeof ScalarFieldDef>;

/** A rich-text field. `aside` sets it apart in the printed card (IRM recommendations). */
export const RichTextFieldDef = z.strictObject({
  ...common,
  kind: z.literal('richText'),
  aside: z.boolean().optional(),
  /** The most words suggested per language; more is a warning, never a bar to export. */
  maxWords: z.int().min(1).max(100_000).optional(),
});
export type RichTextFieldDef = z.infer<typeof RichTextFieldDef>;

/**
 * A list of rows with typed columns: milestones, contacts, resources, key figures, deadlines.
 * `display` tells the exporters how to show it.
 */
export const RowsFieldDef = z.strictObject({
  ...common,
  kind: z.literal('rows'),
  display: z.enum(['table', 'list', 'figures']),
  columns: z.array(ScalarFieldDef).min(1),
});
export type RowsFieldDef = z.infer<typeof RowsFieldDef>;

/** Any field of a card. */
export const FieldDef = z.discriminatedUnion('kind', [ScalarFieldDef, RichTextFieldDef, RowsFieldDef]);
export type FieldDef = z.infer<typeof FieldDef>;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const fontFile = z.string().regex(/^fonts\/[A-Za-z0-9._-]+\.(ttf|otf|woff)$/);
/** The four faces of a font family, as files beside the template. */
export const FontFaces = z.strictObject({
  regular: fontFile,
  bold: fontFile,
  italic: fontFile,
  boldItalic: fontFile,
});
export type FontFaces = z.infer<typeof FontFaces>;

/** How exported documents look. Lengths are in millimetres, font sizes in points. */
export const PageStyle = z.strictObject({
  size: z.enum(['A4', 'Letter']),
  margins: z.strictObject({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }),
  fonts: z.strictObject({
    family: z.string(),
    body: FontFaces,
    headingFamily: z.string(),
    heading: FontFaces,
    /** The characters every face holds, as hexadecimal ranges ("0020-007E 00A0-017F"); see shared/validate/drawable.ts. */
    coverage: z.string().max(100_000).optional(),
  }),
  sizes: z.strictObject({ body: z.number(), small: z.number(), h1: z.number(), h2: z.number(), h3: z.number(), title: z.number() }),
  colours: z.strictObject({ text: colour, primary: colour, accent: colour, muted: colour, rule: colour, labelBackground: colour, asideBackground: colour }),
  align: z.enum(['left', 'justify']),
  lineGap: z.number().min(0),
});
export type PageStyle = z.infer<typeof PageStyle>;

/** A chapter every new report starts with (foreword, context…), empty until written. */
export const ChapterDef = z.strictObject({ id, title: Label, position: z.enum(['front', 'back']) });
export type ChapterDef = z.infer<typeof ChapterDef>;

/**
 * Where a field of a report started from another template's report takes its value: the id of
 * a source field of the same kind, or, for a `rows` field, the source `rows` field and which
 * source column fills each target column (columns not named are left empty).
 */
export const FieldSource = z.union([id, z.strictObject({ field: id, columns: z.record(id, id) })]);
export type FieldSource = z.infer<typeof FieldSource>;

/**
 * How a report of this template starts from a report of another template (`bilan new --from`):
 * for each target field, its source. Cards keep their id, number and ambition; the report keeps
 * its institutions, ambitions and period; fields not named start empty.
 */
export const FromTemplate = z.strictObject({ fields: z.record(id, FieldSource) });
export type FromTemplate = z.infer<typeof FromTemplate>;

/** A template, as read from `templates/<id>/template.json`. */
export const Template = z
  .strictObject({
    $schema: z.string().optional(),
    id,
    version: z.int().min(1),
    name: Label,
    description: Label,
    card: z.strictObject({
      /** What a card is called: "Engagement" / "Commitment", "Action" / "Action". */
      name: Label,
      /** The card's heading, with {number} and {title}: "Engagement n°{number} – {title}". */
      heading: Label,
      /** What a valid card number looks like (a regular expression), and an example. */
      numberPattern: z.string(),
      numberExample: z.string(),
      /** The id of the localized `text` field that holds the card's title. */
      titleField: id,
      /** The id of the `institutions` field that says who leads the card (packages go there). */
      leadField: id,
      fields: z.array(FieldDef).min(1),
    }),
    /** What the report's groups of cards are called ("Ambition"); cards are grouped by them. */
    group: z.strictObject({ name: Label }),
    scales: z.record(id, Scale),
    /** The progress summary table, and the headline figure printed under it. */
    summary: z
      .strictObject({
        title: Label,
        field: id,
        /** Options of the scale that count towards the headline figure. */
        headlineOptions: z.array(id).min(1),
        /** The headline, with {percent}, {count} and {total}. */
        headline: Label,
        /** Said instead while cards have no level, with {count}: "{count} {count:engagement|engagements} sans niveau d’avancement". */
        unrated: Label.optional(),
        /** What the summary shows: a chart of the levels per group, the table, or both (the chart above); both when absent. */
        display: z.enum(['chart', 'table', 'both']).optional(),
        /** The chart's value axis ("Nombre d’engagements"); the app's words when absent. */
        axis: Label.optional(),
        /** A number of cards in the chart's alternative text, with {count}: "{count} {count:engagement|engagements}". */
        count: Label.optional(),
      })
      .optional(),
    chapters: z.array(ChapterDef),
    page: PageStyle,
    /** The templates a report of this one can start from, by source template id (optional). */
    from: z.record(id, FromTemplate).optional(),
  })
  .superRefine((t, ctx) => checkTemplate(t, (message, path) => ctx.addIssue({ code: 'custom', message, path })));
export type Template = z.infer<typeof Template>;

/** Cross-field rules a JSON Schema cannot express: references between fields, scales, summary. */
function checkTemplate(t: z.infer<typeof Template>, fail: (message: string, path: (string | number)[]) => void): void {
  const ids = new Set<string>();
  t.card.fields.forEach((f, i) => {
    if (ids.has(f.id)) fail(`duplicate field id "${f.id}"`, ['card', 'fields', i, 'id']);
    ids.add(f.id);
    const defs: ScalarFieldDef[] = f.kind === 'rows' ? f.columns : f.kind === 'richText' ? [] : [f];
    for (const d of defs) {
      if (d.kind === 'choice' && !(d.scale && t.scales[d.scale])) fail(`field "${d.id}" names no known scale`, ['card', 'fields', i]);
      if (d.maxWords !== undefined && (d.kind !== 'text' || f.kind === 'rows')) fail(`field "${d.id}": maxWords is for a card's text and rich-text fields`, ['card', 'fields', i]);
    }
  });
  const field = (fid: string) => t.card.fields.find((f) => f.id === fid);
  if (field(t.card.titleField)?.kind !== 'text') fail('titleField must name a text field', ['card', 'titleField']);
  if (field(t.card.leadField)?.kind !== 'institutions') fail('leadField must name an institutions field', ['card', 'leadField']);
  try {
    new RegExp(t.card.numberPattern);
  } catch {
    fail('numberPattern is not a regular expression', ['card', 'numberPattern']);
  }
  for (const [source, mapping] of Object.entries(t.from ?? {})) {
    for (const [target, from] of Object.entries(mapping.fields)) {
      const f = field(target);
      if (!f) fail(`from.${source}: no field "${target}"`, ['from', source, 'fields', target]);
      else if (typeof from !== 'string') {
        if (f.kind !== 'rows') fail(`from.${source}: "${target}" is not a rows field`, ['from', source, 'fields', target]);
        else for (const c of Object.keys(from.columns)) if (!f.columns.some((col) => col.id === c)) fail(`from.${source}: "${target}" has no column "${c}"`, ['from', source, 'fields', target, 'columns', c]);
      }
    }
  }
  if (t.summary) {
    const f = field(t.summary.field);
    const scale = f && f.kind === 'choice' && f.scale ? t.scales[f.scale] : undefined;
    if (!scale) fail('summary.field must name a choice field', ['summary', 'field']);
    for (const o of t.summary.headlineOptions) {
      if (scale && !scale.options.some((s) => s.id === o)) fail(`summary option "${o}" is not in the scale`, ['summary', 'headlineOptions']);
    }
  }
}

export { findField, scaleOf } from './template-lookup.js';

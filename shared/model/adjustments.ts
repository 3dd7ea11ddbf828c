import { z } from 'zod';
import { LIMITS } from './limits.js';

/**
 * How one report adjusts its template (`templateAdjustments` in `report.json`, from format
 * version 4): which fields its cards require, show or hide, their help texts, and the wording of
 * a scale's options. The template stays as installed; the report only records what differs from
 * it. Hiding a field never removes a value: the cards keep it, and it comes back when shown.
 */

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, { error: 'bad-id' });
const wording = z.string().min(1).max(LIMITS.plainLength);

/** A text in either language or both; a language left out keeps the template's. */
export const PartialLabel = z
  .strictObject({ fr: wording.optional(), en: wording.optional() })
  .meta({ description: 'A text replacing the template’s, in French, in English or both; a language left out keeps the template’s.' });
export type PartialLabel = z.infer<typeof PartialLabel>;

/** Whether a card must fill a field, may fill it, or does not show it at all. */
export const FieldState = z.enum(['required', 'optional', 'hidden']);
export type FieldState = z.infer<typeof FieldState>;

/** A column of a `rows` field: required or optional (a column is never hidden). */
export const ColumnAdjustment = z.strictObject({
  state: z.enum(['required', 'optional']).optional(),
  help: PartialLabel.optional(),
});
export type ColumnAdjustment = z.infer<typeof ColumnAdjustment>;

/** A field: its state and help text, and for a `rows` field its columns'. */
export const FieldAdjustment = z.strictObject({
  state: FieldState.optional().meta({
    description: 'required: a card is not publishable while it is empty; optional: shown, may stay empty; hidden: neither shown, printed nor checked (its values stay in the cards).',
  }),
  help: PartialLabel.optional(),
  columns: z.record(id, ColumnAdjustment).optional(),
});
export type FieldAdjustment = z.infer<typeof FieldAdjustment>;

/** A scale's new wording: the options' labels, by option id. */
export const ScaleAdjustment = z.strictObject({ options: z.record(id, PartialLabel) });
export type ScaleAdjustment = z.infer<typeof ScaleAdjustment>;

export const TemplateAdjustments = z
  .strictObject({
    fields: z.record(id, FieldAdjustment).optional(),
    scales: z.record(id, ScaleAdjustment).optional(),
  })
  .meta({
    description:
      'The report’s adjustments to its template (format version 4): by field id, its state (required, optional, hidden) and help text, and for a rows field its columns’; by scale id, its options’ wording. Every id must name a field, column, scale or option of the template; the title, lead institutions and summary fields cannot be hidden.',
  });
export type TemplateAdjustments = z.infer<typeof TemplateAdjustments>;

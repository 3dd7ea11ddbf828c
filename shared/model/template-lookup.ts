import type { FieldDef, Scale, ScalarFieldDef, Template } from './template.js';

// Lookups in a template, apart from its schema: the renderer calls them without loading the
// schema library.

/** Finds a field of a template's card by id. */
export function findField(template: Template, fieldId: string): FieldDef | undefined {
  return template.card.fields.find((f) => f.id === fieldId);
}

/** The scale a choice field or column picks from. */
export function scaleOf(template: Template, def: ScalarFieldDef): Scale | undefined {
  return def.scale ? template.scales[def.scale] : undefined;
}

import { fill, formatNumber, t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { FieldValue, Quarter, ScalarValue } from '../../model/report.js';
import type { FieldDef, RowsFieldDef, ScalarFieldDef } from '../../model/template.js';
import { contentIn, isBlankIn } from '../../report/localized.js';
import type { LayoutContext } from './context.js';
import { cleanText, layoutRichText } from './richtext.js';
import type { LayoutBlock, LayoutCell, LayoutInline } from './types.js';
import { contentWidths } from './widths.js';

/** A quarter as the language writes it: "T4 2021", "Q4 2021". */
export function formatQuarter(lang: Lang, q: Quarter): string {
  return t(lang, 'format.quarter', { quarter: q.quarter, year: q.year });
}

function text(value: string, extra: Partial<Extract<LayoutInline, { kind: 'text' }>> = {}): LayoutInline {
  return { kind: 'text', text: cleanText(value), ...extra };
}

/** The names of institutions in the layout's language. */
export function institutionNames(ids: readonly string[], ctx: LayoutContext): string[] {
  return ids.map((id) => {
    const inst = ctx.report.institutions.find((i) => i.id === id);
    return contentIn(inst?.name, ctx.lang) ?? id;
  });
}

/**
 * A scalar value as inlines, or null when it is empty. A missing localized text gives a
 * visible placeholder when the user chose to export anyway (the export refuses otherwise).
 */
export function scalarInlines(def: ScalarFieldDef, value: ScalarValue | undefined, ctx: LayoutContext): LayoutInline[] | null {
  if (!value) return null;
  switch (value.kind) {
    case 'text':
      if (isBlankIn(value, ctx.lang)) return ctx.allowMissing && !isBlankIn(value, ctx.lang === 'fr' ? 'en' : 'fr') ? [text(t(ctx.lang, 'export.placeholder', { what: def.label[ctx.lang] }))] : null;
      return [text(contentIn(value, ctx.lang)!)];
    case 'plain': {
      const v = value.value.trim();
      if (!v) return null;
      if (def.format === 'url') return [text(v, { href: v })];
      if (def.format === 'email') return [text(v, { href: `mailto:${v}` })];
      return [text(v)];
    }
    case 'choice': {
      const option = def.scale ? ctx.template.scales[def.scale]?.options.find((o) => o.id === value.value) : undefined;
      return option ? [text(option.label[ctx.lang])] : null;
    }
    case 'institutions':
      return value.ids.length ? [text(institutionNames(value.ids, ctx).join(', '))] : null;
    case 'quarter':
      return value.value ? [text(formatQuarter(ctx.lang, value.value))] : null;
    case 'number':
      return value.value === null ? null : [text(formatNumber(ctx.lang, value.value))];
  }
}

function paragraph(inlines: LayoutInline[]): LayoutBlock {
  return { kind: 'paragraph', style: 'body', inlines };
}

/** Rows shown as a list: each row's cells on one line; a URL column makes the rest a link. */
function rowsAsList(def: RowsFieldDef, rows: Extract<FieldValue, { kind: 'rows' }>['rows'], ctx: LayoutContext): LayoutBlock {
  const urlColumn = def.columns.find((c) => c.kind === 'plain' && c.format === 'url');
  return {
    kind: 'list',
    ordered: false,
    items: rows.map((row) => {
      const url = urlColumn ? row.cells[urlColumn.id] : undefined;
      const href = url?.kind === 'plain' && url.value.trim() ? url.value.trim() : undefined;
      const parts = def.columns
        .filter((c) => c !== urlColumn)
        .map((c) => ({ def: c, inlines: scalarInlines(c, row.cells[c.id], ctx) }))
        .filter((p): p is { def: ScalarFieldDef; inlines: LayoutInline[] } => p.inlines !== null);
      const inlines: LayoutInline[] = [];
      parts.forEach((p, i) => {
        if (i > 0) inlines.push(text(' – '));
        // The choice of a row (a milestone's status) is what the reader scans for: in bold.
        inlines.push(...p.inlines.map((x) => (x.kind === 'text' ? { ...x, ...(href && i === 0 ? { href } : {}), ...(p.def.kind === 'choice' ? { bold: true } : {}) } : x)));
      });
      if (inlines.length === 0 && href) inlines.push(text(href, { href }));
      else if (href) {
        // A resource's label is what is printed: its address follows in a note, for paper.
        const note = ctx.addressNote(inlines.map((x) => (x.kind === 'text' ? x.text : '')).join(''), href);
        if (note) inlines.push(note);
      }
      return { inlines };
    }),
  };
}

function rowsAsTable(def: RowsFieldDef, rows: Extract<FieldValue, { kind: 'rows' }>['rows'], ctx: LayoutContext): LayoutBlock {
  const header: LayoutCell[] = def.columns.map((c) => ({ blocks: [paragraph([text(c.label[ctx.lang], { bold: true })])], shade: 'header' }));
  const body = rows.map((row) => def.columns.map((c): LayoutCell => ({ blocks: [paragraph(scalarInlines(c, row.cells[c.id], ctx) ?? [])] })));
  return { kind: 'table', headerRows: 1, widths: contentWidths([header, ...body]), rows: [header, ...body], summary: def.label[ctx.lang] };
}

function rowsAsFigures(def: RowsFieldDef, rows: Extract<FieldValue, { kind: 'rows' }>['rows'], ctx: LayoutContext): LayoutBlock {
  const [valueCol, ...rest] = def.columns;
  return {
    kind: 'figures',
    items: rows.map((row) => ({
      value: (scalarInlines(valueCol!, row.cells[valueCol!.id], ctx) ?? []).map((i) => (i.kind === 'text' ? i.text : '')).join(''),
      caption: rest.map((c) => (scalarInlines(c, row.cells[c.id], ctx) ?? []).map((i) => (i.kind === 'text' ? i.text : '')).join('')).filter(Boolean).join(' – '),
    })),
  };
}

/**
 * A card field's content as blocks, or null when there is nothing to print. Choices show
 * their whole scale with the chosen option marked, as the printed card does.
 */
export function fieldBlocks(def: FieldDef, value: FieldValue | undefined, ctx: LayoutContext, anchorBase: string): LayoutBlock[] | null {
  switch (def.kind) {
    case 'richText': {
      if (!value || value.kind !== 'richText' || isBlankIn(value, ctx.lang)) {
        const other = value?.kind === 'richText' && !isBlankIn(value, ctx.lang === 'fr' ? 'en' : 'fr');
        return ctx.allowMissing && (def.required || other) ? [ctx.placeholder(def.label[ctx.lang])] : null;
      }
      return layoutRichText(contentIn(value, ctx.lang)!, ctx, 2, anchorBase);
    }
    case 'rows': {
      const rows = value?.kind === 'rows' ? value.rows : [];
      if (rows.length === 0) return ctx.allowMissing && def.required ? [ctx.placeholder(def.label[ctx.lang])] : null;
      return [def.display === 'table' ? rowsAsTable(def, rows, ctx) : def.display === 'figures' ? rowsAsFigures(def, rows, ctx) : rowsAsList(def, rows, ctx)];
    }
    case 'choice': {
      const scale = def.scale ? ctx.template.scales[def.scale] : undefined;
      if (!scale) return null;
      const chosen = value?.kind === 'choice' && value.value !== null ? scale.options.findIndex((o) => o.id === value.value) : -1;
      if (chosen < 0 && !def.required) return null;
      const options = scale.options.map((o) => o.label[ctx.lang]);
      // The scale's own wording of its chosen option ("(niveau atteint)" is a progress scale's, not a yes/no's).
      const marked = chosen < 0 ? '' : scale.chosen ? fill(scale.chosen[ctx.lang], { option: options[chosen]! }, ctx.lang) : options[chosen]!;
      return [{ kind: 'scale', options, chosen: chosen < 0 ? null : chosen, markedLabel: marked }];
    }
    case 'institutions': {
      const names = value?.kind === 'institutions' ? institutionNames(value.ids, ctx) : [];
      if (names.length === 0) return ctx.allowMissing && def.required ? [ctx.placeholder(def.label[ctx.lang])] : null;
      return names.length === 1 ? [paragraph([text(names[0]!)])] : [{ kind: 'list', ordered: false, items: names.map((n) => ({ inlines: [text(n)] })) }];
    }
    default: {
      const inlines = scalarInlines(def, value as ScalarValue | undefined, ctx);
      if (!inlines) return ctx.allowMissing && def.required ? [ctx.placeholder(def.label[ctx.lang])] : null;
      return [paragraph(inlines)];
    }
  }
}

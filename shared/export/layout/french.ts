import { frenchRuns, frenchText } from '../typography.js';
import type { ChartSpec } from '../chart/spec.js';
import type { DocLayout, LayoutBlock, LayoutCell, LayoutInline, LayoutList } from './types.js';

/** A paragraph's inlines with French spacing, read as one text across bold, italic and links. */
function inlines(list: readonly LayoutInline[]): LayoutInline[] {
  // A line break ends the text a rule looks at; a note call sits in the line like a letter.
  const parts = list.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : null));
  const spaced = frenchRuns(parts);
  return list.map((inline, k) => {
    if (inline.kind === 'text') return { ...inline, text: spaced[k]! };
    if (inline.kind === 'note') return { ...inline, content: inlines(inline.content) };
    return inline;
  });
}

function list(l: LayoutList): LayoutList {
  return { ...l, items: l.items.map((item) => ({ inlines: inlines(item.inlines), ...(item.sublist ? { sublist: list(item.sublist) } : {}) })) };
}

const cell = (c: LayoutCell): LayoutCell => ({ ...c, blocks: blocks(c.blocks) });

function blocks(list_: readonly LayoutBlock[]): LayoutBlock[] {
  return list_.map((b): LayoutBlock => {
    switch (b.kind) {
      case 'heading':
        return { ...b, text: frenchText(b.text) };
      case 'paragraph':
        return { ...b, inlines: inlines(b.inlines) };
      case 'list':
        return list(b);
      case 'table':
        return { ...b, rows: b.rows.map((r) => r.map(cell)), ...(b.summary ? { summary: frenchText(b.summary) } : {}) };
      case 'image':
        return { ...b, alt: frenchText(b.alt) };
      case 'figures':
        return { ...b, items: b.items.map((f) => ({ value: frenchText(f.value), caption: frenchText(f.caption) })) };
      case 'scale':
        return { ...b, options: b.options.map(frenchText), markedLabel: frenchText(b.markedLabel) };
      case 'aside':
        return { ...b, title: frenchText(b.title), blocks: blocks(b.blocks) };
      case 'notes':
        return { ...b, title: frenchText(b.title), notes: b.notes.map((n) => ({ n: n.n, content: inlines(n.content) })) };
      case 'card':
        return { ...b, rows: b.rows.map((r) => ({ label: frenchText(r.label), continuedLabel: frenchText(r.continuedLabel), blocks: blocks(r.blocks) })) };
      case 'chart':
        return { ...b, chart: frenchChart(b.chart), alt: frenchText(b.alt) };
    }
  });
}

/** A chart's words with French spacing (its numbers are formatted as they are drawn). */
function frenchChart(c: ChartSpec): ChartSpec {
  return {
    ...c,
    title: frenchText(c.title),
    valueLabel: frenchText(c.valueLabel),
    categoryLabel: frenchText(c.categoryLabel),
    categories: c.categories.map((k) => ({ label: frenchText(k.label), full: frenchText(k.full) })),
    series: c.series.map((x) => ({ ...x, name: frenchText(x.name) })),
  };
}

/**
 * The layout with French typography (see `frenchRuns`) in every text a reader sees: body,
 * headings, labels, cover, running title and document properties. Applied to the French layout
 * only, at export: the report keeps its text as the user typed it.
 */
export function withFrenchTypography(layout: DocLayout): DocLayout {
  const { cover, furniture, meta } = layout;
  return {
    ...layout,
    meta: { ...meta, title: frenchText(meta.title), subject: frenchText(meta.subject) },
    cover: { ...cover, title: frenchText(cover.title), issuer: frenchText(cover.issuer), date: frenchText(cover.date), series: frenchText(cover.series) },
    furniture: { ...furniture, runningTitle: frenchText(furniture.runningTitle), tocTitle: frenchText(furniture.tocTitle) },
    blocks: blocks(layout.blocks),
  };
}

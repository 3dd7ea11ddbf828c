import { $getState, $setState, createState } from 'lexical';
import type { TableNode } from '@lexical/table';
import { tableColumnPixels } from './rules.js';

// Lexical sizes columns in pixels, the report in relative widths. The stored widths ride along
// as node state so that an untouched table gives back exactly what it was given; once the user
// resizes or adds a column, the pixel widths themselves are the relative widths.
const storedWidths = createState('bilanWidths', {
  parse: (value: unknown): readonly number[] | undefined =>
    Array.isArray(value) && value.every((n) => typeof n === 'number' && n > 0) ? value : undefined,
  isEqual: (a, b) => a === b || (!!a && !!b && a.length === b.length && a.every((n, i) => n === b[i])),
});

/** Gives a table the report's relative column widths. */
export function $setTableWidths(table: TableNode, widths: readonly number[]): void {
  table.setColWidths(tableColumnPixels(widths));
  $setState(table, storedWidths, widths);
}

/** The relative column widths of a table with `columns` columns, or undefined for equal widths. */
export function $getTableWidths(table: TableNode, columns: number): number[] | undefined {
  const pixels = table.getColWidths();
  if (!pixels || pixels.length !== columns || !pixels.every((w) => Number.isFinite(w) && w > 0)) return undefined;
  const stored = $getState(table, storedWidths);
  if (stored && stored.length === columns && tableColumnPixels(stored).every((w, i) => Math.abs(w - pixels[i]!) < 0.5)) {
    return [...stored];
  }
  return pixels.map((w) => Math.round(w * 100) / 100);
}

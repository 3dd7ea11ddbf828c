import type { Row } from '../../../../shared/model/report.js';

/** A new, empty row; its id keeps it recognisable across edits and merges. */
export function newRow(): Row {
  return { id: `r-${crypto.randomUUID().slice(0, 13)}`, cells: {} };
}

/** The rows without the row `id`. */
export function withoutRow(rows: readonly Row[], id: string): Row[] {
  return rows.filter((r) => r.id !== id);
}

/** The rows with row `id` moved by `delta` places (−1 up, +1 down), clamped to the list. */
export function movedRow(rows: readonly Row[], id: string, delta: number): Row[] {
  const from = rows.findIndex((r) => r.id === id);
  const to = Math.min(rows.length - 1, Math.max(0, from + delta));
  if (from < 0 || from === to) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return next;
}

/**
 * CSV as RFC 4180 writes it (comma separator, CRLF line ends, a header row, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled), with text cells that a
 * spreadsheet would run as a formula neutralised.
 */

/** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, not run it: a value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets an apostrophe in front (`'=1+1`), which spreadsheets
 * take as "this is text" and most hide. Only text columns pass through here: numbers and dates
 * are written as they are, so a negative number stays a number.
 */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field of a CSV line, quoted when RFC 4180 asks for it. */
function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A CSV table: the header, then the rows; null and undefined are empty cells. */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const line = (cells: readonly (string | number | null | undefined)[]) => cells.map((c) => quoted(c === null || c === undefined ? '' : String(c))).join(',');
  return [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}

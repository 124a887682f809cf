/**
 * The one CSV writer of Rapi (the CLI's `--format csv` and the coaching session export). Trainers open these files
 * in Excel or Google Sheets, and the text in them comes from sellers and marketplace pages, so no cell may run as a
 * formula ("CSV injection"):
 * - a text cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe, whatever follows,
 *   line breaks included (papaparse's own pattern uses `.`, which stops at a line break, and let `=1+1\n…` through);
 * - numbers stay numbers: a JS number can never be a formula, so a score change of -5 is written as -5;
 * - text that is only a plain number with a minus sign ("-5", "-12,5") or a lone "-" stays as it is: a spreadsheet
 *   reads it as a number or as text, never as a formula, and an apostrophe there would only get in the way.
 * Cells holding the separator, a quote, a line break or leading/trailing spaces are quoted (RFC 4180).
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NEGATIVE = /^-(?:\d+(?:[.,]\d+)*)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NEGATIVE.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of CSV, without its line ending. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV text: the header, then one line per row, each ending in CRLF (what Excel writes and expects). */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\r\n')}\r\n`;
}

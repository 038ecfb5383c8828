/**
 * The one CSV writer: every CSV the server sends (the audit log, the figures, the organisation
 * export) is written here. Each is a download meant for a spreadsheet, so each starts with a
 * byte-order mark. RFC 4180 quoting, plus OWASP's guard against CSV injection: a cell a
 * spreadsheet would run as a formula is written as text.
 */

type Row = Record<string, unknown>;

/**
 * Starts like a formula: = + - @ (and their full-width forms, which some spreadsheets accept
 * too), TAB or CR, also after leading whitespace, which spreadsheets skip.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell: nested values as JSON, dates as ISO 8601. Text that would start a formula gets
 * a leading single quote (spreadsheets show it as text); a cell is quoted when it holds a
 * quote, comma or line break, or was neutralised. Numbers are written as numbers.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const formula = FORMULA_START.test(text);
  const safe = formula ? `'${text}` : text;
  return formula || /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The UTF-8 byte-order mark (bytes EF BB BF). Without it Excel, as set up in the Netherlands,
 * reads a CSV as Windows-1252 and shows "CoÃ¶rdinator" for "Coördinator".
 */
export const UTF8_BOM = '\uFEFF';

/**
 * CSV with a byte-order mark, a header row and lines ended by CRLF. The columns are the given
 * ones (so a file with no rows still says what it would hold), or else the first row's keys.
 */
export function toCsv(rows: readonly Row[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  if (columns.length === 0) return UTF8_BOM;
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',');
  return UTF8_BOM + [line(columns), ...rows.map((row) => line(columns.map((c) => row[c])))].join('\r\n') + '\r\n';
}

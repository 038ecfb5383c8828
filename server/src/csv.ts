/**
 * The one CSV writer: every CSV the server sends (the audit log, the figures, the organisation
 * export) is written here. Each is a download meant for a spreadsheet, so each starts with a
 * byte-order mark. RFC 4180 quoting, plus OWASP's guard against CSV injection: a cell a
 * spreadsheet would run as a formula is written as text.
 */
import { dutchIsoDateTime } from '@samenwerven/calendar';

type Row = Record<string, unknown>;

/**
 * Starts like a formula: = + - @ (and their full-width forms, which some spreadsheets accept
 * too), TAB or CR, also after leading whitespace, which spreadsheets skip.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * How cells are separated and decimals written. `comma` is RFC 4180, for programs; `semicolon`
 * is what Excel set up for the Netherlands opens by a double click: a semicolon between cells
 * and a decimal comma (with commas it puts each line in one cell and reads 12.50 as 1250).
 */
export type CsvSeparator = 'comma' | 'semicolon';

/** A number written with a fixed number of decimals (an amount in euros), as a number. */
export class Fixed {
  readonly value: number;
  readonly digits: number;
  constructor(value: number, digits: number) {
    this.value = value;
    this.digits = digits;
  }
}

/** A download's file name: the Excel variant is named apart, so both can sit side by side. */
export const csvFileName = (base: string, separator: CsvSeparator = 'comma') =>
  `${base}${separator === 'semicolon' ? '-excel' : ''}.csv`;

const numberText = (text: string, separator: CsvSeparator) =>
  separator === 'semicolon' ? text.replace('.', ',') : text;

/**
 * One cell: nested values as JSON, moments as ISO 8601 on the Dutch clock with its offset (what
 * a reader's clock said, still exact for a program). Text that would start a formula gets
 * a leading single quote (spreadsheets show it as text); a cell is quoted when it holds a
 * quote, the separator or a line break, or was neutralised. Numbers are written as numbers.
 */
export function csvCell(value: unknown, separator: CsvSeparator = 'comma'): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Fixed) return numberText(value.value.toFixed(value.digits), separator);
  if (typeof value === 'number') return numberText(String(value), separator);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text =
    value instanceof Date ? dutchIsoDateTime(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const formula = FORMULA_START.test(text);
  const safe = formula ? `'${text}` : text;
  const quoted = separator === 'semicolon' ? /[";\n\r]/ : /[",\n\r]/;
  return formula || quoted.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
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
export function toCsv(
  rows: readonly Row[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
  separator: CsvSeparator = 'comma',
): string {
  if (columns.length === 0) return UTF8_BOM;
  const between = separator === 'semicolon' ? ';' : ',';
  const line = (cells: readonly unknown[]) => cells.map((cell) => csvCell(cell, separator)).join(between);
  return UTF8_BOM + [line(columns), ...rows.map((row) => line(columns.map((c) => row[c])))].join('\r\n') + '\r\n';
}

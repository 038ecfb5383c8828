/** Reading back the CSV files the server writes (server/src/csv.ts), as a spreadsheet would. */

/** The UTF-8 byte-order mark every CSV of the server starts with (bytes EF BB BF). */
export const UTF8_BOM_BYTES = [0xef, 0xbb, 0xbf];

/**
 * RFC 4180 as the server writes it: a byte-order mark, a header row, then rows of cells by
 * column name (quoted cells may hold commas, quotes and line breaks). `;` reads the variant for
 * Excel set up for the Netherlands.
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): Record<string, string>[] {
  const rows = csvLines(text.replace(/^\uFEFF/, ''), separator);
  const [header = [], ...body] = rows;
  return body.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])));
}

/** The header row's column names. */
export const csvHeader = (text: string): string[] => csvLines(text.replace(/^\uFEFF/, ''))[0] ?? [];

function csvLines(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/**
 * A multipart/form-data body read by its boundary, before or beside the parser: how many parts
 * it has, and whether each text part's bytes are UTF-8. The parser reads bytes that are no UTF-8
 * as "�", so a "�" sent as such could not be told from them.
 */
import { isUtf8 } from 'node:buffer';

/** A multipart body's boundary, from its content type. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return boundary ? (boundary[1] ?? boundary[2]) : undefined;
}

/**
 * How many parts a posted multipart body has, counted by its boundary before anything reads it:
 * 20 MB of one-byte parts is 190,000 of them, seconds of work for the reader.
 */
export function multipartParts(body: Buffer, contentType: string | undefined): number {
  const boundary = boundaryOf(contentType);
  if (!boundary) return 0;
  const delimiter = Buffer.from(`--${boundary}`);
  let found = 0;
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) found++;
  // The last delimiter closes the body.
  return Math.max(0, found - 1);
}

/**
 * A part's name, and whether it is a file, read from its headers as the parser reads them: the
 * header line that is `Content-Disposition` (not one that ends so, `X-Content-Disposition`),
 * its last `name` quoted or not. A diff review sent decoys the first reading took for the part.
 */
function dispositionOf(headers: string): { name: string; isFile: boolean } {
  const line = headers.split('\r\n').find((header) => /^content-disposition\s*:/i.test(header)) ?? '';
  let name = '';
  let isFile = false;
  for (const [, key, quoted, bare] of line.matchAll(/;\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
    const parameter = key!.toLowerCase();
    if (parameter === 'name') name = (quoted ?? bare ?? '').replace(/\\(.)/g, '$1');
    if (parameter === 'filename' || parameter === 'filename*') isFile = true;
  }
  return { name, isFile };
}

/**
 * For each whole text part of `body` (which may be the start of a longer one), whether its
 * bytes and name are UTF-8, each read as it came; a part whose name is no UTF-8 is `(body)`.
 * A file part is bytes: not read (a diff review: one "�" anywhere in the body, a dummy part or
 * by chance in a CV, let every other part through).
 */
export function textPartsUtf8(body: Buffer, contentType: string | undefined): Map<string, boolean> {
  const parts = new Map<string, boolean>();
  const boundary = boundaryOf(contentType);
  if (!boundary) return parts;
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter opens the body without a line end before it.
  const from = body.indexOf(delimiter.subarray(2));
  if (from === -1) return parts;
  // `at`: where the delimiter before the part starts, as if the first had its line end too.
  let at = from - 2;
  for (;;) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(at + delimiter.length, next);
    at = next;
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd === -1) continue;
    const { name: rawName, isFile } = dispositionOf(part.subarray(0, headerEnd).toString('latin1'));
    if (isFile) continue;
    const nameBytes = Buffer.from(rawName, 'latin1');
    const name = isUtf8(nameBytes) ? nameBytes.toString('utf8') : '(body)';
    const utf8 = name !== '(body)' && isUtf8(part.subarray(headerEnd + 4));
    parts.set(name, (parts.get(name) ?? true) && utf8);
  }
  return parts;
}

/** The text parts of a posted multipart form whose bytes (or name) are no UTF-8 (see `textPartsUtf8`). */
export function textPartsNotUtf8(body: Buffer, contentType: string | undefined): string[] {
  return [...textPartsUtf8(body, contentType)].filter(([, utf8]) => !utf8).map(([name]) => name);
}

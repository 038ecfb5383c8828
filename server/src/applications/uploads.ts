/**
 * Reading an application's upload: the multipart/form-data body, and what a file really is.
 *
 * The body is parsed here rather than by @fastify/multipart, which is not installed; the route
 * caps the whole body (two files of 10 MB and the text), so a part is never larger than that
 * cap. The parser is strict: anything that is not well-formed multipart is a 400.
 */
import { unzipSync } from 'fflate';

export interface Part {
  name: string;
  /** Present for a file part (possibly empty when the browser sent no file). */
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** The body is not multipart as announced. */
export class MalformedMultipartError extends Error {
  constructor(reason: string) {
    super(`malformed multipart body: ${reason}`);
    this.name = 'MalformedMultipartError';
  }
}

const MAX_PARTS = 20;
const MAX_HEADER_BYTES = 2048;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a `multipart/form-data; boundary=…` content type, if it has one. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return match?.[1] ?? match?.[2];
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (match) return match[1]!.replace(/\\(.)/g, '$1');
  return new RegExp(`;\\s*${name}=([^\\s;]+)`, 'i').exec(header)?.[1];
}

/** The parts of a multipart body (RFC 7578), in order. */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  // The first boundary opens the body, or follows a preamble on a line of its own.
  const afterPreamble = body.indexOf(next);
  let position = body.subarray(0, delimiter.length).equals(delimiter)
    ? 0
    : afterPreamble === -1
      ? -1
      : afterPreamble + 2;
  if (position === -1) throw new MalformedMultipartError('no boundary');
  const parts: Part[] = [];
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString('latin1') === '--') return parts;
    if (!body.subarray(position, position + 2).equals(CRLF)) throw new MalformedMultipartError('boundary line');
    position += 2;
    const headerEnd = body.indexOf(HEADER_END, position);
    if (headerEnd === -1 || headerEnd - position > MAX_HEADER_BYTES) throw new MalformedMultipartError('part headers');
    const headers = body.subarray(position, headerEnd).toString('utf8').split('\r\n');
    const end = body.indexOf(next, headerEnd + 4);
    if (end === -1) throw new MalformedMultipartError('no closing boundary');
    const disposition = headers.find((h) => /^content-disposition:/i.test(h));
    const name =
      disposition && /^content-disposition:\s*form-data\s*;/i.test(disposition) && parameter(disposition, 'name');
    if (!name) throw new MalformedMultipartError('part without a name');
    const contentType = headers
      .find((h) => /^content-type:/i.test(h))
      ?.replace(/^content-type:\s*/i, '')
      .trim();
    parts.push({
      name,
      filename: parameter(disposition, 'filename'),
      contentType,
      data: body.subarray(headerEnd + 4, end),
    });
    if (parts.length > MAX_PARTS) throw new MalformedMultipartError('too many parts');
    position = end + 2;
  }
}

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What the file is by its bytes, whatever its name or announced type says: a PDF, a Word
 * document (a ZIP archive holding `word/document.xml`), or neither. The archive's directory is
 * read, nothing is unpacked.
 */
export function sniffMediaType(data: Uint8Array): typeof PDF | typeof DOCX | undefined {
  const head = Buffer.from(data.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') return PDF;
  if (head.startsWith('PK\x03\x04')) {
    let isWord = false;
    try {
      unzipSync(data, {
        filter: (file) => {
          if (file.name === 'word/document.xml') isWord = true;
          return false;
        },
      });
    } catch {
      return undefined;
    }
    return isWord ? DOCX : undefined;
  }
  return undefined;
}

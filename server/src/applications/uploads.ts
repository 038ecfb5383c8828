/**
 * Reading an application's upload: the multipart/form-data body, streamed part by part by
 * @fastify/multipart (registered in the applications routes only), each file straight into
 * the file store within its limit, and what a file really is by its bytes.
 */
import type { FastifyRequest } from 'fastify';
import { errorCodes } from 'fastify';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { pipeline, Transform } from 'node:stream';
import { unzipSync } from 'fflate';
import { AppError, fieldMessages, type AjvError } from '../errors.ts';
import { localeOf } from '../i18n.ts';
import { textPartsUtf8 } from '../contract/multipart-text.ts';
import type { FileStore } from './file-store.ts';

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

/**
 * A stream passed on unchanged, keeping its first bytes (enough to tell a PDF from a ZIP) and
 * the digest of all of them (`StoredUpload.digest`).
 */
function readingTap(size: number) {
  const chunks: Buffer[] = [];
  let length = 0;
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (length < size) {
        chunks.push(chunk.subarray(0, size - length));
        length += Math.min(chunk.length, size - length);
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { tap, head: () => Buffer.concat(chunks), digest: () => hash.digest('hex') };
}

/** A stored file read back whole, refusing more than `maxBytes` (the store's own limit). */
async function readBack(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      stream.destroy();
      throw new Error('stored file longer than its limit');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * What a stored file is: a PDF by its first bytes; a ZIP only after the whole file is there,
 * as its directory (which says whether it is a Word document) is at its end.
 */
async function sniffStored(head: Buffer, files: FileStore, key: string, maxBytes: number) {
  if (sniffMediaType(head) === PDF) return PDF;
  if (!head.toString('latin1').startsWith('PK\x03\x04')) return undefined;
  return sniffMediaType(await readBack(await files.open(key), maxBytes));
}

/** A file as the request left it in the store; judged by the service, in its order of rules. */
export interface StoredUpload {
  filename: string;
  key: string;
  size: number;
  /** SHA-256 of its bytes, in hex ('' when nothing of it is kept). */
  digest: string;
  /** What its bytes show; undefined when neither a PDF nor a Word document. */
  mediaType: typeof PDF | typeof DOCX | undefined;
  /** It was longer than the limit: nothing of it is kept (key is empty). */
  tooLarge: boolean;
}

export interface UploadLimits {
  /** Per file. */
  fileBytes: number;
  /** The whole body: the files at their limit, the text parts and the framing. */
  bodyBytes: number;
}

/** How much of the body's start is kept to read the text parts' bytes (their text is 5,000 characters at most). */
const HEAD_BYTES = 64 * 1024;

/**
 * A text part's value with a "�" in it, as the parser read it: kept when its bytes were UTF-8
 * (the "�" was typed or pasted; a review: such a letter was refused), else each "�" as a lone
 * surrogate, refused by the field's name as the JSON body's are (contract/json-body.ts), not
 * stored as "�" in a name. A part beyond the body's kept start is taken as the latter.
 */
function textOfPart(name: string, text: string, bodyStart: Buffer, request: FastifyRequest): string {
  const sentAsSuch = textPartsUtf8(bodyStart, request.headers['content-type']).get(name) === true;
  return sentAsSuch ? text : text.replaceAll('\uFFFD', '\uDFFF');
}

/**
 * Reads the parts of an application: the text parts into `fields` (a file part's value there
 * is its name, so the route's schema validates the whole form as a body), each file part named
 * in `fileNames` streamed into the store. A file over the limit is cut off by the parser and
 * removed; an empty file part (the browser's "no file") keeps nothing. On any failure the
 * files stored so far are removed before the error is thrown: a malformed body is a 400, a
 * third file a 413, a body beyond `bodyBytes` the server's usual 413. `stored` receives every
 * key as soon as it exists, so the caller can remove them when the request fails later.
 */
export async function receiveUploads(
  request: FastifyRequest,
  store: FileStore,
  fileNames: readonly string[],
  limits: UploadLimits,
  stored: string[],
): Promise<{ fields: Record<string, string>; files: Record<string, StoredUpload> }> {
  const declared = Number(request.headers['content-length']);
  if (declared > limits.bodyBytes) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  const fields: Record<string, string> = {};
  const files: Record<string, StoredUpload> = {};
  const notFiles: string[] = [];
  let received = 0;
  let overflow = false;
  // The body's start as it came: where the text parts are (a form puts its fields before its
  // files), to tell a "�" sent as such from bytes that are no UTF-8 (`textOfPart`).
  const bodyStart: Buffer[] = [];
  const count = (chunk: Buffer) => {
    if (received < HEAD_BYTES) bodyStart.push(chunk.subarray(0, HEAD_BYTES - received));
    received += chunk.length;
    if (received > limits.bodyBytes && !overflow) {
      overflow = true;
      // Ends the parser's iteration with this error (it listens for the request's errors).
      request.raw.emit('error', new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    }
  };
  try {
    // The parser's limits are those the plugin was registered with (throwFileSizeLimit off: a
    // file cut off at its limit is seen by `truncated`, so it can be named in the answer).
    const parts = request.parts();
    // The first step starts the parser (it pipes the request); only then is counting safe.
    const first = parts.next();
    request.raw.on('data', count);
    for (let step = await first; !step.done; step = await parts.next()) {
      const part = step.value;
      // A part without a name is nothing the form sends: passed over, not named "undefined".
      if (!part.fieldname) {
        if (part.type === 'file') part.file.resume();
        continue;
      }
      if (Object.hasOwn(fields, part.fieldname)) {
        if (part.type === 'file') part.file.resume();
        // Named, so the sender learns which part came twice (a form with two CV inputs).
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { [part.fieldname]: 'application.part_twice' },
        });
      }
      if (part.type === 'field' && fileNames.includes(part.fieldname)) {
        // A CV typed or pasted as text (an API client's form field, not a file): its text was
        // taken for the file's name, so 300 characters were "at most 255", "hallo" passed as
        // a CV's name and a letter so sent was dropped unsaid (a review). Named as what it is.
        notFiles.push(part.fieldname);
        fields[part.fieldname] = '';
        continue;
      }
      if (part.type === 'field') {
        // Line ends as typed: a form sends each as CRLF, two characters against a limit the
        // field's count (and a person) counts as one (a diff review).
        const text = String(part.value);
        fields[part.fieldname] = (
          text.includes('\uFFFD') ? textOfPart(part.fieldname, text, Buffer.concat(bodyStart), request) : text
        ).replaceAll('\r\n', '\n');
        continue;
      }
      if (!fileNames.includes(part.fieldname)) {
        // Named, so a form that sends a photo or a second letter learns which part is wrong.
        part.file.resume();
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { [part.fieldname]: 'application.unexpected_file' },
        });
      }
      // Without format characters: a right-to-left override showed HR `cv\u202Efdp.exe` as
      // "cvexe.pdf" (a tester's review). Nor control characters, which HR's list and the exports
      // showed as `\u0001` (an attacker's review); a byte that was no UTF-8 is a "_". A NUL stays,
      // to be refused by the part's name as in any other text.
      const filename = part.filename
        .replace(/[\p{Cf}\p{Cc}]/gu, (c) => (c === '\0' ? c : ''))
        .replaceAll('\uFFFD', '_');
      fields[part.fieldname] = filename;
      const { tap, head, digest } = readingTap(8);
      // Not `pipe`: the parser may have ended the part with an error already (a body cut
      // short), which only pipeline sees on a stream that is past it.
      pipeline(part.file, tap, () => {});
      const { key, size } = await store.write(tap, limits.fileBytes);
      stored.push(key);
      const upload: StoredUpload = { filename, key, size, digest: '', mediaType: undefined, tooLarge: false };
      if (part.file.truncated || size === 0) {
        await store.remove(key);
        upload.key = '';
        upload.tooLarge = part.file.truncated;
      } else {
        upload.digest = digest();
        upload.mediaType = await sniffStored(head(), store, key, limits.fileBytes);
      }
      files[part.fieldname] = upload;
    }
    if (overflow) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    if (notFiles.length > 0) throw notFilesError(request, fields, notFiles);
    return { fields, files };
  } catch (error) {
    // Best effort: the route removes (or queues for removal) every key in `stored` again.
    await Promise.all(stored.map((key) => store.remove(key).catch(() => undefined)));
    throw overflow ? new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE() : asClientError(request, error, limits);
  } finally {
    request.raw.off('data', count);
  }
}

/**
 * The 400 for a file part sent as text, naming it beside every problem the route's schema finds
 * in the other parts, so the form is corrected at once (each problem, as always, in one answer).
 */
function notFilesError(request: FastifyRequest, fields: Record<string, string>, notFiles: readonly string[]) {
  const validate = request.getValidationFunction('body');
  const valid = validate ? validate(fields) : true;
  const locale = localeOf(request);
  const others = valid ? {} : fieldMessages((validate?.errors ?? []) as AjvError[], locale);
  return new AppError(400, 'validation_failed', 'error.validation_failed', {
    fields: { ...others, ...Object.fromEntries(notFiles.map((name) => [name, 'application.not_a_file'])) },
  });
}

/** The parser's refusals in the API's terms; anything else (the store failing) stays a 5xx. */
function asClientError(request: FastifyRequest, error: unknown, limits: UploadLimits): unknown {
  if (error instanceof AppError) return error;
  const { FilesLimitError, RequestFileTooLargeError } = request.server.multipartErrors;
  if (error instanceof FilesLimitError) return new AppError(400, 'too_many_files', 'application.too_many_files');
  if (error instanceof RequestFileTooLargeError) {
    return new AppError(413, 'file_too_large', 'application.file_too_large', {
      params: { limit: limits.fileBytes / 1024 / 1024 },
    });
  }
  const multipartError = error as { code?: string; message?: string };
  const isParser =
    (typeof multipartError.code === 'string' && multipartError.code.startsWith('FST_')) ||
    multipartError.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /multipart|boundary|part terminated|unexpected end/i.test(multipartError.message ?? '');
  return isParser ? new AppError(400, 'bad_request', 'error.bad_request', {}, error) : error;
}

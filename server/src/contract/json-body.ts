/**
 * The JSON body parser, as Fastify's own (secure-json-parse, a prototype key refused) but with
 * answers in the contract's words: a body that carries `__proto__` or `constructor.prototype`
 * (a prototype-pollution attempt, never a field of any operation) is refused by that field's
 * name, as any other unknown field is. Malformed JSON is `400 bad_request` saying so, and where
 * (it said only that the request was not valid: a fuzzing review); an empty body is no body, as
 * many clients send one with their `Content-Type` on a POST that takes none (publish, close).
 */
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { AppError } from '../errors.ts';

/** Whether a `__proto__` key is anywhere in the value (JSON.parse makes it an own key, harmlessly). */
function hasProtoKey(value: unknown): boolean {
  // A walk with its own stack, not recursion: JSON nested some thousands deep (which JSON.parse
  // takes) overflowed the call stack, a 500 (an attacker pass).
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Object.hasOwn(next, '__proto__')) return true;
    // One by one: spreading an array of a million items as arguments overflows too.
    for (const child of Object.values(next)) pending.push(child);
  }
  return false;
}

/**
 * The key secure-json-parse refused (it throws one message for both), however the text escaped
 * it (`"\u005f_proto__"`): read again by JSON.parse, which keeps it as a plain key.
 */
const pollutingKey = (body: string) => (hasProtoKey(JSON.parse(body)) ? '__proto__' : 'constructor');

/**
 * Malformed JSON, said with where it broke when JSON.parse names the place, that it ends too soon
 * when it does, and as malformed otherwise ('abc', `{'a':1}`: "ends too soon" was untrue there, a
 * diff review).
 */
function invalidJson(error: SyntaxError): AppError {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position !== undefined)
    return new AppError(400, 'bad_request', 'error.invalid_json_at', { params: { at: Number(position) + 1 } }, error);
  if (error.message.includes('end of JSON input'))
    return new AppError(400, 'bad_request', 'error.invalid_json_end', {}, error);
  return new AppError(400, 'bad_request', 'error.invalid_json', {}, error);
}

function parseJsonBody(body: string): unknown {
  if (body.trim().length === 0) return undefined;
  try {
    return secureJson.parse(body, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    if (error instanceof SyntaxError && error.message.includes('forbidden prototype property')) {
      const field = pollutingKey(body);
      throw new AppError(400, 'validation_failed', 'error.validation_failed', {
        fields: { [field]: { key: 'validation.additionalProperties', params: { additionalProperty: field } } },
      });
    }
    if (!(error instanceof SyntaxError)) throw new AppError(400, 'bad_request', 'error.bad_request', {}, error);
    throw invalidJson(error);
  }
}

/** The charset a Content-Type names, in lower case; undefined when it names none. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * The body as text. JSON is UTF-8 (RFC 8259): a body in another charset (an older ATS sending
 * Latin-1) is refused as a whole (415), and bytes that are no UTF-8 no longer become "�" in a
 * published title unseen (an integrator's review): each one is read as a lone surrogate, which
 * the storable-text check then refuses by its field's name (storable-text.ts), per bulk item too.
 * A "�" sent as such in the same body is taken for one of them: that body is broken anyway.
 */
export function utf8Text(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new AppError(415, 'unsupported_media_type', 'error.charset_not_utf8', { params: { charset } });
  }
  try {
    return strictUtf8.decode(body);
  } catch {
    return lenientUtf8.decode(body).replaceAll('\uFFFD', '\uDFFF');
  }
}

/** Puts this parser in the place of Fastify's own for `application/json` (its body limits stay). */
export function useJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parseJsonBody(utf8Text(body as Buffer, request.headers['content-type'])));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

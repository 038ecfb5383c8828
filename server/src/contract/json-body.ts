/**
 * The JSON body parser, as Fastify's own (secure-json-parse, a prototype key refused) but with
 * answers in the contract's words: a body that carries `__proto__` or `constructor.prototype`
 * (a prototype-pollution attempt, never a field of any operation) is refused by that field's
 * name, as any other unknown field is; malformed or empty JSON stays `400 bad_request`.
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

function parseJsonBody(body: string): unknown {
  if (body.length === 0) throw new AppError(400, 'bad_request', 'error.bad_request');
  try {
    return secureJson.parse(body, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    if (error instanceof SyntaxError && error.message.includes('forbidden prototype property')) {
      const field = pollutingKey(body);
      throw new AppError(400, 'validation_failed', 'error.validation_failed', {
        fields: { [field]: { key: 'validation.additionalProperties', params: { additionalProperty: field } } },
      });
    }
    throw new AppError(400, 'bad_request', 'error.bad_request', {}, error);
  }
}

/** Puts this parser in the place of Fastify's own for `application/json` (its body limits stay). */
export function useJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

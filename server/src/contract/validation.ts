/**
 * How request data is validated: Fastify's validator compiler (ajv with ajv-formats) with
 * these options, for every route and for the items of a bulk request alike, so an item
 * gets the field messages a single request would.
 */
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { TSchema } from '@sinclair/typebox';

/** Fastify's `ajv.customOptions`: report every problem at once, and never drop unknown properties silently. */
export const validatorOptions = { removeAdditional: false, allErrors: true } as const;

/**
 * A validator for data that arrives inside a body (an item of a batch). Types are not
 * coerced: the item is checked as sent, as JSON (a route's body would turn `"32"` into 32,
 * and `null` into 0 where a nullable integer allows 0).
 */
export function compileItemValidator(schema: TSchema) {
  const build = AjvCompiler()({}, { customOptions: { ...validatorOptions, coerceTypes: false } });
  return build({ schema, method: 'POST', url: '(item)', httpPart: 'body' });
}

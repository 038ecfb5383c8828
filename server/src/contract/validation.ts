/**
 * How request data is validated: Fastify's validator compiler (ajv with ajv-formats) with
 * these options, for every route and for the items of a bulk request alike, so an item
 * gets the field messages a single request would.
 *
 * A body is JSON and is checked as sent: types are coerced only in the address (query,
 * parameters) and headers, which are text by nature. With coercion a `null` in a body became
 * 0 for a nullable number and "" for a nullable string (ajv coerces into the first branch of
 * `anyOf` that it can): a vacancy whose salary was cleared was stored with salary 0.
 */
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';
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

/** Fastify's validator factory: coercing for the address and headers, exact for bodies. */
export const buildValidator: ValidatorFactory = (externalSchemas, ajvOptions) => {
  const factory = AjvCompiler();
  const coercing = factory(externalSchemas, ajvOptions);
  const customOptions = { ...(ajvOptions?.customOptions as Record<string, unknown> | undefined), coerceTypes: false };
  const exact = factory(externalSchemas, { ...ajvOptions, customOptions } as typeof ajvOptions);
  return (route) => (route.httpPart === 'body' ? exact : coercing)(route);
};

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
import { useStrictDates } from './formats.ts';

/** Fastify's `ajv.customOptions`: report every problem at once, and never drop unknown properties silently. */
export const validatorOptions = { removeAdditional: false, allErrors: true } as const;

/**
 * A validator for data that arrives inside a body (an item of a batch). Types are not
 * coerced: the item is checked as sent, as JSON (a route's body would turn `"32"` into 32,
 * and `null` into 0 where a nullable integer allows 0).
 */
export function compileItemValidator(schema: TSchema) {
  const build = AjvCompiler()(
    {},
    { customOptions: { ...validatorOptions, coerceTypes: false }, onCreate: useStrictDates },
  );
  return build({ schema, method: 'POST', url: '(item)', httpPart: 'body' });
}

/** The paths (`/page`, `/ids/2`) of the numbers in `data` that are not finite. */
export function nonFiniteNumbers(data: unknown, path = ''): string[] {
  if (typeof data === 'number') return Number.isFinite(data) ? [] : [path];
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => nonFiniteNumbers(value, `${path}/${key}`));
}

/** A number as people write one in an address: decimal digits, a point, an exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The paths of the numbers in `data` that were text in `raw` not written in decimal ("0x1388",
 * "0b1", which ajv's coercion reads as JavaScript does).
 */
export function numbersNotInDecimal(raw: unknown, data: unknown, path = ''): string[] {
  if (typeof data === 'number') return typeof raw === 'string' && !DECIMAL.test(raw.trim()) ? [path] : [];
  // One value where a list is asked for becomes a list of one.
  if (Array.isArray(data) && typeof raw === 'string') return numbersNotInDecimal([raw], data, path);
  if (typeof data !== 'object' || data === null || typeof raw !== 'object' || raw === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    numbersNotInDecimal((raw as Record<string, unknown>)[key], value, `${path}/${key}`),
  );
}

/** A shallow copy of an address's values (and of its lists), as they were before coercion. */
const snapshot = (data: unknown): unknown =>
  typeof data === 'object' && data !== null
    ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]))
    : data;

type Validate = ReturnType<ReturnType<ValidatorFactory>> & { errors?: unknown; schemaEnv?: unknown };

/**
 * ajv coerces "1e400" or "-Infinity" in an address into an infinite number, and then lets it
 * pass `minimum` and `maximum`: `page=1e400` reached the search and ended in a 500. It reads
 * "0x1388" as 5000. Such a number is refused as not a number.
 */
function refusingUnreadableNumbers(validate: Validate): Validate {
  const wrapped = ((...args: Parameters<Validate>) => {
    const raw = snapshot(args[0]);
    const valid = validate(...args);
    const infinite =
      valid === true ? [...new Set([...nonFiniteNumbers(args[0]), ...numbersNotInDecimal(raw, args[0])])] : [];
    wrapped.errors =
      infinite.length === 0
        ? validate.errors
        : infinite.map((instancePath) => ({
            keyword: 'type',
            instancePath,
            schemaPath: '',
            params: { type: 'number' },
            message: 'must be a finite number',
          }));
    return infinite.length === 0 ? valid : false;
  }) as Validate;
  // Fastify lets ajv change the root value only for a validator it recognises by this.
  wrapped.schemaEnv = validate.schemaEnv;
  return wrapped;
}

/**
 * A validator for text read as an address is (an alert's stored search): coerced as Fastify
 * coerces a query string, and checked as the routes' addresses are.
 */
export function compileAddressValidator(schema: TSchema) {
  const build = AjvCompiler()(
    {},
    {
      customOptions: { ...validatorOptions, coerceTypes: 'array', useDefaults: true },
      onCreate: useStrictDates,
    },
  );
  return refusingUnreadableNumbers(
    build({ schema, method: 'GET', url: '(address)', httpPart: 'querystring' }) as Validate,
  );
}

/** Fastify's validator factory: coercing for the address and headers, exact for bodies. */
export const buildValidator: ValidatorFactory = (externalSchemas, ajvOptions) => {
  const factory = AjvCompiler();
  const coercing = factory(externalSchemas, { ...ajvOptions, onCreate: useStrictDates } as typeof ajvOptions);
  const customOptions = { ...(ajvOptions?.customOptions as Record<string, unknown> | undefined), coerceTypes: false };
  const exact = factory(externalSchemas, {
    ...ajvOptions,
    customOptions,
    onCreate: useStrictDates,
  } as typeof ajvOptions);
  return (route) => (route.httpPart === 'body' ? exact(route) : refusingUnreadableNumbers(coercing(route) as Validate));
};

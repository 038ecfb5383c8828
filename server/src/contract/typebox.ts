/**
 * Small TypeBox helpers every domain's contract uses, so no domain imports another's
 * schemas for them.
 */
import { Type, type TSchema } from '@sinclair/typebox';

/** A string enum with its exact TypeScript type (`enum` in JSON Schema, so OpenAPI shows the choices). */
export const literals = <const T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

/**
 * At least one character a reader sees: a text of only spaces or control characters is refused
 * as empty (the services trim what they store, and a blank name or title would be stored as "").
 */
export const SOMETHING_VISIBLE = '[^\\s\\u0000-\\u001F\\u007F-\\u009F]';

/** A required text: `minLength` characters (1 unless said), among them something visible. */
export const Filled = (options: { maxLength: number; minLength?: number; description?: string }) =>
  Type.String({ minLength: 1, ...options, pattern: SOMETHING_VISIBLE });

/** The value or `null` (JSON Schema `anyOf`, the value first). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * The body of an answer that has none (a 202, API.md: "no body"): Fastify sends nothing for
 * `undefined`, where `null` went out as the JSON text "null". The route's schema says
 * `Type.Null()` for the OpenAPI document, so the type provider asks for that type.
 */
export const NO_BODY = undefined as unknown as null;

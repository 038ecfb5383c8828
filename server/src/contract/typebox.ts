/**
 * Small TypeBox helpers every domain's contract uses, so no domain imports another's
 * schemas for them.
 */
import { Type, type TSchema } from '@sinclair/typebox';

/** A string enum with its exact TypeScript type (`enum` in JSON Schema, so OpenAPI shows the choices). */
export const literals = <const T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** The value or `null` (JSON Schema `anyOf`, the value first). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * The body of an answer that has none (a 202, API.md: "no body"): Fastify sends nothing for
 * `undefined`, where `null` went out as the JSON text "null". The route's schema says
 * `Type.Null()` for the OpenAPI document, so the type provider asks for that type.
 */
export const NO_BODY = undefined as unknown as null;

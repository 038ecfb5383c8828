/**
 * What the OpenAPI document says of operations that answer or take something other than JSON: a
 * feed, a sitemap, a page to frame, a CSV file, a logo. Their routes send and read the bytes
 * themselves, so these schemas are for the document only (an integrator reads there what comes
 * back and what to send); they validate and serialise nothing.
 */

import { OptionalKind } from '@sinclair/typebox';

/** A success answer that is a document of one of `types` (the first is what the route sends). */
export function documentAnswer(description: string, types: readonly string[], example: string) {
  return {
    description,
    content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', example } }])),
  };
}

/** What to send to a route that reads its body's bytes itself (a file), by media type. */
interface DocumentedBody {
  description: string;
  types: readonly string[];
  example: string;
}

declare module 'fastify' {
  interface FastifySchema {
    /**
     * The request body of a route that reads its body's bytes itself: for the OpenAPI document
     * only. A `body` schema would be checked against the bytes.
     */
    documentedBody?: DocumentedBody;
  }
}

/**
 * @fastify/swagger's `transform`: a route's `documentedBody` becomes its request body in the
 * document (binary: the bytes as they are sent).
 */
export function withDocumentedBody(route: {
  schema?: { documentedBody?: DocumentedBody; body?: unknown };
  url: string;
}) {
  const { documentedBody, ...schema } = route.schema ?? {};
  if (!documentedBody) return { schema: markedOptionalBody(schema), url: route.url };
  const { description, types, example } = documentedBody;
  // @fastify/swagger takes a body's media types from `content`, and its words from each schema.
  const media = { schema: { type: 'string', format: 'binary', description, example } };
  const body = { content: Object.fromEntries(types.map((type) => [type, media])) };
  return { schema: { ...schema, body }, url: route.url };
}

/** The mark an operation carries into the document while its body is optional (read by `optionalBodiesOptional`). */
const OPTIONAL_BODY = 'x-optional-body';

/** A schema whose body TypeBox made optional (`Type.Optional`), marked so for the document. */
function markedOptionalBody<T extends { body?: unknown }>(schema: T): T {
  const body = schema.body as { [OptionalKind]?: unknown } | undefined;
  return body?.[OptionalKind] === 'Optional' ? { ...schema, [OPTIONAL_BODY]: true } : schema;
}

/**
 * An optional body is not required: @fastify/swagger marks every body required, and the document
 * said publish, close and approve needed one, which they take without (a diff review).
 */
export function optionalBodiesOptional<T extends object>(document: T): T {
  const { paths } = document as { paths?: Record<string, Record<string, unknown> | undefined> };
  for (const operations of Object.values(paths ?? {})) {
    for (const operation of Object.values(operations ?? {})) {
      const marked = operation as ({ [OPTIONAL_BODY]?: boolean; requestBody?: { required?: boolean } } & object) | null;
      if (!marked?.[OPTIONAL_BODY]) continue;
      delete marked[OPTIONAL_BODY];
      if (marked.requestBody) marked.requestBody.required = false;
    }
  }
  return document;
}

interface DocumentedParameter {
  in?: string;
  required?: boolean;
  schema?: { default?: unknown };
}

/**
 * A query parameter with a default is optional, whatever the schema's `required` list says (the
 * validator fills the default in): marked required, generated clients made every caller send
 * `page` and `pageSize` (an ATS review).
 */
export function queryDefaultsOptional<T extends object>(document: T): T {
  const { paths } = document as { paths?: Record<string, Record<string, unknown> | undefined> };
  for (const operations of Object.values(paths ?? {})) {
    for (const operation of Object.values(operations ?? {})) {
      const parameters = (operation as { parameters?: DocumentedParameter[] } | null)?.parameters ?? [];
      for (const parameter of parameters) {
        if (parameter.in === 'query' && parameter.schema?.default !== undefined) parameter.required = false;
      }
    }
  }
  return document;
}

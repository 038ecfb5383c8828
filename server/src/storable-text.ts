/**
 * Text PostgreSQL cannot store is refused at the door, once for every route, instead of
 * failing deep in a query as a 500. PostgreSQL rejects the NUL character in text and jsonb
 * (22021, 22P05); a lone UTF-16 surrogate cannot be encoded as UTF-8 at all, and the driver
 * would silently store it as U+FFFD. Both are answered 400 `validation_failed`, naming the field.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, fieldMessages, type AjvError } from './errors.ts';
import { localeOf } from './i18n.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks the text of its body itself: a bulk route answers it per item, a vacancy
     * route beside the rules' problems of the other fields. Its parameters and query string are
     * still checked here.
     */
    checksOwnBodyText?: boolean;
  }
}

// NUL is exactly what this looks for.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Is this text storable in PostgreSQL as it is (no NUL, no lone surrogate)? */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * The fields (dotted paths, as in validation messages) whose text, or whose key, cannot be
 * stored. Walks without recursion, so no nesting depth can overflow the stack.
 */
export function unstorableFields(value: unknown, prefix = ''): string[] {
  const found = new Set<string>();
  const pending: [unknown, string][] = [[value, prefix]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) found.add(path || '(body)');
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = path ? `${path}.${key}` : key;
        if (!isStorableText(key)) found.add(itemPath);
        else pending.push([item, itemPath]);
      }
    }
  }
  return [...found].sort();
}

/** These fields' problem as the schema's problems are said, to be answered beside them (`fieldMessages`). */
export function unstorableTextErrors(fields: readonly string[]): AjvError[] {
  return fields.map((field) => ({ keyword: 'text', instancePath: `/${field.replaceAll('.', '/')}`, params: {} }));
}

/**
 * The 400 for these fields, each with the message "contains a character that is not allowed",
 * beside the request's other problems (`others`, already in the caller's language).
 */
export function unstorableTextError(fields: readonly string[], others: Record<string, string> = {}): AppError {
  return new AppError(400, 'validation_failed', 'error.validation_failed', {
    fields: { ...others, ...Object.fromEntries(fields.map((field) => [field, 'validation.text'])) },
  });
}

/**
 * What the route's schemas find wrong with the same request, so that one answer names every
 * problem: a NUL in one field no longer hides a wrong number in another.
 */
function schemaProblems(request: FastifyRequest): Record<string, string> {
  const parts = { params: request.params, querystring: request.query, body: request.body } as const;
  // No prototype, as in `fieldMessages`: a parameter called `__proto__` stays a field.
  const problems: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [part, value] of Object.entries(parts)) {
    const validate = request.getValidationFunction(part as keyof typeof parts);
    if (validate && !validate(value))
      Object.assign(problems, fieldMessages((validate.errors ?? []) as AjvError[], localeOf(request)));
  }
  return problems;
}

/** A preValidation hook: parameters, query string and body hold only storable text. */
export async function rejectUnstorableText(request: FastifyRequest): Promise<void> {
  const fields = [
    // A wildcard route's (and the not-found handler's) parameter is the rest of the path.
    ...unstorableFields(request.params).map((field) => (field === '*' ? 'path' : field)),
    ...unstorableFields(request.query),
    ...(request.routeOptions.config.checksOwnBodyText ? [] : unstorableFields(request.body)),
  ];
  if (fields.length > 0) throw unstorableTextError(fields, schemaProblems(request));
}

/**
 * One error shape for the whole API (API.md): `{ error: { code, message, fields? } }`,
 * produced by one handler. Messages are in the caller's language; a 5xx never shows
 * its cause to the user.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { isDatabaseUnavailable } from '@samenwerven/db';
import { filledLength, patternName } from './contract/typebox.ts';
import { escapeMarkup } from './text.ts';
import { hasMessage, localeOf, pageLanguage, translate, type Locale, type MessageKey } from './i18n.ts';
import { isApiOrFeed } from './routed-path.ts';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      fields: Type.Optional(Type.Record(Type.String(), Type.String())),
      currentVersion: Type.Optional(Type.Integer()),
      currentState: Type.Optional(Type.String()),
    }),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** The error shape as a response schema, for every route's non-2xx answers. */
export const ErrorRef = Type.Ref('ErrorResponse');

/** A field's message with values for its `{placeholders}`; numbers are written as the caller's language writes them. */
export interface FieldMessage {
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface AppErrorExtra {
  /** Per field: a message key, a message already in the caller's language, or a key with values. */
  fields?: Record<string, MessageKey | string | FieldMessage>;
  currentVersion?: number;
  currentState?: string;
  /** For a 429: sent as Retry-After, and as `{wait}` in the message, in words. */
  retryAfterSeconds?: number;
  /** Values for the message's other `{placeholders}`; a `{ key }` is said in the caller's language. */
  params?: Record<string, string | number | { key: MessageKey }>;
}

/** An error the API answers on purpose, with a stable code. */
export class AppError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly messageKey: MessageKey;
  readonly extra: AppErrorExtra;

  constructor(statusCode: number, code: string, messageKey: MessageKey, extra: AppErrorExtra = {}, cause?: unknown) {
    super(code, { cause });
    this.name = 'AppError';
    this.statusCode = statusCode;
    this.code = code;
    this.messageKey = messageKey;
    this.extra = extra;
  }
}

/** What a 503 tells clients to wait before trying again (the pool reconnects by itself). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

export const notFound = () => new AppError(404, 'not_found', 'error.not_found');

export interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A message for this kind of violation that says more than its keyword's, where there is one. */
function specificMessage({ keyword, params }: AjvError): string {
  switch (keyword) {
    case 'format':
      return `validation.format.${String(params.format)}`;
    case 'pattern':
      return `validation.pattern.${patternName(String(params.pattern)) ?? ''}`;
    case 'type':
      return `validation.type.${String(params.type)}`;
    // An empty required text reads as "required", not "use at least 1 characters"; one value, not "1 values".
    case 'minLength':
      return params.limit === 1 ? 'validation.required' : '';
    case 'minItems':
      return params.limit === 1 ? 'validation.minItems.one' : '';
    default:
      return '';
  }
}

/** A number as the language writes it: "14.490" in Dutch, "14,490" in English. */
const formatNumber = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);

/**
 * A schema's limit as the language writes a number: "hoogstens 1.000.000.000", not 1000000000,
 * beside messages that wrote 30.000 (a review). Below 10,000 as it is: a year's limit is 2100,
 * not "2.100" (a diff review), and four digits need no point.
 */
function withLimitInWords(params: AjvError['params'], locale: Locale): AjvError['params'] {
  const { limit } = params;
  if (typeof limit !== 'number' || Math.abs(limit) < 10_000) return params;
  return { ...params, limit: formatNumber(limit, locale) };
}

/** Turns schema violations into one message per field, in the caller's language. */
export function fieldMessages(errors: readonly AjvError[], locale: Locale): Record<string, string> {
  // No prototype: a field called `__proto__` (a query parameter may be) is a field like any other.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const error of errors) {
    const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // A missing or an unknown field is named by itself, not by the object it is (not) in.
    const named =
      error.keyword === 'required'
        ? error.params.missingProperty
        : error.keyword === 'additionalProperties'
          ? error.params.additionalProperty
          : undefined;
    const field = named === undefined ? path || '(body)' : [path, String(named)].filter(Boolean).join('.');
    if (Object.hasOwn(fields, field)) continue;
    // A required text that showed nothing (or too little of it): said as its length.
    const filled = error.keyword === 'pattern' ? filledLength(String(error.params.pattern)) : undefined;
    if (filled !== undefined) {
      fields[field] =
        filled === 1
          ? translate(locale, 'validation.required')
          : translate(locale, 'validation.minLength', { limit: filled });
      continue;
    }
    const specific = specificMessage(error);
    const key = hasMessage(specific) ? specific : (`validation.${error.keyword}` as MessageKey);
    fields[field] = translate(locale, key, withLimitInWords(error.params, locale), error.message);
  }
  return fields;
}

/**
 * A query parameter given twice (`?q=a&q=b`) where it takes one value arrives as a list: said as
 * that, not as "enter text" about a parameter that had text.
 */
function repeatedParameters(
  request: FastifyRequest,
  errors: readonly AjvError[],
  context: string | undefined,
  locale: Locale,
): Record<string, string> {
  if (context !== 'querystring') return {};
  return repeatedParameterFields((request.query ?? {}) as Record<string, unknown>, errors, locale);
}

/** Of a query string read into `query`: each parameter given more than once where one is taken. */
export function repeatedParameterFields(
  query: Record<string, unknown>,
  errors: readonly AjvError[],
  locale: Locale,
): Record<string, string> {
  const repeated = errors
    .filter((error) => error.keyword === 'type' && error.params.type !== 'array')
    .map((error) => error.instancePath.replace(/^\//, ''))
    .filter((name) => name !== '' && !name.includes('/') && Array.isArray(query[name]));
  return Object.fromEntries(repeated.map((name) => [name, translate(locale, 'validation.repeated')]));
}

/**
 * A list parameter given once (`?educationLevel=phd`) is read as a list of one, so its wrong
 * value was named `educationLevel.0`: named as it was sent, `educationLevel`. Given more than
 * once, each value keeps its place (`educationLevel.1`), so a client can leave out that one.
 */
function namedAsSent(
  request: FastifyRequest,
  fields: Record<string, string>,
  context: string | undefined,
): Record<string, string> {
  if (context !== 'querystring') return fields;
  const sent = new URLSearchParams(request.url.split('?')[1] ?? '');
  const named: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [field, message] of Object.entries(fields)) {
    const single = /^(.+)\.0$/.exec(field);
    named[single && sent.getAll(single[1]!).length === 1 ? single[1]! : field] = message;
  }
  return named;
}

/** "24 uur", "35 minuten", "1 minute", "40 seconden": a wait as people say it, rounded up. */
export function waitInWords(seconds: number, locale: Locale): string {
  if (seconds < 60) {
    const n = Math.max(1, Math.ceil(seconds));
    if (locale === 'en') return `${n} second${n === 1 ? '' : 's'}`;
    return `${n} ${n === 1 ? 'seconde' : 'seconden'}`;
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const [n, unit] = minutes <= 90 ? [minutes, 'minute'] : [Math.ceil(minutes / 60), 'hour'];
  if (locale === 'en') return `${n} ${unit}${n === 1 ? '' : 's'}`;
  return unit === 'hour' ? `${n} uur` : `${n} ${n === 1 ? 'minuut' : 'minuten'}`;
}

/** One field's message in the caller's language ("€ 14.490" in Dutch, "14,490" in English). */
export function renderFieldMessage(message: MessageKey | string | FieldMessage, locale: Locale): string {
  if (typeof message === 'string') return translate(locale, message as MessageKey, {}, message);
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value, locale) : value,
    ]),
  );
  return translate(locale, message.key, params);
}

/** An AppError in the API's error shape, in the caller's language. */
export function renderAppError(error: AppError, locale: Locale) {
  const fields = error.extra.fields
    ? Object.fromEntries(Object.entries(error.extra.fields).map(([k, v]) => [k, renderFieldMessage(v, locale)]))
    : undefined;
  return {
    code: error.code,
    message: translate(locale, error.messageKey, {
      ...Object.fromEntries(
        Object.entries(error.extra.params ?? {}).map(([name, value]) => [
          name,
          typeof value === 'object' ? translate(locale, value.key) : value,
        ]),
      ),
      ...(error.extra.retryAfterSeconds === undefined
        ? {}
        : { wait: waitInWords(error.extra.retryAfterSeconds, locale) }),
    }),
    ...(fields ? { fields } : {}),
    ...(error.extra.currentVersion !== undefined ? { currentVersion: error.extra.currentVersion } : {}),
    ...(error.extra.currentState !== undefined ? { currentState: error.extra.currentState } : {}),
  };
}

/**
 * Whether PostgreSQL refused a value as data (SQLSTATE class 22: NUL in text, a number out
 * of range, a malformed date or uuid, text too long), however wrapped (e.g. by drizzle).
 * Validation should have caught it; when it did not, it is still the caller's input.
 */
export function isDataException(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const { code, severity } = current as { code?: unknown; severity?: unknown };
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) && severity !== undefined) return true;
    current = current.cause;
  }
  return false;
}

/**
 * The unique index PostgreSQL refused a row for (SQLSTATE 23505), however wrapped: its name, or
 * `''` when the driver did not say; undefined for any other error. A value that is taken is the
 * caller's to change (409), never a 500.
 */
export function uniqueViolation(error: unknown): string | undefined {
  return constraintViolated(error, '23505');
}

/**
 * A foreign key PostgreSQL refused (SQLSTATE 23503), however wrapped, and which way: a row
 * written that refers to one that is gone (`refersToGone`, with the key it named), or a row
 * removed that others still refer to.
 */
export function foreignKeyViolation(
  error: unknown,
): { constraint: string; refersToGone: boolean; key: string | undefined } | undefined {
  const violation = violationOf(error, '23503');
  if (!violation) return undefined;
  const { message, detail } = violation as { message?: unknown; detail?: unknown };
  return {
    constraint: typeof violation.constraint === 'string' ? violation.constraint : '',
    refersToGone: typeof message === 'string' && message.startsWith('insert or update on table'),
    key: typeof detail === 'string' ? /^Key \([^)]*\)=\(([^)]*)\)/.exec(detail)?.[1] : undefined,
  };
}

function constraintViolated(error: unknown, sqlState: string): string | undefined {
  const violation = violationOf(error, sqlState);
  if (!violation) return undefined;
  return typeof violation.constraint === 'string' ? violation.constraint : '';
}

/** The error of the chain PostgreSQL raised with this SQLSTATE. */
function violationOf(error: unknown, sqlState: string): (Error & { constraint?: unknown }) | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    if ((current as { code?: unknown }).code === sqlState) return current;
    current = current.cause;
  }
  return undefined;
}

/** The field each unique index is about, and what to say of a value it already holds. */
const TAKEN: Record<string, { field: string; message: MessageKey }> = {
  vacancies_external_id_key: { field: 'externalId', message: 'error.external_id_taken' },
};

/** Whether the browser asks for HTML: a person will read the answer. */
export const acceptsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/**
 * A browser asking for a page (not the API or a feed), which a person reads: also an address
 * that looks like a file's, asked for as HTML (`/over.html`). The rate limit refuses such a
 * request before the web app could render it.
 */
function wantsPage(request: FastifyRequest): boolean {
  if (isApiOrFeed(request)) return false;
  return acceptsHtml(request);
}

const pageLocale = (request: FastifyRequest): Locale => pageLanguage(request.url.split('?')[0] ?? '');

/** The error as a small page of its own, in the page's language: no scripts, no styles to load. */
function errorPage(locale: Locale, status: number, message: string): string {
  const [title, home, homeText] =
    locale === 'en'
      ? [status === 429 ? 'Please wait a moment' : 'Something went wrong', '/en/', 'To the home page']
      : [status === 429 ? 'Even geduld' : 'Er ging iets mis', '/', 'Naar de startpagina'];
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeMarkup(title)} | Samenwerven</title>
  </head>
  <body>
    <main>
      <h1>${escapeMarkup(title)}</h1>
      <p>${escapeMarkup(message)}</p>
      <p><a href="${home}">${homeText}</a></p>
    </main>
  </body>
</html>
`;
}

/** The error in the API's shape; a page asked for by a browser gets it as a page. */
function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  error: { code: string; message: string; [detail: string]: unknown },
) {
  if (wantsPage(request))
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(errorPage(pageLocale(request), status, error.message));
  return reply.status(status).send({ error });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = wantsPage(request) ? pageLocale(request) : localeOf(request);
  // An error answer is never cached or saved as a download, whatever the route had set.
  void reply.header('cache-control', 'no-store').removeHeader('content-disposition');
  if (error instanceof AppError) {
    if (error.extra.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(Math.ceil(error.extra.retryAfterSeconds)));
    if (error.statusCode >= 500) request.log.warn({ err: error.cause ?? error }, error.code);
    return sendError(request, reply, error.statusCode, renderAppError(error, locale));
  }
  if (error.validation) {
    return sendError(request, reply, 400, {
      code: 'validation_failed',
      message: translate(locale, 'error.validation_failed'),
      fields: {
        ...namedAsSent(request, fieldMessages(error.validation as AjvError[], locale), error.validationContext),
        ...repeatedParameters(request, error.validation as AjvError[], error.validationContext, locale),
      },
    });
  }
  if (isDatabaseUnavailable(error)) {
    // The database is down or restarting: a clear, retryable answer instead of a 500.
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', String(UNAVAILABLE_RETRY_SECONDS));
    return sendError(request, reply, 503, {
      code: 'service_unavailable',
      message: translate(locale, 'error.service_unavailable'),
    });
  }
  const constraint = uniqueViolation(error);
  if (constraint !== undefined) {
    const taken = TAKEN[constraint];
    // A unique index no input is checked against (a token, a file's key) is the portal's own doing.
    if (!taken) request.log.warn({ err: error, constraint }, 'a unique index refused a row');
    return sendError(request, reply, 409, {
      code: 'conflict',
      message: translate(locale, taken?.message ?? 'error.taken'),
      ...(taken ? { fields: { [taken.field]: translate(locale, taken.message) } } : {}),
    });
  }
  const reference = foreignKeyViolation(error);
  const principal = request.principal;
  const ownAccount = principal === undefined || (principal.kind === 'user' && reference?.key === principal.userId);
  if (reference?.refersToGone && reference.constraint.endsWith('_users_id_fk') && ownAccount) {
    // A row of the caller's own account, which was erased while the request ran (an application
    // uploading; an attacker's review), or of the account signing in (a diff review): signed
    // out, no 500. (PostgreSQL says which way in English, as its embedded and official servers do.)
    request.log.warn({ err: error, constraint: reference.constraint }, "the caller's account is gone");
    return sendError(request, reply, 401, {
      code: 'unauthenticated',
      message: translate(locale, 'error.unauthenticated'),
    });
  }
  if (reference && !reference.refersToGone) {
    // A row removed while another came to refer to it (an account erased while it signed in
    // elsewhere; a diff review): the same request again finds it settled.
    request.log.warn({ err: error, constraint: reference.constraint }, 'a removal met a new reference');
    return sendError(request, reply, 409, { code: 'conflict', message: translate(locale, 'error.reference_changed') });
  }
  if (isDataException(error)) {
    request.log.warn({ err: error }, 'the database refused a value');
    return sendError(request, reply, 400, { code: 'bad_request', message: translate(locale, 'error.bad_request') });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: malformed JSON, too large, wrong content type, rate limit.
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 429
            ? 'rate_limited'
            : 'bad_request';
    return sendError(request, reply, status, { code, message: translate(locale, `error.${code}` as MessageKey) });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(request, reply, 500, { code: 'internal', message: translate(locale, 'error.internal') });
}

/** 405, with the methods the address does take. */
export function methodNotAllowed(request: FastifyRequest, reply: FastifyReply, allowed: readonly string[]) {
  return reply
    .status(405)
    .header('allow', allowed.join(', '))
    .header('cache-control', 'no-store')
    .send({
      error: { code: 'method_not_allowed', message: translate(localeOf(request), 'error.method_not_allowed') },
    });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  // A path that exists, asked by a method it does not take: 405 with the ones it does.
  const allowed = request.server.allowedMethods(request.url.split('?')[0]!);
  if (allowed.length > 0 && !allowed.includes(request.method)) return methodNotAllowed(request, reply, allowed);
  return reply
    .status(404)
    .header('cache-control', 'no-store')
    .send({ error: { code: 'not_found', message: translate(localeOf(request), 'error.not_found') } });
}

/**
 * Requests the HTTP parser refuses (headers too large, a malformed request line) never
 * become a request: answered on the socket itself, still in the API's error shape. There
 * are no parsed headers to choose a language from, so the message is Dutch.
 */
export function clientErrorHandler(
  this: { log: { debug(obj: object, msg: string): void } },
  error: Error & { code?: string },
  socket: Socket,
) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code]: [number, MessageKey] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'error.headers_too_large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'error.request_timeout']
        : [400, 'error.bad_request'];
  this.log.debug({ err: error }, 'request refused by the HTTP parser');
  // Never into the middle of an answer already under way on this connection.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const body = JSON.stringify({ error: { code: code.slice('error.'.length), message: translate('nl', code) } });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `cache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

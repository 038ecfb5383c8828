/**
 * What the server's log keeps of a request (AVG: data minimisation). Fastify's default logs the
 * whole address and the caller's IP address: a mailed link's token in the query string (a
 * password reset read from the log is an account taken over), search words beside the address
 * that typed them. The log keeps the method, the path and which query parameters came, never
 * their values, and no IP address (the per-network limits count them in memory; the audit log
 * keeps what security needs, for a limited time).
 */
import type { FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The path with each query parameter's value left out: `/zoeken?q=…&near=…`. Whatever follows a
 * fragment mark or a `;` (sent raw, or encoded as `%23` by a mail program that rewrote a link)
 * goes whole: a mailed token may be in it.
 */
export function withoutQueryValues(url: string): string {
  const cut = /[#;]|%23/i.exec(url);
  const query = url.indexOf('?');
  if (cut && (query === -1 || cut.index < query)) return `${url.slice(0, cut.index)}…`;
  const path = query === -1 ? url : url.slice(0, query);
  const rest = query === -1 ? '' : url.slice(query + 1).split(/[#]|%23/i)[0]!;
  const names = rest
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => `${pair.split('=')[0]!.slice(0, 40)}=…`);
  return names.length > 0 ? `${path}?${names.join('&')}` : path;
}

/** The `req` serializer of the portal's logger. */
export function requestForLog(request: FastifyRequest): { method: string; url: string } {
  return { method: request.method, url: withoutQueryValues(request.url) };
}

const LEFT_OUT = 'params: (left out)';
/** PostgreSQL's message about a value it refused ends with that value, quoted. */
const QUOTED_VALUE = /^(.*: )"[\s\S]*"$/;

/**
 * The `err` serializer: pino's, without the values a query carried. A failed insert logged the
 * applicant's name, address and letter (an attacker's review): drizzle puts a query's values in
 * its error's `params`, and in its message and stack as "params: …" (for each error in the chain
 * of causes); PostgreSQL's `detail` quotes the key it refused ("Key (email)=(…)"), and its message
 * about a value it could not read ends with that value.
 */
export function errorForLog(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { params, detail, ...serialised } = pino.stdSerializers.err(error) as Record<string, unknown>;
  // Each text that quotes a value, and what it reads as instead.
  const carried = new Map<string, string>();
  let cause: unknown = error;
  for (let depth = 0; cause instanceof Error && depth < 10; depth++, cause = cause.cause) {
    const values = (cause as { params?: unknown }).params;
    if (Array.isArray(values) && values.length > 0) carried.set(`params: ${String(values)}`, LEFT_OUT);
    // `invalid input syntax for type uuid: "…"`, `date/time field value out of range: "…"`.
    const quoted = 'severity' in cause ? QUOTED_VALUE.exec(cause.message) : null;
    if (quoted) carried.set(cause.message, `${quoted[1]}(left out)`);
  }
  const leftOut = (text: unknown) =>
    typeof text === 'string'
      ? [...carried].reduce((out, [values, instead]) => out.replaceAll(values, () => instead), text)
      : text;
  return {
    ...serialised,
    message: leftOut(serialised['message']),
    stack: leftOut(serialised['stack']),
    ...(params !== undefined ? { params: '(left out)' } : {}),
    ...(detail !== undefined ? { detail: '(left out)' } : {}),
  };
}

/**
 * The `error` key, where a log line keeps only an error's message: without a query's values
 * (drizzle's message ends with them, see `errorForLog`).
 */
export function errorMessageForLog(message: unknown): unknown {
  return typeof message === 'string' ? message.replace(/\nparams: [\s\S]*$/, () => `\n${LEFT_OUT}`) : message;
}

/**
 * The portal's logger: JSON lines (pretty on a developer's terminal), requests as
 * `requestForLog` keeps them, errors without a query's values. `destination` is for tests that
 * read what was logged.
 */
export function createPortalLogger(
  options: { level: string; pretty?: boolean },
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: options.level,
      serializers: { req: requestForLog, err: errorForLog, error: errorMessageForLog },
      ...(options.pretty ? { transport: { target: 'pino-pretty' } } : {}),
    },
    destination,
  );
}

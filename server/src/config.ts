/**
 * Configuration, validated once at start against one schema. Types come from the
 * schema; nothing else in the server reads `process.env`.
 */
import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyServerOptions } from 'fastify';

/** Whether an address names this machine (`http://localhost:3000`). */
function isLoopbackAddress(address: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(address).hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

export const DEV_JWT_SECRET = 'samenwerven-development-secret-do-not-use-in-production';
/** Where the development secret may be used: only this machine can reach the server. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  /** Where embedded Postgres and Meilisearch keep their data, and the mail drop. */
  DATA_DIR: Type.String({ default: '.data', minLength: 1 }),
  /** Your own PostgreSQL; without it an embedded one starts. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** Your own Meilisearch; without it the embedded binary starts. */
  MEILI_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MEILI_MASTER_KEY: Type.Optional(Type.String({ minLength: 16 })),
  MEILI_INDEX: Type.String({ default: 'vacancies', pattern: '^[A-Za-z0-9_-]+$' }),
  JWT_SECRET: Type.String({ default: DEV_JWT_SECRET, minLength: 32 }),
  /** The address users reach the portal at: used in links, feeds and canonical URLs. */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  /** Seed the demo alliance into an empty database (never in production). */
  SEED_DEMO: Type.Boolean({ default: true }),
  /**
   * Public pages rendered on the server, complete before any script runs (issue 17). Off: every
   * page is rendered by the browser alone — for comparison and for debugging.
   */
  SERVER_RENDERING: Type.Boolean({ default: true }),
  /**
   * Identical searches reuse the engine's answer while it is exactly what the engine would say
   * (server/src/vacancies/search-cache.ts). Off: every search asks the engine — for comparison.
   */
  SEARCH_CACHE: Type.Boolean({ default: true }),
  /**
   * While the search engine is away, identical searches share one database query and reuse its
   * answer for a few seconds (server/src/vacancies/degraded-search.ts). Off: every search queries
   * the database on its own — the bench's plain Postgres baseline.
   */
  DEGRADED_SHARING: Type.Boolean({ default: true }),
  DEMO_VACANCIES: Type.Integer({ default: 400, minimum: 0, maximum: 200_000 }),
  /** SMTP server for e-mail (smtp://user:pass@host:port); without it mail is written to DATA_DIR/mail. */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ default: 'Samenwerven <noreply@samenwerven.example>', minLength: 3 }),
  /**
   * Applicants' files in an S3-compatible bucket (private: the portal checks who may read)
   * instead of DATA_DIR/files. S3_ENDPOINT for anything but AWS itself (MinIO, Garage, a
   * provider's); without the key pair the SDK's own credential chain is used.
   */
  S3_BUCKET: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' })),
  S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  S3_REGION: Type.String({ default: 'us-east-1', minLength: 1 }),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  /**
   * Free space kept on the disk of the files (DATA_DIR, or the spool before a bucket): below it an
   * application with files is refused (503) rather than fill the disk PostgreSQL may share.
   */
  FILES_MIN_FREE_MB: Type.Integer({ default: 1024, minimum: 0 }),
  /** Megabytes of applicants' files one network may send an hour (applications/upload-volume.ts). */
  UPLOAD_MB_PER_HOUR: Type.Integer({ default: 300, minimum: 1 }),
  /** Lifetime of an access token; the refresh cookie renews it. */
  ACCESS_TOKEN_MINUTES: Type.Integer({ default: 15, minimum: 1, maximum: 60 }),
  SESSION_DAYS: Type.Integer({ default: 30, minimum: 1, maximum: 90 }),
  /**
   * Failed sign-ins allowed for one account from one address in a window (also: reset
   * links asked for one account, tries of one e-mailed token). From elsewhere the account
   * still works, so an attacker cannot lock its owner out.
   */
  LOGIN_MAX_PER_ACCOUNT: Type.Integer({ default: 10, minimum: 1 }),
  /** Failed sign-ins and token tries, registrations and reset requests of one address in a window, all together. */
  LOGIN_MAX_PER_ADDRESS: Type.Integer({ default: 300, minimum: 1 }),
  LOGIN_WINDOW_SECONDS: Type.Integer({ default: 900, minimum: 1 }),
  /** Requests of one address per minute, to any route but the web app's hashed build files. No address is exempt. */
  RATE_LIMIT_PER_MINUTE: Type.Integer({ default: 600, minimum: 1 }),
  /**
   * Behind a load balancer or reverse proxy: which X-Forwarded-For to believe (`trustProxy`).
   * Without it, every client behind the proxy shares the proxy's address, and with it every
   * per-address limit. `true` is one proxy; a number is that many in a row; or the proxies'
   * addresses and ranges, comma-separated.
   */
  TRUST_PROXY: Type.String({
    default: 'false',
    pattern: '^(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)$',
  }),
  /**
   * Ask browsers to be put on the HSTS preload list (`preload` in Strict-Transport-Security,
   * which is sent over HTTPS only). Off by default: preloading binds the whole domain and every
   * subdomain to HTTPS in every browser, and undoing it takes months — the owner of the domain
   * decides that, not the portal.
   */
  HSTS_PRELOAD: Type.Boolean({ default: false }),
  /** Run the background workers (search sync, schedules) in this process. */
  RUN_WORKERS: Type.Boolean({ default: true }),
  /** Match and send e-mail alerts in this process (with RUN_WORKERS; the benchmark measures that step itself). */
  RUN_ALERTS: Type.Boolean({ default: true }),
  /**
   * How to reach the alliance office (the coordinating body): shown on the portal's pages
   * (GET /api/v1/contact) and in every mail that tells someone to ask it. The defaults are
   * the demo's; a real alliance sets its own.
   */
  ALLIANCE_NAME: Type.String({ default: 'Alliantiebureau Samenwerven', minLength: 2, maxLength: 200 }),
  ALLIANCE_EMAIL: Type.String({
    default: 'alliantiebureau@samenwerven.example',
    pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
    maxLength: 254,
  }),
  ALLIANCE_PHONE: Type.String({ default: '013 000 00 00', minLength: 3, maxLength: 50 }),
  ALLIANCE_ADDRESS: Type.String({ default: 'Voorbeeldstraat 1, 5000 AA Tilburg', minLength: 3, maxLength: 300 }),
});

type RawConfig = Static<typeof ConfigSchema>;
/** How to reach the alliance office, from the ALLIANCE_* settings (server/src/contact/). */
export interface AllianceContact {
  name: string;
  email: string;
  phone: string;
  address: string;
}

export type Config = RawConfig & {
  dataDir: string;
  publicUrl: string;
  isProduction: boolean;
  allianceContact: AllianceContact;
};

/** Every setting the portal reads from its environment. */
export const CONFIG_KEYS: readonly string[] = Object.keys(ConfigSchema.properties);

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Validates the environment; throws a ConfigError naming every wrong value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const keys = Object.keys(ConfigSchema.properties);
  const raw = Object.fromEntries(keys.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw));
  const problems = [...Value.Errors(ConfigSchema, converted)].map(
    (e) =>
      `${e.path.slice(1) || '(root)'}: ${e.message}${e.value !== undefined ? ` (got ${JSON.stringify(e.value)})` : ''}`,
  );
  if (problems.length > 0) throw new ConfigError(problems);
  const config = converted as RawConfig;
  const isProduction = config.NODE_ENV === 'production';
  if (isProduction && config.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET: set a secret of your own (at least 32 characters) in production');
  } else if (config.JWT_SECRET === DEV_JWT_SECRET && !LOOPBACK_HOSTS.has(config.HOST)) {
    // Anyone could sign tokens with the published development secret: only on this machine.
    problems.push(
      `JWT_SECRET: the development secret only works on a loopback HOST (127.0.0.1, ::1, localhost); ` +
        `set a secret of your own (at least 32 characters) to listen on ${config.HOST}`,
    );
  }
  if (isProduction && !config.PUBLIC_URL) {
    // Every mailed link (a password reset, a confirmation), feed and sitemap names the portal by it:
    // a default of localhost sends users to their own machine.
    problems.push('PUBLIC_URL: set the address users reach the portal at (https://…) in production');
  } else if (
    isProduction &&
    !/^https:\/\//.test(config.PUBLIC_URL ?? '') &&
    !isLoopbackAddress(config.PUBLIC_URL ?? '')
  ) {
    // Mailed links carry secrets (a password reset): never over plain HTTP, but on this machine.
    problems.push('PUBLIC_URL: use https:// in production (plain http only for localhost)');
  }
  if ((config.S3_ENDPOINT || config.S3_ACCESS_KEY_ID || config.S3_SECRET_ACCESS_KEY) && !config.S3_BUCKET) {
    problems.push("S3_BUCKET: name the bucket for applicants' files, or leave out the other S3_ settings");
  }
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...config,
    SEED_DEMO: config.SEED_DEMO && !isProduction,
    isProduction,
    dataDir: path.resolve(config.DATA_DIR),
    publicUrl: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    allianceContact: {
      name: config.ALLIANCE_NAME.trim(),
      email: config.ALLIANCE_EMAIL.trim(),
      phone: config.ALLIANCE_PHONE.trim(),
      address: config.ALLIANCE_ADDRESS.trim(),
    },
  };
}

/**
 * Fastify's `trustProxy` for TRUST_PROXY. `true` is one proxy in front, not "believe every
 * hop": a proxy adds the address it saw to what the client sent, and believing the whole header
 * let a client choose its address and so escape every per-address limit (a security review).
 */
export function trustProxySetting(value: string): FastifyServerOptions['trustProxy'] {
  if (value === 'false') return false;
  // So many proxies in a row, as proxy-addr counts hops (the socket's peer is hop 0).
  const hops = value === 'true' ? 1 : /^[0-9]+$/.test(value) ? Number(value) : undefined;
  if (hops !== undefined) return (_address: string, hop: number) => hop < hops;
  return value;
}

/**
 * The Fastify application as a plugin-composed factory. `main.ts` is the process around
 * it; tests build it in-process and use `app.inject`.
 *
 * Phases: external plugins (helmet, rate limit, swagger) → the app's own decorators
 * (db, search, config) → routes → the web app.
 */
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type FastifySchema,
} from 'fastify';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '@samenwerven/db';
import { limitedNetwork } from './network-address.ts';
import { trustProxySetting, type Config } from './config.ts';
import { buildValidator, validatorOptions } from './contract/validation.ts';
import { AppError, clientErrorHandler, ErrorResponse, errorHandler, notFound, notFoundHandler } from './errors.ts';
import { rejectUnstorableText } from './storable-text.ts';
import { applicationRoutes } from './applications/routes.ts';
import { useJsonBodyParser } from './contract/json-body.ts';
import { alertRoutes } from './alerts/routes.ts';
import { privacyRoutes } from './privacy/routes.ts';
import { talentPoolRoutes } from './talent-pool/routes.ts';
import { apiKeyRoutes } from './api-keys/routes.ts';
import { authPlugin } from './auth/plugin.ts';
import { httpCaching } from './http-caching.ts';
import { allowedMethodsIndex } from './allowed-methods.ts';
import { withExamples } from './contract/examples.ts';
import { operationContract } from './contract/operations.ts';
import { optionalBodiesOptional, queryDefaultsOptional, withDocumentedBody } from './contract/documents.ts';
import { mediaType } from './media-type.ts';
import { countingPlugin } from './counting/plugin.ts';
import { authRoutes } from './auth/routes.ts';
import { feedRoutes } from './feeds/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { contactRoutes } from './contact/routes.ts';
import { widgetRoutes } from './pages/widget-routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { SearchIndex } from './search-index.ts';
import type { EmbeddedStatus } from './runtime.ts';
import { membershipRoutes } from './membership/routes.ts';
import { searchAdminRoutes } from './search-admin/routes.ts';
import { figuresRoutes } from './figures/routes.ts';
import { profileRoutes } from './organisations/profile-routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { taxonomyRoutes } from './taxonomies/routes.ts';
import { vacancyManagementRoutes } from './vacancies/management-routes.ts';
import { vacancyRoutes } from './vacancies/routes.ts';
import { loadWebApp } from './web/plugin.ts';
import type { FileStore } from './applications/file-store.ts';
import { openFileStore } from './applications/open-file-store.ts';
import { renderApiReference } from './contract/api-reference.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    /** The supervised state of the servers this process started itself. */
    embeddedStatus: () => EmbeddedStatus;
    /** Where applicants' files are kept (a folder of DATA_DIR, or an S3-compatible bucket). */
    files: FileStore;
  }
}

export interface AppOptions {
  config: Config;
  db: Database;
  search: SearchIndex;
  /** The built web app (web/dist); when absent only the API is served. */
  webRoot?: string;
  jobs?: JobQueue;
  /** The embedded servers' supervised state (from the runtime), for the health view. */
  embeddedStatus?: () => EmbeddedStatus;
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
}

export type App = FastifyInstance;

/**
 * What the pages may use of the browser: copying a link or an API key to the clipboard, and
 * nothing else — no camera, microphone, location, payment or sensors, for the portal's own
 * pages or anything embedded in them.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** A year, as the HSTS preload list requires; with `preload` only when the operator chose it (HSTS_PRELOAD). */
const hsts = (preload: boolean) => `max-age=31536000; includeSubDomains${preload ? '; preload' : ''}`;

/**
 * Whether a request sent a body: a length above nothing, or chunks that were not empty (some
 * clients send an empty body in chunks). GET and HEAD bodies are never read.
 */
function carriesBody(request: FastifyRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  if (Number(request.headers['content-length'] ?? 0) > 0) return true;
  if (request.headers['transfer-encoding'] === undefined) return false;
  const { body } = request;
  return !(body === undefined || body === '' || (Buffer.isBuffer(body) && body.length === 0));
}

/**
 * The media types an API operation takes its body in (JSON unless it says otherwise), or
 * undefined where the route reads its body itself: a file as it is, a page's form.
 */
function typesTaken(schema: FastifySchema | undefined): readonly string[] | undefined {
  if (schema === undefined || schema.hide === true || 'documentedBody' in schema) return undefined;
  if (schema.consumes !== undefined) return schema.consumes as readonly string[];
  return ['application/json'];
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: trustProxySetting(options.config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // Longer path parameters than the router's 100 characters reach their schema, whose field
    // message says how long one may be (an external id of 101 characters got a bare 414).
    routerOptions: { maxParamLength: 1000 },
    ajv: { customOptions: validatorOptions },
    schemaController: { compilersFactory: { buildValidator } },
    // Malformed requests get the API's error shape too, not Fastify's default one.
    clientErrorHandler,
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    // Node answers an HTTP/1.1 request without Host itself, with an empty 400: let it through, to
    // be refused by the first hook below in the contract's shape.
    http: { requireHostHeader: false },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onRequest', async (request) => {
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined)
      throw new AppError(400, 'bad_request', 'error.missing_host');
    // No API address ends in a slash: the router took the empty last segment for an id, so
    // `/vacancies/` was a 400 on `id` and `…/users/` a 405 that said a list cannot be read (an
    // attacker's review). An address nothing answers is a 404.
    const path = request.url.split('?', 1)[0]!;
    if (path.startsWith('/api/v1/') && path.length > '/api/v1/'.length && path.endsWith('/')) throw notFound();
  });

  const web = options.webRoot
    ? await loadWebApp(options.webRoot, { serverRendering: options.config.SERVER_RENDERING })
    : undefined;
  app.setErrorHandler(errorHandler);
  useJsonBodyParser(app);
  app.setNotFoundHandler(web ? web.notFound : notFoundHandler);
  app.addSchema(ErrorResponse);
  // An action posted without a body (publish, approve, …) is validated as an empty object; so is
  // one sent with a type over no body (`''` of text/plain), where the operation takes JSON.
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'POST') return;
    const json = typesTaken(request.routeOptions.schema) !== undefined;
    if (request.body === undefined || (json && !carriesBody(request))) request.body = {};
  });
  // A route with a body schema takes JSON (or what its `consumes` says) and only that: a CSV file
  // or plain text sent to it (read as bytes or text for the routes that take those) is the wrong
  // type, not a field problem. An operation that takes no body (duplicate, sign out) takes nothing
  // or JSON (the `{}` clients send by habit): text or a form sent to it is the wrong type too.
  app.addHook('preValidation', async (request) => {
    const sent = request.headers['content-type'];
    const schema = request.routeOptions.schema;
    const takes = typesTaken(schema);
    if (sent === undefined || takes === undefined) return;
    // A type named over no body at all (as some clients do on DELETE) sends nothing of that type:
    // an apply-again with no corrections, `text/plain` and nothing, was a 415 (a diff review).
    if (!carriesBody(request)) return;
    if (!takes.includes(mediaType(sent)))
      throw new AppError(415, 'unsupported_media_type', 'error.unsupported_media_type');
  });
  app.addHook('preValidation', rejectUnstorableText);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // No address is passed on (helmet's default): pages with a token in their address (an
    // invitation, a reset link) must not hand it to every request they make. The search pages
    // alone pass theirs on within the portal (web/plugin.ts), for a vacancy's way back.
    referrerPolicy: { policy: 'no-referrer' },
    // Sent over HTTPS only, below: browsers ignore it over plain HTTP.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.protocol === 'https') reply.header('strict-transport-security', hsts(options.config.HSTS_PRELOAD));
    return payload;
  });
  // Every address alike, loopback too: behind a reverse proxy on this host (without
  // TRUST_PROXY) every client arrives from 127.0.0.1, and an exemption would turn all limits off.
  // An instance hook added before the auth plugin's: it counts every request first, also
  // those that authentication refuses and those no route matches (the web app's pages).
  await app.register(rateLimit, {
    global: false,
    max: options.config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    // By network: an IPv6 address by its /64 (./network-address.ts).
    keyGenerator: (request) => limitedNetwork(request.ip),
    // The web app's hashed build files are not counted: a page load fetches a dozen, they are
    // cached for a year and cost nothing, and an office behind one address must not run out
    // of requests by opening pages.
    allowList: (request) => request.routeOptions.url?.startsWith('/assets/') === true,
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'rate_limited', 'error.too_many_requests', {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
  app.addHook('onRequest', app.rateLimit());
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Samenwerven API',
        version: '1.0.0',
        description: 'The public contract of the joint recruitment portal (see API.md).',
        license: {
          name: 'EUPL-1.2',
          url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
        },
      },
      servers: [{ url: options.config.publicUrl }],
      components: {
        // Each operation names the schemes it takes (`security`), from its access rule (auth/plugin.ts).
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'A signed-in user’s access token, from POST /auth/login (the `token` of its answer)',
          },
          cookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'sw_access',
            description: 'The web app’s session cookie (writes also send the `sw_csrf` cookie as `X-CSRF-Token`)',
          },
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'swk_…',
            description:
              'An organisation API key (`Authorization: Bearer swk_…`), made by an organisation admin on the ' +
              'API-keys page. It acts only for its own organisation, with its scopes: `read`, `write`, `publish` ' +
              '(an operation says which one it needs in `x-api-key-scope`). `GET /api/v1/me` answers which key ' +
              'it is and its organisation’s id.',
          },
        },
      },
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'vacancies', description: 'The shared search and vacancies' },
        { name: 'organisations', description: 'Member organisations' },
        { name: 'taxonomies', description: 'Shared value lists' },
        { name: 'contact', description: 'How to reach the alliance office' },
        { name: 'auth', description: 'Accounts, sign-in and sessions' },
        { name: 'staff', description: 'An organisation’s staff (organisation admins)' },
        { name: 'vacancy management', description: 'An organisation’s own vacancies (HR officers, ATS integrations)' },
        { name: 'search admin', description: 'Synonyms, index health and rebuilds (coordinator)' },
        { name: 'feeds', description: 'RSS and Atom feeds, sitemap' },
        { name: 'membership', description: 'Joining, leaving, suspension, export, audit and figures' },
        { name: 'api-keys', description: 'Integration keys for an organisation’s ATS (organisation admins)' },
        { name: 'applications', description: 'Applying through the portal, the HR inbox and the applicant’s own view' },
        { name: 'alerts', description: 'E-mail alerts and saved searches' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    // A route that reads a file's bytes itself says what to send in `documentedBody`.
    transform: ({ schema, url }) => withDocumentedBody({ schema, url }),
    // Every request body and success answer with an example made from its schema.
    transformObject: (documents) =>
      'openapiObject' in documents
        ? withExamples(optionalBodiesOptional(queryDefaultsOptional(documents.openapiObject)))
        : documents.swaggerObject,
  });

  app.decorate('config', options.config);
  app.decorate('db', options.db);
  app.decorate('searchIndex', {
    ...options.search,
    cacheAnswers: options.config.SEARCH_CACHE,
    shareDegraded: options.config.DEGRADED_SHARING,
  });
  app.decorate('jobs', options.jobs);
  app.decorate('files', openFileStore(options.config));
  app.decorate('embeddedStatus', options.embeddedStatus ?? (() => ({})));
  await app.register(allowedMethodsIndex);
  await app.register(authPlugin);
  await app.register(operationContract);
  // Validators and cache headers first, then compression: the ETag is of the answer itself, and
  // compression adds Accept-Encoding to the Vary the caching named.
  await app.register(httpCaching);
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    // Below a kilobyte the headers outweigh what compressing saves.
    threshold: 1024,
    // Quality 4: a page or an answer of tens of kilobytes in about a millisecond, most of what
    // the slowest quality would save (the built scripts come compressed at the best one).
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(countingPlugin);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { publicAnswer: true }, schema: { hide: true } }, async () => app.swagger());
      await api.register(healthRoutes);
      await api.register(vacancyRoutes);
      await api.register(vacancyManagementRoutes);
      await api.register(organisationRoutes);
      await api.register(profileRoutes);
      await api.register(taxonomyRoutes);
      await api.register(contactRoutes);
      await api.register(authRoutes);
      await api.register(staffRoutes);
      await api.register(apiKeyRoutes);
      await api.register(membershipRoutes);
      await api.register(auditRoutes);
      await api.register(figuresRoutes);
      await api.register(alertRoutes);
      await api.register(searchAdminRoutes);
      await api.register(applicationRoutes);
      await api.register(privacyRoutes);
      await api.register(talentPoolRoutes);
    },
    { prefix: '/api/v1' },
  );
  // The reference for people, written from the document once it is complete (contract/api-reference.ts).
  let reference: string | undefined;
  for (const url of ['/api/docs', '/api/docs/'])
    app.get(url, { config: { publicAnswer: true }, schema: { hide: true } }, async (_request, reply) => {
      reference ??= renderApiReference(app.swagger() as Parameters<typeof renderApiReference>[0]);
      return reply.type('text/html; charset=utf-8').send(reference);
    });

  await app.register(feedRoutes);
  await app.register(widgetRoutes);
  if (web) await app.register(web.plugin);
  return app;
}

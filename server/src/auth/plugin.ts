/**
 * Authentication and authorisation in one place.
 *
 * - Identity: a short-lived JWT (HS256, pinned, `exp` required) from the `sw_access` cookie
 *   (web app) or an `Authorization: Bearer` header (API clients); `Bearer swk_…` is an
 *   organisation API key. The token carries the user's token version: signing out, changing
 *   or resetting the password raise it, which ends every access token of that user at once.
 * - Decided as the request arrives (onRequest), before its body is parsed or validated, so
 *   a caller who may not call a route learns nothing about what it expects.
 * - Authorisation is declared per route in `config.access` and enforced here: who may call
 *   it, whether API keys may and with which scope (read, write, publish), whether the
 *   organisation must be an active member. The same rule is each operation's `security` in
 *   the OpenAPI document.
 * - Tenant scope: on any route with an `:orgId` parameter, staff act only on their own
 *   organisation; anything else is 404, whatever ids the request carries.
 * - CSRF: a state-changing request authenticated by cookie must echo the `sw_csrf` cookie
 *   in the `X-CSRF-Token` header (double submit); SameSite cookies are the second line.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isDatabaseUnavailable, type UserRole } from '@samenwerven/db';
import { AppError, notFound } from '../errors.ts';
import { membershipAllows } from '../membership/state-machine.ts';
import {
  API_KEY_PREFIX,
  loadApiKeyPrincipal,
  loadUserPrincipal,
  type ApiKeyPrincipal,
  type ApiKeyScope,
  type Principal,
  type UserPrincipal,
} from './principal.ts';
import { randomSecret } from './secrets.ts';
import { AttemptThrottle } from './throttle.ts';
import { isApiOrFeed, routedPath } from '../routed-path.ts';

export interface Access {
  /** Roles allowed to call the route; 'signed-in' is any signed-in user. */
  roles: readonly UserRole[] | 'signed-in';
  /**
   * Whether an organisation API key may call it, and the scope the key needs for it ('any':
   * every key, whatever its scopes). Without it, keys get 403.
   */
  apiKey?: ApiKeyScope | 'any';
  /** Writes that only members in good standing may make (not suspended or departed). */
  activeMembership?: boolean;
  /** Drafts, which a suspended or departed member may keep writing (membership/state-machine.ts). */
  draftingMembership?: boolean;
}

/** The OpenAPI security schemes (app.ts declares them): a user's access token, its cookie, an API key. */
export const SECURITY_SCHEMES = { bearer: 'bearer', cookie: 'cookie', apiKey: 'apiKey' } as const;
type SecurityRequirement = Record<string, string[]>;

/**
 * The security requirement of a public route that answers more to some callers (staff see
 * drafts, a job seeker's alert is theirs at once): anyone (`{}`), or signed in, or a key.
 */
export function optionalSecurity(options: { apiKey?: boolean } = {}): SecurityRequirement[] {
  return [
    {},
    { [SECURITY_SCHEMES.bearer]: [] },
    { [SECURITY_SCHEMES.cookie]: [] },
    ...(options.apiKey ? [{ [SECURITY_SCHEMES.apiKey]: [] }] : []),
  ];
}

/** The security requirement a route's access rule makes: none for a public route. */
function securityOf(access: Access | undefined): SecurityRequirement[] {
  if (!access) return [];
  return [
    { [SECURITY_SCHEMES.bearer]: [] },
    { [SECURITY_SCHEMES.cookie]: [] },
    ...(access.apiKey ? [{ [SECURITY_SCHEMES.apiKey]: [] }] : []),
  ];
}

/** A key's scope, refused: the message names what is missing. */
export function missingScope(scope: ApiKeyScope): AppError {
  return new AppError(403, 'insufficient_scope', 'error.api_key_scope', { params: { scope } });
}

/** Refuses a key that lacks `scope`; people (whose role decided already) pass. */
export function assertScope(principal: Principal | undefined, scope: ApiKeyScope): void {
  if (principal?.kind === 'api_key' && !principal.scopes.includes(scope)) throw missingScope(scope);
}

/** The calling key of a route that keys may call, or undefined for a person. */
export function currentKey(request: FastifyRequest): ApiKeyPrincipal | undefined {
  return request.principal?.kind === 'api_key' ? request.principal : undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
  }
  interface FastifyInstance {
    /** Signs a user in: sets the access, refresh and CSRF cookies. */
    /** Without a refresh token only the access cookie is renewed (the browser keeps its refresh cookie). */
    issueSessionCookies(reply: FastifyReply, tokens: { accessToken: string; refreshToken: string | undefined }): void;
    clearSessionCookies(reply: FastifyReply): void;
    /** An access token for this user at this token version (`users.token_version`). */
    signAccessToken(userId: string, tokenVersion: number): string;
    /**
     * Every check of a password or an e-mailed token counts here (throttle.ts): signing in, and
     * a signed-in user confirming their own password (a password change, erasing the account),
     * so a stolen session gets no more guesses at the password than a stranger.
     */
    passwordAttempts: AttemptThrottle;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

/** `ver` is the user's token version when it was signed; iat, having one-second steps, is not used. */
type AccessClaims = { sub: string; ver: number };

export const ACCESS_COOKIE = 'sw_access';
export const REFRESH_COOKIE = 'sw_refresh';
export const CSRF_COOKIE = 'sw_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user of a route that declared user roles. */
export function currentUser(request: FastifyRequest): UserPrincipal {
  const principal = request.principal;
  if (principal?.kind !== 'user') throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  return principal;
}

/**
 * Whether a signed-in coordinator makes the request: for an answer anyone may have, with more in
 * it for the coordinator (the access rule of a route that only a coordinator may call is `access`).
 */
export function isCoordinator(request: FastifyRequest): boolean {
  return request.principal?.kind === 'user' && request.principal.role === 'coordinator';
}

/**
 * A request to the API or a feed that sends `Authorization: Bearer`, except to the sign-in
 * routes (a client signing in again may still send its expired token).
 */
function sendsBearer(request: FastifyRequest): boolean {
  return (
    bearerToken(request.headers.authorization) !== undefined &&
    isApiOrFeed(request) &&
    !routedPath(request).startsWith('/api/v1/auth/')
  );
}

/**
 * The token of an `Authorization: Bearer …` header. The scheme's name is case-insensitive
 * (RFC 9110 11.1): a client library that sends `bearer` sends credentials all the same, and
 * must not be answered as an anonymous visitor.
 */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^bearer[ \t]+(\S.*)$/i.exec(header ?? '');
  return match?.[1]?.trim();
}

async function identify(app: FastifyInstance, request: FastifyRequest): Promise<Principal | undefined> {
  const token = bearerToken(request.headers.authorization);
  if (token !== undefined) {
    if (token.startsWith(API_KEY_PREFIX)) return loadApiKeyPrincipal(app.db, token);
    const claims = app.jwt.verify<AccessClaims>(token);
    return loadUserPrincipal(app.db, claims, 'bearer');
  }
  const cookie = request.cookies[ACCESS_COOKIE];
  if (!cookie) return undefined;
  const claims = app.jwt.verify<AccessClaims>(cookie);
  return loadUserPrincipal(app.db, claims, 'cookie');
}

/**
 * A write signed in by cookie must echo the CSRF cookie in its header (403 otherwise): the proof
 * that the portal's own page sent it, not another site. Also for the routes anyone may call
 * (applying, an alert), where a signed-in caller's request acts in their name.
 */
export function assertCsrf(request: FastifyRequest): void {
  const principal = request.principal;
  if (principal?.kind !== 'user' || principal.via !== 'cookie' || SAFE_METHODS.has(request.method)) return;
  assertCsrfEcho(request);
}

/**
 * Signing out: whenever the browser's session cookies make the request (the access cookie, or
 * the refresh cookie alone once the access token ran out), the CSRF echo too. Otherwise any page
 * of another site of the same domain could end the visitor's sessions in every browser.
 */
export function assertCsrfForSession(request: FastifyRequest): void {
  // The refresh cookie names a browser's session whoever else the request says it is (a bearer
  // token beside it must not end that session without the echo).
  if (request.cookies[REFRESH_COOKIE]) assertCsrfEcho(request);
  else assertCsrf(request);
}

function assertCsrfEcho(request: FastifyRequest): void {
  const sent = request.headers[CSRF_HEADER];
  if (!sent || sent !== request.cookies[CSRF_COOKIE]) throw new AppError(403, 'csrf_failed', 'error.csrf_failed');
}

/**
 * In this order: signed in (401), CSRF (403), own organisation (404), role or the key's scope
 * (403), membership (403).
 */
function authorise(request: FastifyRequest, access: Access): void {
  const principal = request.principal;
  if (!principal) throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  assertCsrf(request);
  const isCoordinator = principal.kind === 'user' && principal.role === 'coordinator';
  const coordinatorRoute = access.roles !== 'signed-in' && access.roles.includes('coordinator');
  // Params are routed but not yet validated here: an organisation id is compared as text, in the
  // lower case the database gives ids (a UUID in capitals names the same organisation), and handed
  // on in that form so the handlers compare it alike.
  const params = request.params as Record<string, unknown> | undefined;
  const orgId = typeof params?.orgId === 'string' ? (params.orgId = params.orgId.toLowerCase()) : undefined;
  // Another organisation's data does not exist for you: 404, never a hint that it does.
  if (typeof orgId === 'string' && !(isCoordinator && coordinatorRoute) && principal.organisationId !== orgId) {
    throw notFound();
  }
  if (principal.kind === 'api_key') {
    if (!access.apiKey) throw new AppError(403, 'forbidden', 'error.api_key_not_allowed');
    if (access.apiKey !== 'any') assertScope(principal, access.apiKey);
  } else if (access.roles !== 'signed-in' && !access.roles.includes(principal.role)) {
    throw new AppError(403, 'forbidden', 'error.forbidden');
  }
  const needs = access.activeMembership ? 'publish' : access.draftingMembership ? 'draft' : undefined;
  if (needs && !isCoordinator && !membershipAllows(principal.organisationState, needs)) {
    throw new AppError(403, 'membership_inactive', 'error.membership_inactive');
  }
}

export const authPlugin = fp(
  async (app) => {
    const config = app.config;
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: config.JWT_SECRET,
      sign: { algorithm: 'HS256', expiresIn: `${config.ACCESS_TOKEN_MINUTES}m` },
      verify: { algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'ver'] },
    });

    app.decorate(
      'passwordAttempts',
      new AttemptThrottle({
        windowMs: config.LOGIN_WINDOW_SECONDS * 1000,
        maxPerAddress: config.LOGIN_MAX_PER_ADDRESS,
        maxPerSubject: config.LOGIN_MAX_PER_ACCOUNT,
      }),
    );

    const cookieBase = { path: '/', sameSite: 'lax' as const, secure: config.isProduction };
    app.decorate('signAccessToken', (userId: string, tokenVersion: number) =>
      app.jwt.sign({ sub: userId, ver: tokenVersion }),
    );
    app.decorate(
      'issueSessionCookies',
      (reply: FastifyReply, tokens: { accessToken: string; refreshToken: string | undefined }) => {
        const sessionSeconds = config.SESSION_DAYS * 86_400;
        reply.setCookie(ACCESS_COOKIE, tokens.accessToken, { ...cookieBase, httpOnly: true, maxAge: sessionSeconds });
        if (tokens.refreshToken === undefined) return;
        reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, {
          ...cookieBase,
          path: '/api/v1/auth',
          sameSite: 'strict',
          httpOnly: true,
          maxAge: sessionSeconds,
        });
        reply.setCookie(CSRF_COOKIE, randomSecret(18), { ...cookieBase, httpOnly: false, maxAge: sessionSeconds });
      },
    );
    app.decorate('clearSessionCookies', (reply: FastifyReply) => {
      reply.clearCookie(ACCESS_COOKIE, { path: '/' });
      reply.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
    });

    // Every operation in the OpenAPI document says who may call it, from the same access rule
    // that is enforced below; a route that declares its own `security` (optional sign-in) keeps it.
    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      const schema = route.schema ?? {};
      if (schema.security !== undefined && !access) return;
      const scope = access?.apiKey && access.apiKey !== 'any' ? access.apiKey : undefined;
      route.schema = {
        ...schema,
        security: securityOf(access),
        // Which people may call it, beside the schemes (`securityOf` says how, not who).
        ...(access && access.roles !== 'signed-in' ? { 'x-roles': [...access.roles] } : {}),
        ...(scope
          ? {
              'x-api-key-scope': scope,
              description: [schema.description, `API keys need the scope \`${scope}\`.`].filter(Boolean).join('\n\n'),
            }
          : {}),
      };
    });

    app.decorateRequest('principal', undefined);
    // onRequest: before the body is parsed and validated (an anonymous caller gets 401, not
    // field messages), after the rate limiter and the cookie parser, which registered first.
    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      const bearer = sendsBearer(request);
      try {
        request.principal = await identify(app, request);
      } catch (error) {
        // A database that cannot be reached says nothing about the token: a route that needs
        // the caller (or was sent a key) answers 503, not 401; anything else (assets, pages,
        // public search) is served as to an anonymous visitor.
        if ((access || bearer) && isDatabaseUnavailable(error)) throw error;
        // An expired or forged token is no identity; a protected route then answers 401.
        request.principal = undefined;
      }
      // A key or token sent and refused (revoked, expired, forged) is said, also where anyone may
      // call: an integration must not read the public view, or "not found" for its own draft,
      // as if it were its own. (A browser's stale cookie is not: its pages refresh it.)
      if (bearer && !request.principal) throw new AppError(401, 'invalid_token', 'error.invalid_credentials_sent');
      if (access) authorise(request, access);
    });
  },
  { name: 'auth', dependencies: [] },
);

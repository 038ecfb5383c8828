import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorRef } from '../errors.ts';
import { Type } from '@sinclair/typebox';
import { currentUser, REFRESH_COOKIE } from './plugin.ts';
import {
  ChangePasswordBody,
  LoginBody,
  Me,
  RegisterBody,
  ResetRequestBody,
  SignedIn,
  TokenPasswordBody,
} from './schemas.ts';
import {
  acceptInvitation,
  changePassword,
  createSession,
  refreshSession,
  register,
  requestPasswordReset,
  resetPassword,
  signIn,
  signOut,
  userView,
  type AccountDeps,
} from './service.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 429: ErrorRef };

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Me);
  const deps: AccountDeps = {
    db: app.db,
    mailer: app.mailer,
    publicUrl: app.config.publicUrl,
    sessionDays: app.config.SESSION_DAYS,
  };
  // Brute force: attempts are limited per address and per account, whatever the outcome.
  // (createRateLimit, not rateLimit: the global limiter has already run for this request.)
  const window = app.config.LOGIN_WINDOW_SECONDS * 1000;
  const limiters = [
    app.createRateLimit({
      max: app.config.LOGIN_MAX_PER_ADDRESS,
      timeWindow: window,
      keyGenerator: (r) => `auth-ip:${r.ip}`,
    }),
    app.createRateLimit({
      max: app.config.LOGIN_MAX_PER_ACCOUNT,
      timeWindow: window,
      keyGenerator: (r) =>
        `auth-account:${String((r.body as { email?: unknown } | undefined)?.email ?? '')
          .trim()
          .toLowerCase()}`,
    }),
  ];
  const limitAttempts = async (request: FastifyRequest, reply: FastifyReply) => {
    for (const limiter of limiters) {
      const result = await limiter(request);
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(Math.ceil(result.ttlInSeconds)));
        throw new AppError(429, 'rate_limited', 'error.rate_limited');
      }
    }
  };

  const signedIn = async (reply: FastifyReply, session: { userId: string; refreshToken: string }) => {
    const accessToken = app.signAccessToken(session.userId);
    app.issueSessionCookies(reply, { accessToken, refreshToken: session.refreshToken });
    return { token: accessToken, user: await userView(app.db, session.userId) };
  };

  app.post(
    '/auth/register',
    {
      preHandler: [limitAttempts],
      schema: {
        tags: ['auth'],
        summary: 'Create a job seeker account and sign in',
        body: RegisterBody,
        response: { 201: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      const session = await register(deps, request.body);
      return reply.status(201).send(await signedIn(reply, session));
    },
  );

  app.post(
    '/auth/login',
    {
      preHandler: [limitAttempts],
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an httpOnly cookie and returns a bearer token',
        body: LoginBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => signedIn(reply, await signIn(deps, request.body, request.ip)),
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Renew the access token from the refresh cookie',
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      try {
        return await signedIn(reply, await refreshSession(deps, request.cookies[REFRESH_COOKIE]));
      } catch (error) {
        app.clearSessionCookies(reply);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out this browser', response: { 204: Type.Null() } } },
    async (request, reply) => {
      await signOut(app.db, request.cookies[REFRESH_COOKIE]);
      app.clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      preHandler: [limitAttempts],
      schema: {
        tags: ['auth'],
        summary: 'E-mail a single-use link to set a new password',
        body: ResetRequestBody,
        response: { 202: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      preHandler: [limitAttempts],
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the e-mailed token',
        body: TokenPasswordBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetPassword(app.db, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      preHandler: [limitAttempts],
      schema: {
        tags: ['auth'],
        summary: 'Accept a staff invitation: set a password and sign in',
        body: TokenPasswordBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => signedIn(reply, await acceptInvitation(deps, request.body)),
  );

  app.get(
    '/me',
    {
      config: { access: { roles: 'signed-in' } },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Type.Ref('Me'), 401: ErrorRef } },
    },
    async (request) => userView(app.db, currentUser(request).userId),
  );

  app.post(
    '/me/password',
    {
      config: { access: { roles: 'signed-in' } },
      schema: {
        tags: ['auth'],
        summary: 'Change your password (signs out other browsers)',
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await changePassword(app.db, user.userId, request.body);
      // Every session was ended; this browser gets a fresh one.
      if (user.via === 'cookie')
        await signedIn(reply, {
          userId: user.userId,
          refreshToken: await createSession(app.db, user.userId, deps.sessionDays),
        });
      return reply.status(204).send(null);
    },
  );
};

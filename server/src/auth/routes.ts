import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorRef } from '../errors.ts';
import { hourlyLimitPerAddress } from '../hourly-limit.ts';
import { sha256 } from './secrets.ts';
import { throttledAttempt } from './throttle.ts';
import { Type } from '@sinclair/typebox';
import { apiKeyIdentity } from '../api-keys/service.ts';
import { assertCsrfForSession, currentKey, currentUser, optionalSecurity, REFRESH_COOKIE } from './plugin.ts';
import {
  ApiKeyMe,
  ChangePasswordBody,
  LoginBody,
  Me,
  MePatch,
  RegisterBody,
  ResetRequestBody,
  SignedIn,
  ConfirmRegistrationBody,
  TokenBody,
  TokenPasswordBody,
} from './schemas.ts';
import { confirmRegistration, register } from './registration.ts';
import { invitationDetails } from '../staff/service.ts';
import { NO_BODY, NoFields } from '../contract/typebox.ts';
import {
  acceptInvitation,
  assertAcceptablePassword,
  changePassword,
  confirmOwnPassword,
  createSession,
  refreshSession,
  requestPasswordReset,
  resetPassword,
  assertResetLinkWorks,
  signIn,
  signOut,
  updateMe,
  userView,
  type AccountDeps,
  type Session,
} from './service.ts';

/**
 * Sign-ups, and reset links asked for, from one network address in an hour: enough for a job
 * centre's or a library's computers behind one address (a workshop signing everyone up), few
 * enough that one address cannot have thousands of mailboxes mailed.
 */
export const ACCOUNT_MAILS_PER_HOUR = 50;

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef, 429: ErrorRef };

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Me);
  app.addSchema(ApiKeyMe);
  const deps: AccountDeps = {
    db: app.db,
    publicUrl: app.config.publicUrl,
    sessionDays: app.config.SESSION_DAYS,
  };
  // Brute force, without locking anyone out (see throttle.ts): failures are counted per
  // address, and per address and account (or e-mailed token); successes do not count.
  const throttle = app.passwordAttempts;
  const account = (email: string) => `account:${email.trim().toLowerCase()}`;
  // Signing up and asking for a reset link mail the address typed. Each address gets a few such
  // mails a day at most (mail/outbox.ts); these limit how many addresses one network address can
  // have mailed, as for applying, alerts and joining. Counted once the form passed its checks (a
  // password refused as too weak costs nothing).
  const limitSignUps = hourlyLimitPerAddress(app, 'register', ACCOUNT_MAILS_PER_HOUR);
  const limitResetRequests = hourlyLimitPerAddress(app, 'password-reset', ACCOUNT_MAILS_PER_HOUR);
  const link = (token: string) => `token:${sha256(token)}`;
  // The same subject as erasing the account's (privacy/routes.ts): one count of guesses.
  const ownPassword = (userId: string) => `user:${userId}`;
  const attempt = <T>(
    request: FastifyRequest,
    subject: string | undefined,
    work: () => Promise<T>,
    failure?: string | readonly string[],
  ): Promise<T> => throttledAttempt(throttle, request.ip, subject, work, failure);

  const signedIn = async (reply: FastifyReply, session: Session) => {
    const accessToken = app.signAccessToken(session.userId, session.tokenVersion);
    app.issueSessionCookies(reply, { accessToken, refreshToken: session.refreshToken });
    return { token: accessToken, user: await userView(app.db, session.userId) };
  };

  app.post(
    '/auth/register',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Create a job seeker account: the same 202 whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)',
        body: RegisterBody,
        response: { 202: Type.Null(), ...errors },
      },
      preHandler: [
        async (request: FastifyRequest) => {
          const { email, password } = request.body as { email: string; password: string };
          assertAcceptablePassword(password, email);
        },
        limitSignUps,
      ],
    },
    async (request, reply) => {
      await attempt(request, account(request.body.email), () => register(deps, request.body));
      return reply.status(202).send(NO_BODY);
    },
  );

  app.post(
    '/auth/register/confirm',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Confirm the e-mail address of a new account (or an application’s admin) with the mailed token and the password chosen when it was made; signs in',
        body: ConfirmRegistrationBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      const session = await attempt(
        request,
        link(request.body.token),
        () => confirmRegistration(deps, request.body.token, request.body.password),
        // A wrong password is a failed try of the token too: the link cannot be used to guess it.
        ['invalid_token', 'validation_failed'],
      );
      return signedIn(reply, session);
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an httpOnly cookie and returns a bearer token',
        body: LoginBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      const session = await attempt(
        request,
        account(request.body.email),
        () => signIn(deps, request.body, request.ip),
        'invalid_credentials',
      );
      return signedIn(reply, session);
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Renew the access token from the refresh cookie',
        body: NoFields(),
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      try {
        return await signedIn(reply, await refreshSession(deps, request.cookies[REFRESH_COOKIE]));
      } catch (error) {
        // Only a refused session ends the cookies; an outage (503) must not sign anyone out.
        if (error instanceof AppError && error.statusCode === 401) app.clearSessionCookies(reply);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Sign out this browser; every access token of the user ends (other browsers renew theirs). With the session cookies, the CSRF echo is needed (403 csrf_failed without)',
        security: optionalSecurity(),
        body: NoFields(),
        response: { 204: Type.Null(), 400: ErrorRef, 403: ErrorRef },
      },
    },
    async (request, reply) => {
      assertCsrfForSession(request);
      const principal = request.principal;
      await signOut(app.db, {
        refreshToken: request.cookies[REFRESH_COOKIE],
        userId: principal?.kind === 'user' ? principal.userId : undefined,
      });
      app.clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'E-mail a single-use link to set a new password (older unused links stop working)',
        body: ResetRequestBody,
        response: { 202: Type.Null(), ...errors },
      },
      preHandler: limitResetRequests,
    },
    async (request, reply) => {
      await attempt(request, account(request.body.email), () =>
        requestPasswordReset(deps, request.body.email, request.body.locale),
      );
      return reply.status(202).send(NO_BODY);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the e-mailed token; every session of the user ends',
        body: TokenPasswordBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await attempt(request, link(request.body.token), () => resetPassword(app.db, request.body), 'invalid_token');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      schema: {
        tags: ['auth'],
        summary: 'Accept a staff invitation: set a password and sign in',
        body: TokenPasswordBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (request, reply) => {
      const session = await attempt(
        request,
        link(request.body.token),
        () => acceptInvitation(deps, request.body),
        'invalid_token',
      );
      return signedIn(reply, session);
    },
  );

  // The reset page asks first whether its link still works; one that does not counts as a failed
  // try of this address, as using it would.
  app.post(
    '/auth/password-reset/check',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether a mailed reset link still works (nothing is used up): `204`, or `400 invalid_token`',
        body: TokenBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await attempt(
        request,
        link(request.body.token),
        () => assertResetLinkWorks(app.db, request.body.token),
        'invalid_token',
      );
      return reply.status(204).send(NO_BODY);
    },
  );

  // The invitation page asks first what the link is for; a token that no longer works counts
  // as a failed try of this address, as accepting it would.
  app.post(
    '/auth/invitations/lookup',
    {
      schema: {
        tags: ['auth'],
        summary:
          'What a staff invitation is for: the organisation that invites, the address and role of the account (only for a token that still works; nothing is used up)',
        body: TokenBody,
        response: {
          200: Type.Object({
            email: Type.String({ description: 'The address the account is for (and signs in with)' }),
            role: Type.Union([Type.Literal('hr_officer'), Type.Literal('org_admin')]),
            organisation: Type.Object({ name: Type.String() }, { description: 'The organisation that invites' }),
            expiresAt: Type.String({ format: 'date-time', description: 'Until when the link works' }),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      attempt(request, link(request.body.token), () => invitationDetails(app.db, request.body.token), 'invalid_token'),
  );

  app.get(
    '/me',
    {
      // Any key may ask who it is, whatever its scopes.
      config: { access: { roles: 'signed-in', apiKey: 'any' } },
      schema: {
        tags: ['auth'],
        summary: 'Who is calling: the signed-in user, or an organisation API key',
        description:
          'A signed-in user gets their account (`Me`). An API key gets itself (`ApiKeyMe`, with `kind: ' +
          '"api_key"`): its id, name, prefix and scopes, and its organisation, whose `id` is the `orgId` of the ' +
          'organisation’s API paths.',
        response: { 200: Type.Union([Type.Ref('Me'), Type.Ref('ApiKeyMe')]), 401: ErrorRef },
      },
    },
    async (request) => {
      const key = currentKey(request);
      return key ? apiKeyIdentity(app.db, key.keyId) : userView(app.db, currentUser(request).userId);
    },
  );

  app.patch(
    '/me',
    {
      config: { access: { roles: 'signed-in' } },
      schema: {
        tags: ['auth'],
        summary: 'Change your settings: `notifyOnApplication` (staff: an e-mail when an application arrives)',
        body: MePatch,
        response: { 200: Type.Ref('Me'), ...errors },
      },
    },
    async (request) => updateMe(app.db, currentUser(request).userId, request.body),
  );

  app.post(
    '/me/password',
    {
      config: { access: { roles: 'signed-in' } },
      schema: {
        tags: ['auth'],
        summary: 'Change your password (ends every session and access token; this browser gets a fresh one)',
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { currentPassword, newPassword } = request.body;
      const confirm = () => confirmOwnPassword(app.db, user.userId, currentPassword, 'currentPassword');
      await attempt(request, ownPassword(user.userId), confirm, 'validation_failed');
      await changePassword(app.db, user.userId, newPassword);
      // Every session was ended; this browser gets a fresh one.
      if (user.via === 'cookie') await signedIn(reply, await createSession(app.db, user.userId, deps.sessionDays));
      return reply.status(204).send(null);
    },
  );
};

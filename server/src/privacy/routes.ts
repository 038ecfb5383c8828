/**
 * A person's own data (privacy/service.ts): a job seeker on their account (signed in), a guest
 * applicant through the key in their confirmation e-mail, sent as the `X-Guest-Key` header (not
 * in the address, where it would end up in logs and Referer headers).
 */
import { Type } from '@sinclair/typebox';
import { literals, NoFields, Nullable } from '../contract/typebox.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { currentUser } from '../auth/plugin.ts';
import { Password } from '../auth/schemas.ts';
import { confirmOwnPassword } from '../auth/service.ts';
import { throttledAttempt } from '../auth/throttle.ts';
import { sendZipDownload } from '../downloads.ts';
import { localeOf } from '../i18n.ts';
import { ErrorRef } from '../errors.ts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { mailDropDir } from '../mail/mailer.ts';
import { addressOfGuestKey } from './guest-link.ts';
import {
  eraseGuest,
  erasePerson,
  exportGuest,
  exportPerson,
  guestApplications,
  endGuestPoolConsent,
  renewGuestPoolConsent,
  withdrawGuestApplication,
  type PrivacyDeps,
} from './service.ts';

export const GUEST_KEY_HEADER = 'x-guest-key';

const EraseBody = Type.Object({ password: Password }, { additionalProperties: false });

export const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: PrivacyDeps = { db: app.db, files: app.files, mailDrop: mailDropDir(app.config.dataDir) };
  const errors = { 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };

  app.get(
    '/me/export',
    {
      config: { access: { roles: ['job_seeker'] } },
      schema: {
        tags: ['auth'],
        summary: 'Everything the portal holds about you (job seekers), as a zip of JSON and your own files',
        querystring: Type.Object(
          {
            lang: Type.Optional(
              Type.Union([Type.Literal('nl'), Type.Literal('en')], {
                description:
                  'The language of the file’s name: the page’s, which its link sends; else `Accept-Language`',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors, 413: ErrorRef },
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? localeOf(request);
      return sendZipDownload(reply, await exportPerson(deps, currentUser(request).userId, locale));
    },
  );

  app.delete(
    '/me',
    {
      config: { access: { roles: ['job_seeker'] } },
      schema: {
        tags: ['auth'],
        summary:
          'Erase your account (job seekers): your applications with their files and notes, mail sent to you and the log about you go too',
        description:
          'Asks for the account’s password again (`password`): an open session alone, on a shared computer, ' +
          'is not enough. A wrong one is 400 on `fields.password`, and counts as a failed sign-in does.',
        body: EraseBody,
        response: { 204: Type.Null(), 400: ErrorRef, 429: ErrorRef, ...errors },
      },
    },
    async (request, reply) => {
      const { userId } = currentUser(request);
      const confirm = () => confirmOwnPassword(app.db, userId, request.body.password, 'password');
      await throttledAttempt(app.passwordAttempts, request.ip, `user:${userId}`, confirm, 'validation_failed');
      await erasePerson(deps, userId);
      app.clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  const guestAddress = (request: FastifyRequest) => {
    const key = request.headers[GUEST_KEY_HEADER];
    const address = typeof key === 'string' ? addressOfGuestKey(app.config.JWT_SECRET, key) : null;
    if (!address) throw new AppError(401, 'invalid_token', 'error.invalid_token');
    return address;
  };
  // Before the parameters are checked: without a key the answer is 401, whatever else was sent
  // (API.md), not a 400 about the id (a tester's review).
  const guestFirst = async (request: FastifyRequest) => {
    guestAddress(request);
  };
  // Optional here: a missing key is the 401 of a wrong one (guestAddress), as API.md says.
  const guestHeaders = Type.Object({ [GUEST_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 1000 })) });
  const GuestData = Type.Object({
    email: Type.String(),
    applications: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        vacancy: Type.Object({
          id: Type.String({ format: 'uuid' }),
          title: Type.String(),
          /** The language the vacancy (its title) is written in. */
          language: literals(['nl', 'en'] as const),
          /** The employer's name: two vacancies may share a title. */
          organisation: Type.String(),
        }),
        name: Type.String(),
        email: Type.String(),
        phone: Nullable(Type.String()),
        motivation: Type.String(),
        consent: literals(['procedure', 'pool'] as const),
        poolConsentUntil: Nullable(Type.String({ format: 'date-time' })),
        /**
         * When the address's owner took the application as theirs (applied signed in with it, or
         * confirmed it here); a pool consent counts only from then on.
         */
        addressConfirmedAt: Nullable(Type.String({ format: 'date-time' })),
        status: literals(['received', 'in_review', 'invited', 'rejected', 'hired'] as const),
        createdAt: Type.String({ format: 'date-time' }),
        updatedAt: Type.String({ format: 'date-time' }),
      }),
    ),
  });
  const guestErrors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };

  app.get(
    '/my-data',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary: 'A guest applicant: the applications made with the address their e-mailed key is for',
        headers: guestHeaders,
        response: { 200: GuestData, ...guestErrors },
      },
    },
    async (request) => guestApplications(deps, guestAddress(request)),
  );

  app.get(
    '/my-data/export',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary: 'A guest applicant: everything held for their address, as a zip (applications, files, mail)',
        headers: guestHeaders,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...guestErrors, 413: ErrorRef },
      },
    },
    async (request, reply) => {
      return sendZipDownload(reply, await exportGuest(deps, guestAddress(request), localeOf(request)));
    },
  );

  app.delete(
    '/my-data/applications/:id',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary: 'A guest applicant withdraws an application: it is deleted with its files',
        headers: guestHeaders,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...guestErrors },
      },
    },
    async (request, reply) => {
      await withdrawGuestApplication(deps, guestAddress(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/my-data/applications/:id/renew-consent',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary:
          'A candidate confirms or renews their talent-pool consent for a year (linked from the receipt and the reminder e-mail): the application enters the pool only once the address’s owner confirmed it',
        headers: guestHeaders,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: NoFields(),
        response: {
          200: Type.Object({ poolConsentUntil: Type.String({ format: 'date-time' }) }),
          409: ErrorRef,
          ...guestErrors,
        },
      },
    },
    async (request) => renewGuestPoolConsent(deps, guestAddress(request), request.params.id),
  );

  app.delete(
    '/my-data/applications/:id/pool-consent',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary:
          'A candidate takes back their talent-pool consent: the application stays for its procedure only, out of the pool at once',
        headers: guestHeaders,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 409: ErrorRef, ...guestErrors },
      },
    },
    async (request, reply) => {
      await endGuestPoolConsent(deps, guestAddress(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/my-data',
    {
      preValidation: guestFirst,
      schema: {
        tags: ['applications'],
        summary: 'A guest applicant erases everything held for their address (an account with it stays)',
        headers: guestHeaders,
        response: { 204: Type.Null(), ...guestErrors },
      },
    },
    async (request, reply) => {
      await eraseGuest(deps, guestAddress(request));
      return reply.status(204).send(null);
    },
  );
};

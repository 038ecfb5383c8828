import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { dutchDate, addDays } from '@samenwerven/calendar';
import { assertCsrf, currentUser, optionalSecurity, type Access } from '../auth/plugin.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { hourlyLimitPerAddress } from '../hourly-limit.ts';
import { ACCOUNT_MAILS_PER_HOUR } from '../auth/routes.ts';
import { localeOf } from '../i18n.ts';
import { Filled, literals, NoFields, Nullable } from '../contract/typebox.ts';
import {
  addressOfKey,
  alertFigures,
  alertsOfAddress,
  alertsOfUser,
  changeAlert,
  confirmAlertByToken,
  previewAlertByToken,
  createAlert,
  endAlert,
  endAlertsOfAddress,
  keepAlertByToken,
  markVisited,
  savedSearchOfUser,
  saveSearchOfUser,
  unsubscribeByToken,
  type AlertServiceDeps,
} from './service.ts';
import { checkPeriod } from '../figures/period.ts';
import { alertPaths } from './mails.ts';
import { sendZipDownload } from '../downloads.ts';
import { exportAlertsOfAddress } from '../privacy/service.ts';

export const ALERT_KEY_HEADER = 'x-alert-key';
/** How often an alert made with an address mails (it exists to mail). */
const Frequency = literals(['instant', 'daily', 'weekly'] as const);
/** An account's saved search may also mail nothing (`none`): kept to run again, with its new matches counted. */
const SavedFrequency = literals(['instant', 'daily', 'weekly', 'none'] as const);
const Alert = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  query: Type.String({ description: 'The search page’s query string' }),
  frequency: SavedFrequency,
  lang: literals(['nl', 'en'] as const),
  createdAt: Type.String({ format: 'date-time' }),
  lastSentAt: Nullable(Type.String({ format: 'date-time' })),
});
/** An alert a link from its mail confirmed or kept; a guest's with the key to manage their alerts. */
const MailedAlert = Type.Composite([
  Alert,
  Type.Object({
    manageKey: Type.Optional(
      Type.String({ description: 'A guest’s key to their address’s alerts (`X-Alert-Key`), valid 400 days' }),
    ),
  }),
]);
const AlertChanges = Type.Object(
  { name: Type.Optional(Filled({ maxLength: 100 })), frequency: Type.Optional(Frequency) },
  { additionalProperties: false },
);
/** A saved search's query: the search page's query string. */
const SavedQuery = Type.String({
  maxLength: 2000,
  description: 'The search page’s query string, e.g. q=beleid&near=Tilburg',
});
const SavedSearchBody = Type.Object(
  { query: SavedQuery, frequency: SavedFrequency, name: Type.Optional(Filled({ maxLength: 100 })) },
  { additionalProperties: false },
);
const SavedSearchChanges = Type.Object(
  {
    query: Type.Optional(SavedQuery),
    frequency: Type.Optional(SavedFrequency),
    name: Type.Optional(Filled({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
const SavedSearch = Type.Composite([Alert, Type.Object({ newMatches: Type.Integer() })]);
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Token = Type.Object({ token: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
/** Optional here: a missing key is the 401 of a wrong one (addressOfKey). */
const KeyHeaders = Type.Object({ [ALERT_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 1000 })) });
const jobSeeker: Access = { roles: ['job_seeker'] };
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };

/** Alert sign-ups from one network address an hour: as many as account sign-ups. */
export const ALERT_SIGN_UPS_PER_HOUR = ACCOUNT_MAILS_PER_HOUR;

export const alertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: AlertServiceDeps = { db: app.db, publicUrl: app.config.publicUrl, secret: app.config.JWT_SECRET };
  // A sign-up mails the address given, as an account's does: as many an hour from one network
  // address (a job centre's workshop signs everyone up; ten in all refused the eleventh visitor),
  // and each address gets three such mails a day at most (mail/outbox.ts). Counted once the form
  // passed its checks (a preHandler).
  const limitSignUps = hourlyLimitPerAddress(app, 'alert', ALERT_SIGN_UPS_PER_HOUR);
  const keyOf = (request: FastifyRequest) => {
    const key = request.headers[ALERT_KEY_HEADER];
    return addressOfKey(deps, typeof key === 'string' ? key : undefined);
  };
  // Before the parameters are checked: without a key the answer is 401, whatever else was sent
  // (API.md), not a 400 about the id (a tester's review).
  const keyFirst = async (request: FastifyRequest) => {
    keyOf(request);
  };

  app.post(
    '/alerts',
    {
      preHandler: limitSignUps,
      schema: {
        tags: ['alerts'],
        summary: 'Save a search as an e-mail alert (confirmed by a link unless it is your own account’s address)',
        security: optionalSecurity(),
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            query: Type.String({
              maxLength: 2000,
              description: 'The search page’s query string, e.g. q=beleid&near=Tilburg',
            }),
            frequency: Frequency,
            name: Type.Optional(Type.String({ maxLength: 100 })),
            lang: Type.Optional(literals(['nl', 'en'] as const)),
            // The name the shared contract and the auth routes give it; `lang` wins when both are sent.
            locale: Type.Optional(literals(['nl', 'en'] as const)),
            website: Type.Optional(Type.String({ maxLength: 200, description: 'Leave empty (a field for bots)' })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.Literal('active') }),
          202: Type.Object({ status: Type.Literal('confirmation_sent') }),
          400: ErrorRef,
          429: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      const { website, locale: named, ...input } = request.body;
      // Bots fill in every field; people never see this one. Refused without saying which field.
      if (website) throw new AppError(400, 'bad_request', 'error.bad_request');
      // No other site can save an alert on a signed-in job seeker's account.
      assertCsrf(request);
      const principal = request.principal;
      const account =
        principal?.kind === 'user' && principal.role === 'job_seeker'
          ? { userId: principal.userId, email: principal.email }
          : null;
      const locale = localeOf(request);
      const result = await createAlert(deps, { ...input, lang: input.lang ?? named ?? locale }, account, locale);
      return reply.status(result.status === 'active' ? 201 : 202).send(result);
    },
  );

  /** A sound link whose alert was stopped since (alerts/service.ts). */
  const AlertStopped = {
    ...ErrorRef,
    description: 'The link is sound, but its alert was stopped since (`alert_stopped`)',
  };

  app.post(
    '/alerts/confirm',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Confirm an alert with the token from its confirmation mail',
        body: Token,
        response: { 200: MailedAlert, 400: ErrorRef, 410: AlertStopped },
      },
    },
    async (request) => confirmAlertByToken(deps, request.body.token),
  );

  app.post(
    '/alerts/confirm/preview',
    {
      schema: {
        tags: ['alerts'],
        summary:
          'The alert a confirmation token is for, without confirming it (the page shows it before its owner confirms)',
        body: Token,
        response: {
          200: Type.Composite([Alert, Type.Object({ confirmed: Type.Boolean() })]),
          400: ErrorRef,
          410: AlertStopped,
        },
      },
    },
    async (request) => previewAlertByToken(deps, request.body.token),
  );

  app.post(
    '/alerts/keep',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Keep an alert that asked whether it is still wanted (the link in its question mail)',
        body: Token,
        response: { 200: MailedAlert, 400: ErrorRef, 410: AlertStopped },
      },
    },
    async (request) => keepAlertByToken(deps, request.body.token),
  );

  // RFC 8058: mail programs POST `List-Unsubscribe=One-Click` as a form, multipart as the RFC
  // says they should, or url-encoded; the body is not needed. (The application form's multipart
  // parser lives in the applications routes only.)
  app.addContentTypeParser(
    ['application/x-www-form-urlencoded', 'multipart/form-data'],
    { parseAs: 'string', bodyLimit: 4096 },
    (_r, _b, done) => done(null, {}),
  );
  const UnsubscribeQuery = Type.Object({
    token: Type.String({ minLength: 1, maxLength: 1000 }),
    lang: Type.Optional(literals(['nl', 'en'] as const)),
  });
  app.post(
    '/alerts/unsubscribe',
    {
      schema: {
        tags: ['alerts'],
        summary: 'End an alert without signing in (one-click unsubscribe, RFC 8058)',
        // What a mail program posts (RFC 8058 §3.1: `List-Unsubscribe=One-Click`, which says nothing
        // more), and what other clients may: the body is not read, and a refused unsubscribe would
        // leave the mails coming.
        consumes: ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain', 'application/json'],
        querystring: UnsubscribeQuery,
        response: { 200: Type.Object({ ended: Type.Literal(true) }), 400: ErrorRef },
      },
    },
    async (request) => unsubscribeByToken(deps, request.query.token),
  );
  // A mail program without one-click opens the header's link in a browser: the page that ends
  // the alert, in the alert's language, rather than an error in JSON.
  app.get(
    '/alerts/unsubscribe',
    {
      schema: {
        tags: ['alerts'],
        summary: 'The one-click link opened in a browser: 303 to the page that ends the alert',
        querystring: UnsubscribeQuery,
        response: { 303: Type.Null(), 400: ErrorRef },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .redirect(
          `${alertPaths.unsubscribe[request.query.lang ?? 'nl']}${encodeURIComponent(request.query.token)}`,
          303,
        ),
  );

  app.get(
    '/alerts/manage',
    {
      preValidation: keyFirst,
      schema: {
        tags: ['alerts'],
        summary: 'The alerts of an address, through the key in every alert mail',
        headers: KeyHeaders,
        response: { 200: Type.Object({ email: Type.String(), items: Type.Array(Alert) }), ...errors },
      },
    },
    async (request) => alertsOfAddress(deps, keyOf(request)),
  );

  app.get(
    '/alerts/manage/export',
    {
      preValidation: keyFirst,
      schema: {
        tags: ['alerts'],
        summary: 'The alerts of an address and the vacancies they found, as a zip (the right of access)',
        description:
          'JSON files: `alerts.json` (what each alert searches, how often it mails, when it did) and `alert-matches.json`.',
        headers: KeyHeaders,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors },
      },
    },
    async (request, reply) =>
      sendZipDownload(reply, await exportAlertsOfAddress(app.db, keyOf(request), localeOf(request))),
  );

  app.patch(
    '/alerts/manage/:id',
    {
      preValidation: keyFirst,
      schema: {
        tags: ['alerts'],
        summary: 'Change an alert of the address',
        headers: KeyHeaders,
        params: Id,
        body: AlertChanges,
        response: { 200: Alert, ...errors },
      },
    },
    async (request) => changeAlert(deps, request.params.id, { email: keyOf(request) }, request.body),
  );

  app.delete(
    '/alerts/manage/:id',
    {
      preValidation: keyFirst,
      schema: {
        tags: ['alerts'],
        summary: 'End an alert of the address',
        headers: KeyHeaders,
        params: Id,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await endAlert(deps, request.params.id, { email: keyOf(request) });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/alerts/manage',
    {
      preValidation: keyFirst,
      schema: {
        tags: ['alerts'],
        summary: 'End every alert of the address',
        headers: KeyHeaders,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await endAlertsOfAddress(deps, keyOf(request));
      return reply.status(204).send(null);
    },
  );

  // The saved searches of API.md: the account's alerts under the contract's names, `none` included
  // (their list and their end are /me/alerts' own, below).
  app.post(
    '/me/saved-searches',
    {
      config: { access: jobSeeker },
      schema: {
        tags: ['alerts'],
        summary: 'Save a search on your account; `frequency` `none` keeps it without mailing',
        body: SavedSearchBody,
        response: { 201: SavedSearch, ...errors },
      },
    },
    async (request, reply) => {
      const { userId, email } = currentUser(request);
      const saved = await saveSearchOfUser(deps, { userId, email }, request.body, localeOf(request));
      return reply.status(201).send(saved);
    },
  );

  app.patch(
    '/me/saved-searches/:id',
    {
      config: { access: jobSeeker },
      schema: {
        tags: ['alerts'],
        summary: 'Change a saved search: its search, how often it mails, its name',
        params: Id,
        body: SavedSearchChanges,
        response: { 200: SavedSearch, ...errors },
      },
    },
    async (request) => {
      const { userId } = currentUser(request);
      await changeAlert(deps, request.params.id, { userId }, request.body, localeOf(request));
      return savedSearchOfUser(deps, request.params.id, userId);
    },
  );

  for (const saved of ['/me/alerts', '/me/saved-searches'] as const) {
    app.get(
      saved,
      {
        config: { access: jobSeeker },
        schema: {
          tags: ['alerts'],
          summary: 'Your saved searches, each with the vacancies matched since you last ran it',
          response: { 200: Type.Object({ items: Type.Array(SavedSearch) }), ...errors },
        },
      },
      async (request) => alertsOfUser(deps, currentUser(request).userId),
    );

    app.delete(
      `${saved}/:id`,
      {
        config: { access: jobSeeker },
        schema: {
          tags: ['alerts'],
          summary: 'End a saved search',
          params: Id,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        await endAlert(deps, request.params.id, { userId: currentUser(request).userId });
        return reply.status(204).send(null);
      },
    );
  }

  app.patch(
    '/me/alerts/:id',
    {
      config: { access: jobSeeker },
      schema: {
        tags: ['alerts'],
        summary: 'Change a saved search',
        params: Id,
        body: SavedSearchChanges,
        response: { 200: Alert, ...errors },
      },
    },
    async (request) =>
      changeAlert(deps, request.params.id, { userId: currentUser(request).userId }, request.body, localeOf(request)),
  );

  app.post(
    '/me/alerts/:id/visit',
    {
      config: { access: jobSeeker },
      schema: {
        tags: ['alerts'],
        summary: 'You ran the saved search: its new matches count from now',
        params: Id,
        body: NoFields(),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await markVisited(deps, request.params.id, currentUser(request).userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/coordination/alerts',
    {
      config: { access: { roles: ['coordinator'] } },
      schema: {
        tags: ['alerts'],
        summary: 'How many alerts exist and how many alert mails went out per day (no addresses)',
        querystring: Type.Object(
          { from: Type.Optional(Type.String({ format: 'date' })), to: Type.Optional(Type.String({ format: 'date' })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            active: Type.Integer(),
            unconfirmed: Type.Integer(),
            perDay: Type.Array(Type.Object({ day: Type.String(), sent: Type.Integer() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const today = dutchDate();
      const period = checkPeriod({ from: request.query.from ?? addDays(today, -29), to: request.query.to ?? today });
      return alertFigures(deps, period.from, period.to);
    },
  );
};

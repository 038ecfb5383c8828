import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import { MEMBER_STAFF, PUBLIC } from '@samenwerven/db';
import { assertCsrf, currentUser, optionalSecurity, type Access } from '../auth/plugin.ts';
import { removeFiles } from './file-removals.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { hourlyLimitPerAddress } from '../hourly-limit.ts';
import { isMultipart } from '../media-type.ts';
import { limitedNetwork } from '../network-address.ts';
import { rejectUnstorableText } from '../storable-text.ts';
import { localeOf } from '../i18n.ts';
import { attachmentDisposition, downloadName } from './presenter.ts';
import {
  Applied,
  ApplicationDetail,
  ApplicationList,
  ApplicationListQuery,
  ApplicationPatch,
  ApplyBody,
  MyApplications,
} from './schemas.ts';
import {
  applyToVacancy,
  changeApplication,
  fileKinds,
  listOrganisationApplications,
  listOwnApplications,
  listVacancyApplications,
  MAX_FILE_BYTES,
  openApplicationFile,
  readApplication,
  endOwnPoolConsent,
  withdrawApplication,
  type ApplicationDeps,
  type FileKind,
} from './service.ts';
import { HourlyUploadVolume } from './upload-volume.ts';
import { receiveUploads, type StoredUpload } from './uploads.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef, 409: ErrorRef };
const hr: Access = { roles: ['hr_officer', 'org_admin'] };
const signedIn: Access = { roles: 'signed-in' };
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });

/**
 * Applications from one network an hour, and attempts (those sent back for a correction too). A
 * public library, a school or a job centre is one address for all its visitors: ten an hour in all
 * stopped the eleventh job seeker there (a review). One mailbox is kept from a flood by the cap on
 * the receipts mailed to it (a handful a day), not here: refusing applications with an address
 * would let anyone stop its owner from applying, and tell that it had applied.
 */
export const APPLICATIONS_PER_HOUR = 60;
export const APPLY_ATTEMPTS_PER_HOUR = 150;

/** Two files at the limit, the text parts and the multipart framing. */
const BODY_LIMITS = { fileBytes: MAX_FILE_BYTES, bodyBytes: 2 * MAX_FILE_BYTES + 256 * 1024 };
/**
 * The parser's own bounds: the six text parts, none of them long, and the two files plus one,
 * so that a third file reaches the reader and is refused by its name.
 */
const APPLY_LIMITS = { fileSize: MAX_FILE_BYTES, files: 3, fields: 10, fieldSize: 64 * 1024, parts: 20 };

/** The caller's organisation, on routes whose access rule admits only its staff. */
function organisationOf(request: FastifyRequest): string {
  const organisationId = request.principal?.organisationId;
  if (!organisationId) throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  return organisationId;
}

/** Applying, the HR inbox, and the applicant's own view (API.md, "Applications"). */
export const applicationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: ApplicationDeps = {
    db: app.db,
    files: app.files,
    publicUrl: app.config.publicUrl,
    guestKeySecret: app.config.JWT_SECRET,
  };

  // Multipart only here: the apply route reads its parts itself, streaming each file into the
  // store (uploads.ts); the content-type parser of the plugin leaves the body unread until then.
  await app.register(multipart, { limits: APPLY_LIMITS, throwFileSizeLimit: false });

  // The files of a request, kept beside its body: the body holds only their names, so the
  // schema validates the text parts as it would any body.
  const uploadsOf = new WeakMap<FastifyRequest, Partial<Record<FileKind, StoredUpload>>>();
  // Every file a request stored, until it has become an application: removed otherwise.
  const storedBy = new WeakMap<FastifyRequest, string[]>();
  const readUploads = async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    const stored: string[] = [];
    storedBy.set(request, stored);
    const { fields, files } = await receiveUploads(request, deps.files, fileKinds, BODY_LIMITS, stored);
    uploadsOf.set(request, files);
    request.body = fields;
    // The app's check of every body's text ran before there was one: a NUL in a part (or a
    // file's name) is named here, not refused by the database after the files were stored.
    await rejectUnstorableText(request);
  };
  // What a request may store is reserved before its body is read (its announced length, or the
  // most a body may be), and settled when it ends with what an application kept.
  const volume = new HourlyUploadVolume(app.config.UPLOAD_MB_PER_HOUR * 1024 * 1024);
  /** Files an application kept (none for a refusal, or a second send of the same form). */
  const keptBytes = new WeakMap<FastifyRequest, number>();
  const limitVolume = async (request: FastifyRequest, reply: FastifyReply) => {
    // By the header: the plugin marks a request multipart only when its parser runs, after this.
    if (!isMultipart(request)) return;
    const announced = Number(request.headers['content-length']);
    const bytes = Number.isSafeInteger(announced) && announced > 0 ? announced : BODY_LIMITS.bodyBytes;
    const reservation = volume.reserve(limitedNetwork(request.ip), Math.min(bytes, BODY_LIMITS.bodyBytes));
    // Settled when the connection closes, however the request ended: a client that sent its whole
    // body and left before the answer ran neither onResponse nor onRequestAbort (a review).
    reply.raw.once('close', () => volume.settle(reservation, keptBytes.get(request) ?? 0));
  };
  const removeUnclaimed = async (request: FastifyRequest, reply: FastifyReply) => {
    const stored = storedBy.get(request);
    if (stored && reply.statusCode !== 201) await removeFiles(deps.db, deps.files, stored);
  };

  // Applying mails the address given. Every attempt is counted before its body is read, so a
  // flood is not even parsed; only applications that passed the checks count towards the
  // handful an hour, so a form sent back for a typo or a missing CV costs the person nothing.
  const limitAttempts = hourlyLimitPerAddress(app, 'apply-attempt', APPLY_ATTEMPTS_PER_HOUR);
  const limitApplying = hourlyLimitPerAddress(app, 'apply', APPLICATIONS_PER_HOUR);

  app.post(
    '/vacancies/:id/applications',
    {
      onRequest: [limitAttempts, limitVolume],
      preValidation: readUploads,
      preHandler: limitApplying,
      onSend: async (request, reply) => removeUnclaimed(request, reply),
      schema: {
        tags: ['applications'],
        summary:
          'Apply (multipart/form-data: the text parts, `cv` and optionally `letter`, PDF or DOCX up to 10 MB). The same answer whether or not the address has an account',
        consumes: ['multipart/form-data'],
        // A signed-in job seeker's application is also theirs to follow on the portal.
        security: optionalSecurity(),
        params: IdParams,
        body: ApplyBody,
        response: { 201: Applied, ...errors, 413: ErrorRef, 415: ErrorRef, 429: ErrorRef, 503: ErrorRef },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      // No other site can file an application in a signed-in job seeker's name.
      assertCsrf(request);
      const user = principal?.kind === 'user' ? principal : undefined;
      const isMemberStaff = user !== undefined && user.role !== 'job_seeker' && user.organisationState === 'active';
      const uploads = uploadsOf.get(request) ?? {};
      const { filesKept, ...answer } = await applyToVacancy(deps, request.params.id, request.body, uploads, {
        userId: user?.role === 'job_seeker' ? user.userId : null,
        accountEmail: user?.role === 'job_seeker' ? user.email : null,
        locale: localeOf(request),
        audience: isMemberStaff ? MEMBER_STAFF : PUBLIC,
      });
      if (filesKept)
        keptBytes.set(
          request,
          Object.values(uploads).reduce((sum, file) => sum + (file?.key ? file.size : 0), 0),
        );
      return reply.status(201).send(answer);
    },
  );

  app.get(
    '/vacancies/:id/applications',
    {
      config: { access: hr },
      schema: {
        tags: ['applications'],
        summary: 'The applications to one vacancy of your organisation, newest first',
        params: IdParams,
        querystring: ApplicationListQuery,
        response: { 200: ApplicationList, ...errors },
      },
    },
    async (request) => listVacancyApplications(app.db, organisationOf(request), request.params.id, request.query),
  );

  app.get(
    '/organisations/:orgId/applications',
    {
      config: { access: hr },
      schema: {
        tags: ['applications'],
        summary: 'The applications across the organisation, newest first; `status` filters',
        params: OrgParams,
        querystring: ApplicationListQuery,
        response: { 200: ApplicationList, ...errors },
      },
    },
    async (request) => listOrganisationApplications(app.db, request.params.orgId, request.query),
  );

  app.get(
    '/applications/:id',
    {
      config: { access: hr },
      schema: {
        tags: ['applications'],
        summary: 'One application with its files and notes; opening it marks it seen',
        params: IdParams,
        response: { 200: ApplicationDetail, ...errors },
      },
    },
    async (request) => readApplication(app.db, organisationOf(request), request.params.id),
  );

  app.patch(
    '/applications/:id',
    {
      config: { access: hr },
      schema: {
        tags: ['applications'],
        summary:
          'Move it on (received → in_review → invited → hired, or rejected from the first three) and/or add a note; rejecting mails the applicant',
        params: IdParams,
        body: ApplicationPatch,
        response: { 200: ApplicationDetail, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return changeApplication(
        deps,
        {
          userId: user.userId,
          organisationId: organisationOf(request),
          organisationState: request.principal?.organisationState ?? null,
        },
        request.params.id,
        request.body,
      );
    },
  );

  for (const kind of fileKinds) {
    app.get(
      `/applications/:id/${kind}`,
      {
        config: { access: hr },
        schema: {
          tags: ['applications'],
          summary: kind === 'cv' ? 'The CV, as a download' : 'The letter, as a download',
          params: IdParams,
          response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors },
        },
      },
      async (request, reply) => {
        const reader = {
          userId: currentUser(request).userId,
          organisationId: organisationOf(request),
          method: request.method,
        };
        const file = await openApplicationFile(deps, reader, request.params.id, kind);
        return reply
          .type(file.mediaType)
          .header('content-length', file.size)
          .header('content-disposition', attachmentDisposition(downloadName(file.name, file.mediaType)))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(file.stream);
      },
    );
  }

  app.get(
    '/me/applications',
    {
      config: { access: signedIn },
      schema: {
        tags: ['applications'],
        summary: 'Your applications and where each stands',
        response: { 200: MyApplications, 401: ErrorRef },
      },
    },
    async (request) => listOwnApplications(app.db, currentUser(request).userId),
  );

  app.delete(
    '/me/applications/:id',
    {
      config: { access: signedIn },
      schema: {
        tags: ['applications'],
        summary: 'Withdraw your application: it and its files are deleted',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await withdrawApplication(deps, currentUser(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/me/applications/:id/pool-consent',
    {
      config: { access: signedIn },
      schema: {
        tags: ['applications'],
        summary:
          'Take back your talent-pool consent: the application stays for its procedure only, out of the pool at once',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await endOwnPoolConsent(app.db, currentUser(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

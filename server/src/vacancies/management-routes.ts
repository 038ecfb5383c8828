import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { CsvSeparatorSchema, ExternalId, NoFields } from '../contract/typebox.ts';
import { csvFileName } from '../csv.ts';
import { documentAnswer } from '../contract/documents.ts';
import { dutchDate } from '@samenwerven/calendar';
import type { Access } from '../auth/plugin.ts';
import { AppError, ErrorRef, fieldMessages, type AjvError } from '../errors.ts';
import { unstorableFields, unstorableTextError, unstorableTextErrors } from '../storable-text.ts';
import { localeOf } from '../i18n.ts';
import { expectedVersion, IfMatch } from '../versions.ts';
import { listCategories } from '../taxonomies/queries.ts';
import { withLogos } from '../organisations/service.ts';
import { upsertByExternalId } from './ats.ts';
import { bulkUpsert } from './bulk.ts';
import { vacancyHistoryOf, type Actor } from './history.ts';
import { splitByTypeProblems, UpsertInput, VacancyInput, VacancyPatch, type VacancyFields } from './input.ts';
import {
  changeLifecycle,
  createVacancy,
  duplicateVacancy,
  listOrganisationVacancies,
  staffVacancyByExternalId,
  updateVacancy,
  type VacancyDeps,
} from './lifecycle.ts';
import {
  BulkAnswer,
  BulkBody,
  ManagedList,
  ManagedListQuery,
  UploadAnswer,
  UpsertAnswer,
  VacancyHistory,
  VacancyReceipt,
} from './management-schemas.ts';
import { vacancyWarnings, warningsIn } from './rules.ts';
import { VacancyDetail } from './schemas.ts';
import { decodeUpload, MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS, uploadTemplate, uploadVacancies } from './upload.ts';

const errors = {
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
  409: ErrorRef,
  422: ErrorRef,
  428: ErrorRef,
};
/**
 * HR officers and admins of the organisation, and its API keys with the scope each operation
 * needs: `read` to list and read, `write` to create and change, `publish` to publish, close
 * and reopen. Writes need a member in good standing, for people and keys alike.
 */
const staff = ['hr_officer', 'org_admin'] as const;
const read: Access = { roles: staff, apiKey: 'read' };
const write: Access = { roles: staff, apiKey: 'write', activeMembership: true };
/**
 * Drafts, which nobody outside the organisation sees: a suspended or departed member may keep
 * writing them (membership/state-machine.ts). An ATS's upsert, which may publish, may not.
 */
const draft: Access = { roles: staff, apiKey: 'write', draftingMembership: true };
const publish: Access = { roles: staff, apiKey: 'publish', activeMembership: true };
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
/** A write's answer: the vacancy, or only its receipt for a key that may not read (`answerOf`). */
const StaffVacancy = Type.Union([VacancyDetail, VacancyReceipt]);

/** The caller's organisation and identity, for routes whose access rule demands staff or a key. */
function actorOf(request: FastifyRequest): { organisationId: string; actor: Actor } {
  const principal = request.principal;
  if (!principal?.organisationId) throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  // What the route's access rule asked of the membership, checked again as the write commits.
  const access = request.routeOptions.config.access;
  const membership = access?.activeMembership ? 'publish' : access?.draftingMembership ? 'draft' : undefined;
  return principal.kind === 'user'
    ? { organisationId: principal.organisationId, actor: { userId: principal.userId, apiKeyId: null, membership } }
    : {
        organisationId: principal.organisationId,
        actor: { userId: null, apiKeyId: principal.keyId, scopes: principal.scopes, membership },
      };
}

/**
 * The body to work with. One that failed its schema (the route sets `attachValidation`), or
 * holds text the database cannot store (the route sets `checksOwnBodyText`), is not refused
 * yet: its well-typed, storable fields go to the service with those problems, which adds the
 * rules' problems of those fields and refuses everything in one answer. A failed address or
 * header is refused as before.
 */
function checkedBody<T>(
  request: FastifyRequest,
  body: T,
): { input: T | VacancyFields; typeProblems?: Record<string, string> } {
  const failed = request.validationError;
  const unstorable = unstorableFields(request.body);
  if (!failed && unstorable.length === 0) return { input: body };
  // A wrong address or header is refused as it is; text the body cannot store is named beside it.
  if (failed && failed.validationContext !== 'body')
    throw unstorable.length > 0
      ? unstorableTextError(unstorable, fieldMessages(failed.validation as AjvError[], localeOf(request)))
      : failed;
  // A body that is no object at all (`[]`, `null`, text) has no fields to merge: refused as it is,
  // before any check of its version or its rules.
  const isObject = typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body);
  if (!isObject) throw failed ?? unstorableTextError(unstorable);
  const errors = [...((failed?.validation ?? []) as AjvError[]), ...unstorableTextErrors(unstorable)];
  const split = splitByTypeProblems(request.body, errors, localeOf(request));
  return { input: split.fields, typeProblems: split.typeProblems };
}

type WrittenVacancy = {
  id: string;
  externalId?: string | null;
  state: string;
  version: number;
  closingDate: string | null;
};

/**
 * A write's answer, with what to mind about the saved vacancy (a draft whose closing date passed):
 * the vacancy as staff see it, or only its receipt for a key without the `read` scope.
 */
function answerOf<T extends WrittenVacancy>(request: FastifyRequest, vacancy: T) {
  const warnings = warningsIn(vacancyWarnings(vacancy, dutchDate()), localeOf(request));
  const principal = request.principal;
  if (principal?.kind === 'api_key' && !principal.scopes.includes('read')) {
    const { id, externalId = null, state, version } = vacancy;
    return { id, externalId, state, version, ...warnings };
  }
  return { ...vacancy, ...warnings };
}

/**
 * An upsert's body may repeat the external id of its address, not name another: the address
 * decides which vacancy is written, and a body for another one is an ATS's mistake to see.
 */
function assertSameExternalId(inAddress: string, inBody: unknown): void {
  if (typeof inBody !== 'string' || inBody.trim() === inAddress.trim()) return;
  throw new AppError(400, 'validation_failed', 'error.validation_failed', {
    fields: { externalId: { key: 'validation.external_id_mismatch', params: { externalId: inAddress } } },
  });
}

/** HR officers and ATS integrations manage their own organisation's vacancies. */
export const vacancyManagementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: VacancyDeps = { db: app.db, jobs: app.jobs };

  app.get(
    '/organisations/:orgId/vacancies',
    {
      config: { access: read },
      schema: {
        tags: ['vacancy management'],
        summary: 'All of the organisation’s vacancies, any state, with views',
        params: OrgParams,
        querystring: ManagedListQuery,
        response: {
          200: ManagedList,
          ...errors,
        },
      },
    },
    async (request) => listOrganisationVacancies(app.db, request.params.orgId, request.query),
  );

  app.post(
    '/organisations/:orgId/vacancies',
    {
      config: { access: draft, checksOwnBodyText: true, versionedAnswer: true },
      schema: {
        tags: ['vacancy management'],
        summary: 'Create a draft',
        description:
          'Every problem is answered at once (400, `fields`), the rules’ with the types’. A draft whose ' +
          'closing date has passed is saved, with `warnings.closingDate`: it cannot be published so.',
        params: OrgParams,
        body: VacancyInput,
        response: { 201: StaffVacancy, ...errors },
      },
      attachValidation: true,
    },
    async (request, reply) => {
      const { actor } = actorOf(request);
      const { input, typeProblems } = checkedBody(request, request.body);
      const created = await createVacancy(deps, actor, request.params.orgId, input, typeProblems);
      return reply.status(201).send(answerOf(request, created));
    },
  );

  app.patch(
    '/vacancies/:id',
    {
      config: { access: draft, checksOwnBodyText: true, versionedAnswer: true },
      schema: {
        tags: ['vacancy management'],
        summary: 'Edit; send the version you edited (If-Match or `version`), a stale one gets 409',
        params: IdParams,
        body: VacancyPatch,
        headers: IfMatch,
        response: { 200: StaffVacancy, ...errors },
      },
      attachValidation: true,
    },
    async (request) => {
      const { organisationId, actor } = actorOf(request);
      const { input, typeProblems } = checkedBody(request, request.body);
      const version = expectedVersion(request, request.body);
      const { id } = request.params;
      return answerOf(request, await updateVacancy(deps, actor, organisationId, id, input, version, typeProblems));
    },
  );

  for (const kind of ['publish', 'close', 'reopen', 'unschedule'] as const) {
    app.post(
      `/vacancies/:id/${kind}`,
      {
        config: { access: publish, versionedAnswer: true },
        schema: {
          tags: ['vacancy management'],
          summary: {
            publish: 'Publish now, or schedule when publishAt lies ahead',
            close: 'Close',
            reopen: 'Reopen a closed vacancy',
            unschedule: 'Take a scheduled vacancy back to draft before it goes online',
          }[kind],
          params: IdParams,
          body: Type.Optional(
            Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }),
          ),
          response: { 200: StaffVacancy, ...errors },
        },
      },
      async (request) => {
        const { organisationId, actor } = actorOf(request);
        const version = expectedVersion(request, request.body);
        return answerOf(request, await changeLifecycle(deps, actor, organisationId, request.params.id, kind, version));
      },
    );
  }

  app.post(
    '/vacancies/:id/duplicate',
    {
      config: { access: draft, versionedAnswer: true },
      schema: {
        tags: ['vacancy management'],
        summary: 'Copy into a new draft',
        params: IdParams,
        body: NoFields(),
        response: { 201: StaffVacancy, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId, actor } = actorOf(request);
      const copy = await duplicateVacancy(deps, actor, organisationId, request.params.id);
      return reply.status(201).send(answerOf(request, copy));
    },
  );

  app.get(
    '/vacancies/:id/history',
    {
      config: { access: read },
      schema: {
        tags: ['vacancy management'],
        summary: 'Who changed what, when',
        params: IdParams,
        response: {
          200: VacancyHistory,
          ...errors,
        },
      },
    },
    async (request) => ({ items: await vacancyHistoryOf(app.db, actorOf(request).organisationId, request.params.id) }),
  );

  app.get(
    '/organisations/:orgId/vacancies/by-external-id/:externalId',
    {
      // Its ETag carries the version, as the upsert's If-Match takes it.
      config: { access: read, versionedAnswer: true },
      schema: {
        tags: ['vacancy management'],
        summary: 'One of the organisation’s vacancies, any state, by the external id its ATS knows it by',
        description:
          'The same vacancy as `GET /vacancies/{id}` gives the organisation’s own staff and keys with `read`; ' +
          '404 when the organisation has no vacancy with this external id.',
        params: Type.Object({ orgId: Type.String({ format: 'uuid' }), externalId: ExternalId() }),
        response: { 200: VacancyDetail, ...errors },
      },
    },
    async (request) => {
      const { orgId, externalId } = request.params;
      const vacancy = await staffVacancyByExternalId(app.db, orgId, externalId);
      return (await withLogos(app.db, app.config.publicUrl, [vacancy]))[0];
    },
  );

  app.put(
    '/organisations/:orgId/vacancies/by-external-id/:externalId',
    {
      // Its ETag carries the version, as If-Match takes it (an ATS review: a bare hash was refused).
      config: { access: write, checksOwnBodyText: true, versionedAnswer: true },
      schema: {
        tags: ['vacancy management'],
        summary: 'Idempotent upsert from the organisation’s ATS (the same body twice changes nothing)',
        description:
          '`state` says where the vacancy should be: `published` (or `scheduled`, as the GET shape of a scheduled ' +
          'vacancy says) publishes it (or reopens it; with a `publishAt` to come, it is scheduled), `closed` closes ' +
          'it when live, `draft` asks for no move (a published vacancy stays published; a draft asked to be ' +
          'closed stays a draft); the answer’s `state` says where it is. Moving it is a publication decision: ' +
          'an API key then needs the scope `publish` as well, or the whole upsert is refused (403 ' +
          '`insufficient_scope`) and nothing of it is kept. Without `If-Match` the upsert is the ATS’s last ' +
          'word (the body’s `version` is ignored); with it, a vacancy at another version, or none, is 409.',
        params: Type.Object({
          orgId: Type.String({ format: 'uuid' }),
          externalId: ExternalId(),
        }),
        body: UpsertInput,
        headers: IfMatch,
        response: { 200: UpsertAnswer, 201: UpsertAnswer, ...errors },
      },
      attachValidation: true,
    },
    async (request, reply) => {
      const { actor } = actorOf(request);
      const { orgId, externalId } = request.params;
      const { input, typeProblems } = checkedBody(request, request.body);
      assertSameExternalId(externalId, input.externalId);
      // The body's `version` is the GET shape's, sent back and ignored; only If-Match asks for a
      // check: a version, or `*` for "only if it exists" (RFC 9110).
      const { warnings, ...result } = await upsertByExternalId(deps, actor, orgId, externalId, input, {
        typeProblems,
        expectedVersion: expectedVersion(request),
      });
      return reply.status(result.created ? 201 : 200).send({ ...result, ...warningsIn(warnings, localeOf(request)) });
    },
  );

  app.post(
    '/organisations/:orgId/vacancies/bulk',
    {
      // Text the database cannot store is reported per item below, not for the whole batch.
      config: { access: write, checksOwnBodyText: true },
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags: ['vacancy management'],
        summary: 'Upsert up to 1,000 vacancies at once; answers per item, good ones are kept even when others fail',
        description:
          'Each item is atomic on its own: it is validated and written in a savepoint of its own (items share a ' +
          'transaction a hundred at a time, and an item answers 2xx only once its hundred committed), and answers with ' +
          'its own `status` and, when it fails, its own `error` (with `fields` for validation). The batch is not ' +
          'atomic: items that succeed are kept whatever happens to the others, and one failing item never stops ' +
          'or undoes another. The answer is 200 whenever the batch itself was readable; check `failed`. ' +
          'An item whose `state` moves its vacancy needs an API key with the scope `publish` too (else that ' +
          'item answers 403).',
        params: OrgParams,
        body: BulkBody,
        response: {
          200: BulkAnswer,
          ...errors,
        },
      },
    },
    async (request) =>
      bulkUpsert(deps, actorOf(request).actor, request.params.orgId, request.body.items, {
        locale: localeOf(request),
        log: request.log,
      }),
  );

  /** The organisation's people, not its keys: a file is for a person at a browser (keys have the bulk route). */
  const uploader: Access = { roles: ['hr_officer', 'org_admin'], activeMembership: true };
  // A spreadsheet saved as CSV, as its bytes: upload.ts decodes them (UTF-8 or Windows-1252).
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/organisations/:orgId/vacancies/upload',
    {
      // A row whose text the database cannot store is reported with that row, as in the bulk route.
      config: { access: uploader, checksOwnBodyText: true },
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['vacancy management'],
        summary: `Upsert up to ${MAX_UPLOAD_ROWS.toLocaleString('en')} vacancies from a CSV file (text/csv); answers per row`,
        description:
          'The rows of a spreadsheet saved as CSV (text/csv, or text/plain in UTF-8; comma, semicolon or tab; ' +
          'UTF-8 or Windows-1252), with the ' +
          'columns of the template (`GET …/vacancies/upload-template`): Dutch names, or the API’s field names. ' +
          'Each row is upserted by its `kenmerk` (externalId) exactly as an item of the bulk route, and answers ' +
          'with the line it starts on, its title and its outcome; problems are named by column. A file that ' +
          'cannot be read as a whole (no header, unknown columns, no kenmerk column, a kenmerk twice, too many ' +
          'rows) answers 400 with the problem under `file`, and nothing of it is written.',
        params: OrgParams,
        documentedBody: {
          description: 'The CSV file as it is, as the request body (not a form)',
          types: ['text/csv', 'text/plain'],
          example: uploadTemplate(),
        },
        response: { 200: UploadAnswer, ...errors, 413: ErrorRef, 415: ErrorRef },
      },
    },
    async (request) => {
      // Sent as text/plain (as some clients label a .csv), it arrives as text already.
      const { body } = request;
      if (!Buffer.isBuffer(body) && typeof body !== 'string') {
        // Nothing sent is a missing file; JSON (or a form) is another type than the file.
        if (request.headers['content-type'] === undefined)
          throw new AppError(400, 'validation_failed', 'error.validation_failed', {
            fields: { file: 'upload.not_csv' },
          });
        throw new AppError(415, 'unsupported_media_type', 'upload.not_csv');
      }
      return uploadVacancies(
        deps,
        actorOf(request).actor,
        request.params.orgId,
        typeof body === 'string' ? body : decodeUpload(body),
        await listCategories(app.db),
        { locale: localeOf(request), log: request.log },
      );
    },
  );

  app.get(
    '/organisations/:orgId/vacancies/upload-template',
    {
      // For those who may upload.
      config: { access: uploader },
      schema: {
        tags: ['vacancy management'],
        summary: 'The CSV template for uploading vacancies: the columns and one example row',
        params: OrgParams,
        querystring: Type.Object(
          {
            separator: Type.Optional(CsvSeparatorSchema),
          },
          { additionalProperties: false },
        ),
        response: {
          200: documentAnswer('The template, a CSV file in UTF-8', ['text/csv'], uploadTemplate()),
          ...errors,
        },
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${csvFileName('samenwerven-vacatures-voorbeeld', request.query.separator)}"`,
        )
        .send(uploadTemplate(request.query.separator)),
  );
};

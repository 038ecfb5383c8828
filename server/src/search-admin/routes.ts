import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, eq, sql } from 'drizzle-orm';
import { organisations, searchSynonyms, searchSyncState, vacancies } from '@samenwerven/db';
import { defaultSynonymGroups, ensureVacancyIndex, loadSynonymGroups, reindexVacancies } from '@samenwerven/search';
import { recordAudit } from '../audit/audit.ts';
import { currentUser, type Access } from '../auth/plugin.ts';
import { AppError, ErrorRef, notFound } from '../errors.ts';

const coordinator: Access = { roles: ['coordinator'] };
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };
const Word = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' });

/** The coordinator's view of and grip on the shared search: synonyms, health, rebuild. */
export const searchAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const applySynonyms = async () => {
    await ensureVacancyIndex(app.searchIndex.client, app.searchIndex.indexName, await loadSynonymGroups(app.db)).catch(
      (error: unknown) => {
        throw new AppError(503, 'search_unavailable', 'error.search_unavailable', {}, error);
      },
    );
  };

  app.get(
    '/search/synonyms',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'The synonym groups: built-in and the coordinator’s own',
        response: {
          200: Type.Object({
            defaults: Type.Array(Type.Array(Type.String())),
            custom: Type.Array(Type.Object({ id: Type.String(), words: Type.Array(Type.String()) })),
          }),
          ...errors,
        },
      },
    },
    async () => ({
      defaults: defaultSynonymGroups,
      custom: (await app.db.select({ id: searchSynonyms.id, words: searchSynonyms.words }).from(searchSynonyms)).map(
        (s) => s,
      ),
    }),
  );

  app.post(
    '/search/synonyms',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Add a group of words that should find each other',
        body: Type.Object({ words: Type.Array(Word, { minItems: 2, maxItems: 20 }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({ id: Type.String(), words: Type.Array(Type.String()) }),
          ...errors,
          503: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      const words = [...new Set(request.body.words.map((w) => w.trim().toLowerCase()))];
      if (words.length < 2)
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { words: 'search.synonyms_two_words' },
        });
      const row = await app.db.transaction(async (tx) => {
        const [created] = await tx.insert(searchSynonyms).values({ words }).returning();
        await recordAudit(tx, {
          actorUserId: currentUser(request).userId,
          action: 'search.synonyms_added',
          subjectType: 'search_synonyms',
          subjectId: created!.id,
          after: { words },
        });
        return created!;
      });
      await applySynonyms();
      return reply.status(201).send({ id: row.id, words: row.words });
    },
  );

  app.delete(
    '/search/synonyms/:id',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Remove a synonym group',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errors, 503: ErrorRef },
      },
    },
    async (request, reply) => {
      await app.db.transaction(async (tx) => {
        const [removed] = await tx.delete(searchSynonyms).where(eq(searchSynonyms.id, request.params.id)).returning();
        if (!removed) throw notFound();
        await recordAudit(tx, {
          actorUserId: currentUser(request).userId,
          action: 'search.synonyms_removed',
          subjectType: 'search_synonyms',
          subjectId: removed.id,
          before: { words: removed.words },
        });
      });
      await applySynonyms();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/search/health',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Documents in the index against searchable rows in the database, backlog, last error',
        response: {
          200: Type.Object({
            indexName: Type.String(),
            reachable: Type.Boolean(),
            documentsInIndex: Type.Union([Type.Integer(), Type.Null()]),
            searchableInDatabase: Type.Integer(),
            outboxBacklog: Type.Integer(),
            lastSyncedAt: Type.Union([Type.String(), Type.Null()]),
            lastError: Type.Union([Type.String(), Type.Null()]),
            lastErrorAt: Type.Union([Type.String(), Type.Null()]),
            consecutiveFailures: Type.Integer(),
          }),
          ...errors,
        },
      },
    },
    async () => {
      const stats = await app.searchIndex.client
        .index(app.searchIndex.indexName)
        .getStats()
        .catch(() => undefined);
      const [{ n: searchable } = { n: 0 }] = await app.db
        .select({ n: sql<number>`count(*)::int` })
        .from(vacancies)
        .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
        .where(
          and(
            eq(vacancies.state, 'published'),
            eq(organisations.state, 'active'),
            sql`(${vacancies.closingDate} IS NULL OR ${vacancies.closingDate} >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
          ),
        );
      const [{ n: backlog } = { n: 0 }] = await app.db
        .execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM search_outbox`)
        .then((r) => r.rows);
      const [state] = await app.db.select().from(searchSyncState);
      return {
        indexName: app.searchIndex.indexName,
        reachable: stats !== undefined,
        documentsInIndex: stats?.numberOfDocuments ?? null,
        searchableInDatabase: searchable,
        outboxBacklog: backlog,
        lastSyncedAt: state?.lastSyncedAt?.toISOString() ?? null,
        lastError: state?.lastError ?? null,
        lastErrorAt: state?.lastErrorAt?.toISOString() ?? null,
        consecutiveFailures: state?.consecutiveFailures ?? 0,
      };
    },
  );

  app.post(
    '/search/reindex',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Rebuild the index from the database with zero downtime',
        response: { 200: Type.Object({ documents: Type.Integer(), seconds: Type.Number() }), ...errors, 503: ErrorRef },
      },
    },
    async (request) => {
      const started = Date.now();
      const result = await reindexVacancies(app.db, app.searchIndex.client, app.searchIndex.indexName, {
        synonymGroups: await loadSynonymGroups(app.db),
      }).catch((error: unknown) => {
        throw new AppError(503, 'search_unavailable', 'error.search_unavailable', {}, error);
      });
      await recordAudit(app.db, {
        actorUserId: currentUser(request).userId,
        action: 'search.reindexed',
        subjectType: 'search_index',
        subjectId: app.searchIndex.indexName,
        after: result,
      });
      return { documents: result.documents, seconds: (Date.now() - started) / 1000 };
    },
  );
};

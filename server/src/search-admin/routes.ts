import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { ErrorRef } from '../errors.ts';
import {
  addSynonymGroup,
  rebuildIndex,
  removeSynonymGroup,
  searchHealth,
  setBuiltInSynonymGroup,
  synonymGroups,
} from './service.ts';
import { Filled, NoFields } from '../contract/typebox.ts';

const coordinator: Access = { roles: ['coordinator'] };
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };
const Word = Filled({ maxLength: 60 });
const BuiltInGroup = Type.Object({
  id: Type.String(),
  words: Type.Array(Type.String()),
  active: Type.Boolean({ description: 'False when the coordinator switched it off' }),
});

/** The coordinator's view of and grip on the shared search: synonyms, health, rebuild. */
export const searchAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/search/synonyms',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'The synonym groups: built-in and the coordinator’s own',
        response: {
          200: Type.Object({
            defaults: Type.Array(Type.Array(Type.String()), {
              description: 'The words of every built-in group, switched off or not (see `builtIn`)',
            }),
            builtIn: Type.Array(BuiltInGroup),
            custom: Type.Array(Type.Object({ id: Type.String(), words: Type.Array(Type.String()) })),
          }),
          ...errors,
        },
      },
    },
    async () => synonymGroups(app.db),
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
          409: ErrorRef,
          503: ErrorRef,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addSynonymGroup(app.db, app.searchIndex, currentUser(request).userId, request.body.words)),
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
      await removeSynonymGroup(app.db, app.searchIndex, currentUser(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/search/synonyms/built-in/:id',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Switch a built-in synonym group off, or on again',
        description:
          'A group that comes with the portal can be switched off (e.g. to replace it with an own, different ' +
          'group) and on again; the index takes the change before the answer comes. The audit log records it.',
        params: Type.Object({ id: Type.String({ maxLength: 40 }) }),
        body: Type.Object({ active: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: BuiltInGroup, ...errors, 503: ErrorRef },
      },
    },
    async (request) =>
      setBuiltInSynonymGroup(
        app.db,
        app.searchIndex,
        currentUser(request).userId,
        request.params.id,
        request.body.active,
      ),
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
    async () => searchHealth(app.db, app.searchIndex),
  );

  app.post(
    '/search/reindex',
    {
      config: { access: coordinator },
      schema: {
        tags: ['search admin'],
        summary: 'Rebuild the index from the database with zero downtime',
        body: NoFields(),
        response: { 200: Type.Object({ documents: Type.Integer(), seconds: Type.Number() }), ...errors, 503: ErrorRef },
      },
    },
    async (request) => rebuildIndex(app.db, app.searchIndex, currentUser(request).userId),
  );
};

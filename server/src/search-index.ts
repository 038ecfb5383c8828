/**
 * The Meilisearch index the app searches, as the `searchIndex` decorator (set in app.ts).
 * Declared here rather than in app.ts, so the domains that search need not import the app.
 */
import type { Meilisearch } from 'meilisearch';

export interface SearchIndex {
  client: Meilisearch;
  indexName: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    searchIndex: SearchIndex;
  }
}

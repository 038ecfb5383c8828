/**
 * The Meilisearch index the app searches, as the `searchIndex` decorator (set in app.ts).
 * Declared here rather than in app.ts, so the domains that search need not import the app.
 */
import type { Meilisearch } from 'meilisearch';

export interface SearchIndex {
  client: Meilisearch;
  indexName: string;
  /** Whether identical searches may reuse the engine's answer (SEARCH_CACHE; on unless false). */
  cacheAnswers?: boolean;
  /** Whether degraded-mode searches share and reuse database answers (DEGRADED_SHARING; on unless false). */
  shareDegraded?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    searchIndex: SearchIndex;
  }
}

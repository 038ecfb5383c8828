/**
 * The API's OpenAPI document, built as the server builds it (for the CLI and the tests). The app
 * never listens: the database pool and the Meilisearch client connect on their first query, and
 * building the app runs none, so the addresses below need not exist.
 */
import { createDb } from '@samenwerven/db';
import { createSearchClient } from '@samenwerven/search';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

/** A fixed environment, so the document is the same on every machine (its `servers` entry too). */
const ENVIRONMENT = {
  NODE_ENV: 'production',
  JWT_SECRET: 'openapi-document-only-never-signs-anything',
  DATABASE_URL: 'postgres://openapi.invalid/none',
  MEILI_URL: 'http://openapi.invalid',
  PUBLIC_URL: 'http://localhost:3000',
};

/** The document the running server publishes at /api/v1/openapi.json. */
export async function buildOpenApiDocument(): Promise<unknown> {
  const config = loadConfig(ENVIRONMENT);
  const database = createDb(config.DATABASE_URL ?? '');
  const app = await buildApp({
    config,
    db: database.db,
    search: { client: createSearchClient(config.MEILI_URL ?? '', undefined), indexName: config.MEILI_INDEX },
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}

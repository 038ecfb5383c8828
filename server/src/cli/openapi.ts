/**
 * The API's OpenAPI document, and the web app's types generated from it.
 *
 *   tsx server/src/cli/openapi.ts            prints the document as JSON
 *   tsx server/src/cli/openapi.ts --write    writes web/src/api/openapi.gen.ts (`npm run api:types`)
 *   tsx server/src/cli/openapi.ts --check    fails when that file is out of date (`npm run api:types:check`)
 *
 * The app is built as the server builds it, but never listens: the database pool and the
 * Meilisearch client connect on their first query, and building the app runs none, so the
 * addresses below need not exist.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { createDb } from '@samenwerven/db';
import { createSearchClient } from '@samenwerven/search';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const TYPES_FILE = fileURLToPath(new URL('../../../web/src/api/openapi.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\` (server/src/cli/openapi.ts,
 * openapi-typescript); do not edit. CI runs \`npm run api:types:check\`, which fails when this file
 * and the route schemas disagree. The web app names these types in web/src/api/types.ts.
 */
`;

/** A fixed environment, so the document is the same on every machine (its `servers` entry too). */
const ENVIRONMENT = {
  NODE_ENV: 'production',
  JWT_SECRET: 'openapi-document-only-never-signs-anything',
  DATABASE_URL: 'postgres://openapi.invalid/none',
  MEILI_URL: 'http://openapi.invalid',
  PUBLIC_URL: 'http://localhost:3000',
};

/** The document the running server publishes at /api/v1/openapi.json. */
async function buildOpenApiDocument(): Promise<unknown> {
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

/** The TypeScript of a document, formatted as `prettier --check .` expects it. */
async function generateTypes(document: unknown): Promise<string> {
  const source = HEADER + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  const options = await prettier.resolveConfig(TYPES_FILE);
  return prettier.format(source, { ...options, filepath: TYPES_FILE });
}

async function checkTypes(generated: string): Promise<boolean> {
  const committed = await readFile(TYPES_FILE, 'utf8').catch(() => '');
  if (committed === generated) return true;
  process.stderr.write(
    `${TYPES_FILE} is out of date with the server's route schemas.\n` +
      'Run `npm run api:types` and commit the result.\n',
  );
  return false;
}

async function main(mode: string | undefined): Promise<void> {
  const document = await buildOpenApiDocument();
  if (mode === undefined) {
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else if (mode === '--write') {
    await writeFile(TYPES_FILE, await generateTypes(document));
  } else if (mode === '--check') {
    if (!(await checkTypes(await generateTypes(document)))) process.exitCode = 1;
  } else {
    process.stderr.write(`Unknown option ${mode}: use --write, --check or nothing.\n`);
    process.exitCode = 2;
  }
}

await main(process.argv[2]);

/**
 * The API's OpenAPI document, and the web app's types generated from it.
 *
 *   tsx server/src/cli/openapi.ts            prints the document as JSON
 *   tsx server/src/cli/openapi.ts --write    writes web/src/api/openapi.gen.ts (`npm run api:types`)
 *   tsx server/src/cli/openapi.ts --check    fails when that file is out of date (`npm run api:types:check`)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildOpenApiDocument } from '../contract/openapi-document.ts';

const TYPES_FILE = fileURLToPath(new URL('../../../web/src/api/openapi.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\` (server/src/cli/openapi.ts,
 * openapi-typescript); do not edit. CI runs \`npm run api:types:check\`, which fails when this file
 * and the route schemas disagree. The web app names these types in web/src/api/types.ts.
 */
`;

/**
 * The TypeScript of a document, formatted as `prettier --check .` expects it. Without the
 * examples: they are for people reading the document, and would double the types' size as comments.
 */
async function generateTypes(document: unknown): Promise<string> {
  const types = JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'example' ? undefined : value)));
  const source = HEADER + astToString(await openapiTS(types as Parameters<typeof openapiTS>[0]));
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

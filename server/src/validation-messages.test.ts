/**
 * Every validation keyword the API's schemas use has a message of ours, in Dutch and English:
 * otherwise a 400 would name the field in Ajv's English ("must NOT have fewer than 2 items")
 * also for a Dutch reader. The keywords are read from the routes' own OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { hasMessage } from './i18n.ts';
import { buildOpenApiDocument } from './contract/openapi-document.ts';

/** Keywords that validate a value (not the ones that only describe or combine schemas). */
const VALIDATING = new Set([
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'pattern',
  'format',
  'enum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'required',
  'additionalProperties',
  'type',
  'anyOf',
  'oneOf',
]);

function keywordsIn(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) keywordsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (VALIDATING.has(key)) found.add(key);
      keywordsIn(value, found);
    }
  }
  return found;
}

describe('validation messages', () => {
  it('has one of ours for every keyword the API validates with', async () => {
    const document = (await buildOpenApiDocument()) as { paths: object };
    const used = [...keywordsIn(document.paths, new Set())].sort();
    expect(used).toContain('minItems');
    expect(used.filter((keyword) => !hasMessage(`validation.${keyword}`))).toEqual([]);
  });
});

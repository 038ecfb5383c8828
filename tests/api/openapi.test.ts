import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('API documentation', () => {
  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const response = await ctx.app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/health',
      '/api/v1/vacancies',
      '/api/v1/vacancies/{id}',
      '/api/v1/organisations',
      '/api/v1/taxonomies',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    const parameters = document.paths['/api/v1/vacancies'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['q', 'category', 'near', 'radiusKm', 'sort', 'page', 'pageSize']),
    );
  });

  it('serves a browsable reference at /api/docs', async () => {
    const response = await ctx.app.inject('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

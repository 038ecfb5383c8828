/**
 * The built web app as the server sends it: scripts and style sheets compressed at build
 * time (brotli or gzip, as the browser accepts), byte for byte the same once decompressed,
 * cached for a year under their content hash; the page itself never cached stale.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

// The suite's production build exists where the browser suite runs (global-setup.ts).
const enabled = browserAvailable();

describe.skipIf(!enabled)('the web app’s files', () => {
  let ctx: TestContext;
  let scripts: string[];
  const webRoot = inject('webRoot');

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot });
    scripts = (await readdir(path.join(webRoot, 'assets'))).filter((file) => /\.(js|css)$/.test(file));
  });
  afterAll(() => ctx?.close());

  it('are sent compressed as the browser accepts, and decompress to the built file', async () => {
    // Every script and style sheet the page loads is among them.
    const html = await readFile(path.join(webRoot, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(loaded.filter((file) => file.endsWith('.css'))).toHaveLength(1);
    expect(loaded.filter((file) => file.startsWith('index-') && file.endsWith('.js'))).toHaveLength(1);
    expect(scripts).toEqual(expect.arrayContaining(loaded));
    for (const file of scripts) {
      const original = await readFile(path.join(webRoot, 'assets', file));
      const url = `/assets/${file}`;
      const br = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.statusCode, url).toBe(200);
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers['cache-control']).toContain('immutable');
      expect(brotliDecompressSync(br.rawPayload).equals(original), url).toBe(true);
      // Tiny chunks may not shrink; anything of size must.
      if (original.length > 2048) expect(br.rawPayload.length, url).toBeLessThan(original.length);

      const gz = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).equals(original), url).toBe(true);

      const plain = await ctx.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.equals(original)).toBe(true);
    }
  });

  it('serves the page itself uncached, so a new build reaches every visitor', async () => {
    // Rendered by the server: browsers ask again every time (max-age=0); a shared cache may keep
    // it for seconds.
    const page = await ctx.app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('public, max-age=0, s-maxage=5');
    expect(page.body).toContain('<div id="root">');
    // The bare app the browser renders: never kept without asking.
    const bare = await ctx.app.inject({ url: '/', headers: { 'x-render': 'client' } });
    expect(bare.headers['cache-control']).toBe('no-cache');
    expect(bare.body).toContain('<div id="root"></div>');
  });
});

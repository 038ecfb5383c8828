/**
 * The usual frame of a browser test file: its own database and index with the demo alliance
 * seeded (plus whatever the file adds) and indexed, the portal on a free port serving the
 * production build, and Chromium. Register it inside the file's `describe`.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemo } from '@samenwerven/db/seed';
import { BROWSER_ENV, launchBrowser } from './browser.ts';
import { createTestContext, type TestContext } from './context.ts';

export interface PortalInBrowser {
  ctx: TestContext;
  browser: Browser;
  baseUrl: string;
}

export function portalInBrowser(options: {
  vacancyCount: number;
  /** Extra data, added before the index is synced. */
  seed?: (ctx: TestContext) => Promise<void>;
}): PortalInBrowser {
  const rig = {} as PortalInBrowser;
  beforeAll(async () => {
    rig.ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    await seedDemo(rig.ctx.db, { vacancyCount: options.vacancyCount, hashPassword: async () => 'not-a-real-hash' });
    await options.seed?.(rig.ctx);
    await rig.ctx.sync();
    rig.baseUrl = await rig.ctx.app.listen({ port: 0, host: '127.0.0.1' });
    rig.browser = await launchBrowser();
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.ctx?.close();
  });
  return rig;
}

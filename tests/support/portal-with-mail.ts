/**
 * The frame of a browser test whose story goes through e-mail: a real SMTP catcher, the
 * portal sending to it with links to its own fixed address, and Chromium. Unlike
 * `portalInBrowser` nothing is seeded but what the file adds. Register it inside the
 * file's `describe`.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { freePort } from '@samenwerven/db';
import { BROWSER_ENV, launchBrowser } from './browser.ts';
import { createTestContext, type TestContext } from './context.ts';
import { startMailCatcher, type MailCatcher } from './mail.ts';
import type { PortalInBrowser } from './portal-in-browser.ts';

export interface PortalWithMail extends PortalInBrowser {
  mail: MailCatcher;
}

export function portalWithMail(options: { seed?: (ctx: TestContext) => Promise<void> } = {}): PortalWithMail {
  const rig = {} as PortalWithMail;
  beforeAll(async () => {
    rig.mail = await startMailCatcher();
    // The e-mailed links must reach this app, so its address is fixed before it starts.
    const port = await freePort();
    rig.baseUrl = `http://127.0.0.1:${port}`;
    rig.ctx = await createTestContext({
      webRoot: inject('webRoot'),
      env: { ...BROWSER_ENV, SMTP_URL: rig.mail.url, PUBLIC_URL: rig.baseUrl },
    });
    await options.seed?.(rig.ctx);
    await rig.ctx.app.listen({ port, host: '127.0.0.1' });
    rig.browser = await launchBrowser();
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.ctx?.close();
    await rig.mail?.close();
  });
  return rig;
}

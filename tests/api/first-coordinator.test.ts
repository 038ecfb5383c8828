/**
 * A portal on an empty database (a first production start) gets its first user from the command
 * line (`npm run coordinator`): the alliance office is made, its coordinator invited, and the
 * invitation signs them in as coordinator. The office's next coordinators come the same way.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, users } from '@samenwerven/db';
import { inviteCoordinator } from '../../server/src/staff/service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const deps = () => ({ db: ctx.db, publicUrl: 'https://werken.example' });
const office = { name: 'Alliantiebureau Proef' };

describe('the first coordinator', () => {
  it('needs the office’s seat while there is no office, then makes the office and invites', async () => {
    await expect(
      inviteCoordinator(deps(), { email: 'eerste@alliantie.example', name: 'Eerste Coördinator', office }),
    ).rejects.toMatchObject({ statusCode: 400 });
    expect(await ctx.db.select().from(organisations)).toHaveLength(0);

    const invited = await inviteCoordinator(deps(), {
      email: 'eerste@alliantie.example',
      name: 'Eerste Coördinator',
      office: { ...office, municipalityCode: 'GM0855' },
    });
    expect(invited).toMatchObject({ officeName: 'Alliantiebureau Proef', createdOffice: true });
    const [made] = await ctx.db.select().from(organisations);
    expect(made).toMatchObject({ isCoordinatingBody: true, state: 'active', municipalityCode: 'GM0855' });

    // The link sets a password, and the account signs in as the office's coordinator.
    const token = new URL(invited.link).hash.replace(/^#token=/, '');
    expect(token).toMatch(/^[\w-]{20,}$/);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'een eigen sterk wachtwoord' },
    });
    expect(accepted.statusCode).toBe(200);
    const signedIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'eerste@alliantie.example', password: 'een eigen sterk wachtwoord' },
    });
    expect(signedIn.statusCode).toBe(200);
    const me = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${signedIn.json().token}` },
    });
    expect(me.json()).toMatchObject({ role: 'coordinator', organisation: { name: 'Alliantiebureau Proef' } });
  });

  it('invites the next coordinator into the same office, and no address twice', async () => {
    const next = await inviteCoordinator(deps(), { email: 'tweede@alliantie.example', name: 'Tweede', office });
    expect(next).toMatchObject({ officeName: 'Alliantiebureau Proef', createdOffice: false });
    const [user] = await ctx.db.select().from(users).where(eq(users.email, 'tweede@alliantie.example'));
    expect(user?.role).toBe('coordinator');
    await expect(
      inviteCoordinator(deps(), { email: 'Tweede@Alliantie.example', name: 'Nog eens', office }),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(await ctx.db.select().from(organisations)).toHaveLength(1);
  });

  it('is refused by the command without an address and a name, saying how to call it', async () => {
    const run = promisify(execFile);
    const repo = path.resolve(import.meta.dirname, '../..');
    const failed = await run(path.join(repo, 'node_modules/.bin/tsx'), ['server/src/cli/coordinator.ts'], {
      cwd: repo,
    }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failed && failed.code).toBe(2);
    expect('stdout' in failed && failed.stdout).toContain('npm run coordinator -- --email');
  });
});

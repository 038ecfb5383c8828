/**
 * What sign-in leaves behind is not kept for ever (auth/expired-security-data.ts, found by a
 * privacy review): expired sessions and e-mailed links go, and failed sign-ins (with the network
 * they came from, or the address typed) after 180 days; what is still live or recent stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { auditLog, sessions, userTokens } from '@samenwerven/db';
import { FAILED_SIGN_IN_DAYS, forgetExpiredSecurityData } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from '../support/http.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the nightly forgetting of sign-in data', () => {
  it('deletes expired sessions and links and old failed sign-ins, and keeps what is live or recent', async () => {
    const user = await createUser(ctx.db, { role: 'job_seeker' });
    await signIn(ctx.app, user.email, TEST_PASSWORD);
    await signIn(ctx.app, user.email, TEST_PASSWORD);
    const [expired, live] = await ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    await ctx.db
      .update(sessions)
      .set({ expiresAt: daysAgo(1) })
      .where(eq(sessions.id, expired!.id));
    const links = await ctx.db
      .insert(userTokens)
      .values([
        {
          userId: user.id,
          purpose: 'password_reset',
          tokenHash: 'verlopen',
          expiresAt: daysAgo(1),
          usedAt: daysAgo(2),
        },
        { userId: user.id, purpose: 'email_confirmation', tokenHash: 'geldig', expiresAt: daysAgo(-1) },
      ])
      .returning({ id: userTokens.id });
    const audit = await ctx.db
      .insert(auditLog)
      .values(
        [FAILED_SIGN_IN_DAYS + 1, FAILED_SIGN_IN_DAYS - 1].map((days) => ({
          at: daysAgo(days),
          action: 'auth.sign_in_failed',
          subjectType: 'user',
          subjectId: 'iemand@example.nl',
          after: { ip: '198.51.100.7' },
        })),
      )
      .returning({ id: auditLog.id });
    const [changed] = await ctx.db
      .insert(auditLog)
      .values({ at: daysAgo(400), action: 'auth.password_changed', subjectType: 'user', subjectId: user.id })
      .returning({ id: auditLog.id });

    expect(await forgetExpiredSecurityData(ctx.db)).toBeGreaterThanOrEqual(3);

    const sessionsLeft = await ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(sessionsLeft.map((s) => s.id)).toEqual([live!.id]);
    const linksLeft = await ctx.db
      .select({ id: userTokens.id })
      .from(userTokens)
      .where(
        inArray(
          userTokens.id,
          links.map((l) => l.id),
        ),
      );
    expect(linksLeft.map((l) => l.id)).toEqual([links[1]!.id]);
    const auditLeft = await ctx.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(inArray(auditLog.id, [...audit.map((a) => a.id), changed!.id]));
    expect(auditLeft.map((a) => a.id).toSorted()).toEqual([audit[1]!.id, changed!.id].toSorted());
  });
});

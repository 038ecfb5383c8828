/**
 * Requests that arrive at the same moment (found by a review racing them): a membership change
 * while a bulk import writes, two admins removing each other, and bulks of the same new external
 * ids in different orders, a removal while the removed changes their password. The races are made deterministic where they can be: a test
 * transaction holds the search outbox, so a write stops half-way until the other request waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { organisations, users, vacancies, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, signInNewCoordinator, type Session } from '../support/http.ts';

let ctx: TestContext;
let coordinator: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await signInNewCoordinator(ctx);
});
afterAll(() => ctx.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const item = (externalId: string) => ({
  externalId,
  title: 'Medewerker tijdens de schorsing',
  category: 'ict',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  municipalityCode: 'GM0855',
  closingDate: inDays(30),
  state: 'published',
});
const bulk = (organisation: Organisation, session: Session, ids: string[]) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/vacancies/bulk`,
    headers: session.bearer,
    payload: { items: ids.map(item) },
  });

/**
 * Waits until `n` sessions of this test's database wait for a lock (the requests have reached
 * theirs). By database: other test files run on the same server at the same time.
 */
async function untilWaiting(n: number) {
  for (let i = 0; i < 500; i++) {
    const { rows } = await ctx.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]!.n >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`fewer than ${n} lock requests ever waited`);
}

async function staffOf(organisation: Organisation, role: 'org_admin' | 'hr_officer') {
  const user = await createUser(ctx.db, { role, organisation });
  return { user, session: await signIn(ctx.app, user.email, TEST_PASSWORD) };
}

describe('a membership change while a bulk import writes', () => {
  it('leaves none of the import live once the suspension has answered: what comes after it is refused item by item', async () => {
    const organisation = await createOrganisation(ctx.db);
    const { session: hr } = await staffOf(organisation, 'hr_officer');
    const ids = Array.from({ length: 600 }, (_, i) => `SCHORSING-${String(i).padStart(3, '0')}`);
    // The import's first hundreds stop at their first row until the suspension waits too.
    const holder = await ctx.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE search_outbox IN ACCESS EXCLUSIVE MODE');
      const importing = bulk(organisation, hr, ids);
      await untilWaiting(2);
      const suspending = ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/suspend`,
        headers: coordinator.bearer,
        payload: { reason: 'Onderzoek' },
      });
      await untilWaiting(3);
      await holder.query('ROLLBACK');
      const [imported, suspended] = await Promise.all([importing, suspending]);
      expect(suspended.statusCode, suspended.body).toBe(200);
      expect(imported.statusCode, imported.body).toBe(200);
      const statuses = (imported.json().items as { status: number; error?: { code: string } }[]).map((answer) =>
        answer.status === 403 ? answer.error!.code : answer.status,
      );
      expect(new Set(statuses)).toEqual(new Set([201, 'membership_inactive']));
    } finally {
      holder.release();
    }
    const live = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(vacancies)
      .where(and(eq(vacancies.organisationId, organisation.id), eq(vacancies.state, 'published')));
    expect(live[0]!.n).toBe(0);
  });
});

describe('the last admin', () => {
  it('is kept when two admins remove each other at the same moment, and when they take each other’s role: the second is no admin any more', async () => {
    for (const change of ['remove', 'demote'] as const) {
      const organisation = await createOrganisation(ctx.db);
      const a = await staffOf(organisation, 'org_admin');
      const b = await staffOf(organisation, 'org_admin');
      const act = (by: Session, on: string) =>
        ctx.app.inject({
          method: change === 'remove' ? 'DELETE' : 'PATCH',
          url: `/api/v1/organisations/${organisation.id}/users/${on}`,
          headers: by.bearer,
          ...(change === 'demote' ? { payload: { role: 'hr_officer' } } : {}),
        });
      const answers = await Promise.all([act(a.session, b.user.id), act(b.session, a.user.id)]);
      // One goes first; the other is then no admin any more, and its change is refused.
      expect(answers.map((answer) => answer.statusCode).toSorted(), change).toEqual([
        change === 'remove' ? 204 : 200,
        403,
      ]);
      expect(answers.find((answer) => answer.statusCode === 403)!.json().error.code).toBe('forbidden');
      const admins = await ctx.pool.query(
        "SELECT 1 FROM users WHERE organisation_id = $1 AND role = 'org_admin' AND deactivated_at IS NULL",
        [organisation.id],
      );
      expect(admins.rowCount, change).toBe(1);
    }
  });

  it('is not one who was invited and never accepted: that one cannot sign in', async () => {
    const organisation = await createOrganisation(ctx.db);
    const admin = await staffOf(organisation, 'org_admin');
    const invited = await createUser(ctx.db, { role: 'org_admin', organisation });
    await ctx.db.update(users).set({ passwordHash: null }).where(eq(users.id, invited.id));
    const demoted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisation.id}/users/${admin.user.id}`,
      headers: admin.session.bearer,
      payload: { role: 'hr_officer' },
    });
    expect([demoted.statusCode, demoted.json().error?.code]).toEqual([409, 'last_admin']);
  });
});

describe('an admin demoted while making an admin’s change', () => {
  it('finishes none of it: the write waits for the demotion, then sees it (a key, a leave, an invitation)', async () => {
    const organisation = await createOrganisation(ctx.db);
    const { user, session } = await staffOf(organisation, 'org_admin');
    await staffOf(organisation, 'org_admin');
    const writes = [
      { method: 'POST', url: `/api/v1/organisations/${organisation.id}/api-keys`, payload: { name: 'ATS' } },
      { method: 'POST', url: `/api/v1/organisations/${organisation.id}/leave`, payload: { reason: 'Weg' } },
      {
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/users`,
        payload: { email: `collega-${organisation.slug}@example.org`, name: 'Collega', role: 'org_admin' },
      },
    ] as const;
    // Each write is past its access check (an admin still) when the demotion, holding the
    // staff lock as a role change does, commits.
    for (const write of writes) {
      const holder = await ctx.pool.connect();
      try {
        await holder.query('BEGIN');
        await holder.query("SELECT pg_advisory_xact_lock(hashtextextended('staff:' || $1, 0))", [organisation.id]);
        const writing = ctx.app.inject({ ...write, headers: session.bearer });
        await untilWaiting(1);
        await holder.query("UPDATE users SET role = 'hr_officer' WHERE id = $1", [user.id]);
        await holder.query('COMMIT');
        const answer = await writing;
        expect([answer.statusCode, answer.json().error?.code], write.url).toEqual([403, 'forbidden']);
      } finally {
        await holder.query('ROLLBACK');
        holder.release();
      }
      await ctx.db.update(users).set({ role: 'org_admin' }).where(eq(users.id, user.id));
    }
    const [left] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisation.id));
    expect(left!.state).toBe('active');
    const keys = await ctx.pool.query('SELECT 1 FROM api_keys WHERE organisation_id = $1', [organisation.id]);
    expect(keys.rowCount).toBe(0);
  });
});

describe('a staff member removed while changing their own password', () => {
  it('keeps the old password and answers as signed out, as the next request would', async () => {
    const organisation = await createOrganisation(ctx.db);
    const { user, session } = await staffOf(organisation, 'hr_officer');
    const [before] = await ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    // The change stops at its write until the account is removed (as the admin's removal does).
    const holder = await ctx.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [user.id]);
      const changing = ctx.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: session.bearer,
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'een heel ander wachtwoord 42' },
      });
      await untilWaiting(1);
      await holder.query('UPDATE users SET deactivated_at = now() WHERE id = $1', [user.id]);
      await holder.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
      await holder.query('COMMIT');
      const changed = await changing;
      expect([changed.statusCode, changed.json().error?.code]).toEqual([401, 'unauthenticated']);
    } finally {
      await holder.query('ROLLBACK'); // when the test failed half-way: the pool gets no open transaction
      holder.release();
    }
    const [after] = await ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(after!.hash).toBe(before!.hash);
  });
});

describe('bulks of the same new external ids at once', () => {
  it('write each vacancy once and answer every item, in whatever order each sends them', async () => {
    const organisation = await createOrganisation(ctx.db);
    const { session: hr } = await staffOf(organisation, 'hr_officer');
    // Ids that sort differently by character code and by the database's collation (_, é, upper case).
    const ids = Array.from({ length: 250 }, (_, i) => `${['_t', 'é', 'B', 'a'][i % 4]}-${i}`);
    // Four orders: as made, reversed, and two interleavings.
    const orders = [ids, ids.toReversed(), ids.filter((_, i) => i % 2 === 0).concat(ids.filter((_, i) => i % 2 === 1))];
    orders.push(orders[2]!.toReversed());
    const answers = await Promise.all(orders.map((order) => bulk(organisation, hr, order)));
    // A whole bulk may be told to come back (503 with Retry-After) when no database connection was
    // free in time: four bulks of two lanes each beside the other tests (it happened in a loaded
    // run). Sending it again is safe; the others write every vacancy. At least one goes through.
    const through = answers.filter((answer) => answer.statusCode === 200);
    for (const answer of answers.filter((a) => a.statusCode !== 200))
      expect([answer.statusCode, answer.headers['retry-after'] !== undefined], answer.body).toEqual([503, true]);
    expect(through.length).toBeGreaterThan(0);
    const statuses = through.flatMap((answer) => (answer.json().items as { status: number }[]).map((i) => i.status));
    // Never a 500. A hundred that still deadlocks after three tries answers 503 write_conflict (send
    // again); on a loaded machine that can happen, and the other bulks then write those vacancies.
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
    // Each made once: by the bulks that answered, unless one told to come back made some first.
    const made = statuses.filter((status) => status === 201).length;
    if (through.length === answers.length) expect(made).toBe(250);
    else expect(made).toBeLessThanOrEqual(250);
    const rows = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(vacancies)
      .where(eq(vacancies.organisationId, organisation.id));
    expect(rows[0]!.n).toBe(250);
  });
});

/**
 * Nobody can turn the portal's public forms into a mail cannon: however many addresses the
 * requests come from, one mailbox gets at most a few mails of each kind that a stranger can
 * cause (registration, joining, password reset), and the answers stay the same as always
 * (no enumeration). Applying to join is also limited per address, as it makes an
 * organisation and an account each time; so are signing up and asking for reset links, so that
 * one network address cannot have thousands of mailboxes mailed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { mailOutbox } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { applicationForm, createOrganisation, createUser, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

let client = 0;
/** Each request from an address of its own, as from a botnet. */
const post = (url: string, payload: object, remoteAddress = `192.0.2.${++client % 250}`) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress });

async function mailsTo(email: string, kind: string) {
  const rows = await ctx.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.recipient}) = lower(${email}) AND ${mailOutbox.kind} = ${kind}`);
  return rows.length;
}

describe('one mailbox, many requests', () => {
  it('registering a known address again and again mails it three times a day at most', async () => {
    const victim = await createUser(ctx.db, { email: 'slachtoffer@example.nl' });
    for (let i = 0; i < 8; i++) {
      const answer = await post('/auth/register', { email: victim.email, password: 'een ander wachtwoord', name: 'X' });
      expect(answer.statusCode).toBe(202);
    }
    expect(await mailsTo(victim.email, 'registration_known')).toBe(3);
  });

  it('applying again and again with one address mails it ten receipts a day at most; each application is taken', async () => {
    const organisation = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    for (let i = 0; i < 12; i++) {
      // Each a different application (the same one sent again is taken as the first).
      const form = await applicationForm({ email: 'doelwit@example.nl', motivation: `Poging ${i}.` });
      const answer = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancy.id}/applications`,
        payload: form.payload,
        headers: form.headers,
        remoteAddress: `198.51.100.${i + 1}`,
      });
      expect(answer.statusCode).toBe(201);
    }
    expect(await mailsTo('doelwit@example.nl', 'job_application_received')).toBe(10);
  });

  it('registering a new address again and again sends three mails of each kind at most', async () => {
    for (let i = 0; i < 8; i++) {
      const answer = await post('/auth/register', {
        email: 'nieuw@example.nl',
        password: 'een ander wachtwoord',
        name: 'X',
      });
      expect(answer.statusCode).toBe(202);
    }
    // The first makes the (unconfirmed) account and mails its link; the rest find it known.
    expect(await mailsTo('nieuw@example.nl', 'registration_confirmation')).toBe(1);
    expect(await mailsTo('nieuw@example.nl', 'registration_known')).toBe(3);
  });

  it('password reset links: five an hour and ten a day at most, and the last one sent stays valid', async () => {
    const victim = await createUser(ctx.db, { email: 'herstel@example.nl' });
    for (let i = 0; i < 9; i++)
      expect((await post('/auth/password-reset', { email: victim.email })).statusCode).toBe(202);
    expect(await mailsTo(victim.email, 'password_reset')).toBe(5);
    const open = await ctx.pool.query(
      `SELECT count(*)::int AS n FROM user_tokens WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL`,
      [victim.id],
    );
    // The requests beyond the cap issued nothing, so they voided nothing either.
    expect(open.rows[0].n).toBe(1);
    // Hours later, five more; then none for the rest of the day (five an hour alone was 120 a day).
    const hoursLater = () =>
      ctx.pool.query(
        `UPDATE mail_outbox SET created_at = created_at - interval '2 hours' WHERE lower(recipient) = lower($1)`,
        [victim.email],
      );
    for (const expected of [10, 10]) {
      await hoursLater();
      for (let i = 0; i < 6; i++) await post('/auth/password-reset', { email: victim.email });
      expect(await mailsTo(victim.email, 'password_reset')).toBe(expected);
    }
  });
});

describe('applying to join', () => {
  it('is limited per address, with the wait in the answer', async () => {
    const apply = (i: number) =>
      post(
        '/membership-applications',
        {
          organisation: { name: `Waterschap Proef ${i}`, kind: 'water_board', municipalityCode: 'GM0796' },
          admin: { name: 'Aanvrager', email: `aanvrager${i}@example.nl`, password: 'een lang wachtwoord voor proef' },
        },
        '198.51.100.9',
      );
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await apply(i)).statusCode);
    expect(statuses).toEqual([...Array<number>(10).fill(202), 429]);
    const refused = await apply(99);
    // The hour's window opened with the first application, moments ago.
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.json().error.code).toBe('rate_limited');
  });
});

describe('many mailboxes, one network address', () => {
  /** The route, and its body for the `i`th address. */
  type Form = [string, (i: number) => object];
  const forms: [string, Form][] = [
    [
      'signing up',
      ['/auth/register', (i) => ({ email: `nieuw-${i}@example.nl`, password: 'een lang wachtwoord', name: 'X' })],
    ],
    ['asking for reset links', ['/auth/password-reset', (i) => ({ email: `iemand-${i}@example.nl` })]],
  ];
  it.each(forms)(
    '%s is limited to 50 an hour, with the wait; another network address is not held up',
    async (_, form) => {
      const [url, body] = form;
      const statuses = [];
      for (let i = 0; i < 51; i++) statuses.push((await post(url, body(i), '198.51.100.20')).statusCode);
      expect(statuses).toEqual([...Array<number>(50).fill(202), 429]);
      const refused = await post(url, body(99), '198.51.100.20');
      expect(refused.json().error.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
      expect((await post(url, body(100), '198.51.100.21')).statusCode).toBe(202);
    },
  );
});

/**
 * The mail outbox (DESIGN.md invariant 8): with several workers and across restarts and
 * failures, every message goes out exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { mailOutbox } from '@samenwerven/db';
import { enqueueMail, MailOutboxWorker, type Mailer, type MailMessage } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

/** A mail server that records what it accepted, taking a little time like a real one. */
function recordingMailer(options: { failFirst?: number } = {}) {
  const accepted: MailMessage[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const mailer: Mailer = {
    async send(message) {
      await new Promise((r) => setTimeout(r, 1 + Math.random() * 4));
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('421 try again later');
      }
      accepted.push(message);
    },
  };
  return { mailer, accepted };
}

async function enqueue(n: number, kind: string): Promise<number[]> {
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await enqueueMail(tx, {
        to: `ontvanger-${kind}-${i}@example.nl`,
        subject: `Bericht ${i}`,
        text: 'Hallo',
        html: '<p>Hallo, <a href="https://example.nl/#sleutel=geheim">beheer</a></p>',
        headers: { 'List-Unsubscribe': '<https://example.nl/afmelden/geheim>' },
        kind,
      });
  });
  const rows = await ctx.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.kind, kind));
  return rows.map((r) => r.id);
}

describe('the mail outbox', () => {
  it('sends each message exactly once with two workers draining at the same time, and not again after a restart', async () => {
    const ids = await enqueue(40, 'concurrent');
    const { mailer, accepted } = recordingMailer();
    const first = new MailOutboxWorker({ db: ctx.db, mailer, batchSize: 3 });
    const second = new MailOutboxWorker({ db: ctx.db, mailer, batchSize: 3 });
    const counts = await Promise.all([first.drainAll(), second.drainAll(), first.drainAll(), second.drainAll()]);

    const mine = accepted.filter((m) => m.to.startsWith('ontvanger-concurrent-'));
    expect(mine).toHaveLength(40);
    expect(new Set(mine.map((m) => m.to)).size).toBe(40);
    expect(new Set(mine.map((m) => m.messageId)).size).toBe(40);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    // Both workers did part of the work.
    expect(counts[0]! + counts[2]!).toBeGreaterThan(0);
    expect(counts[1]! + counts[3]!).toBeGreaterThan(0);

    const rows = await ctx.db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.state === 'sent' && r.attempts === 1 && r.sentAt !== null)).toBe(true);
    // The links in a sent message are secrets: the text does not stay behind.
    expect(rows.every((r) => r.body === '' && r.html === null && r.headers === null)).toBe(true);

    // A restarted worker finds nothing left to send.
    const restarted = new MailOutboxWorker({ db: ctx.db, mailer });
    expect(await restarted.drainAll()).toBe(0);
    expect(accepted.filter((m) => m.to.startsWith('ontvanger-concurrent-'))).toHaveLength(40);
  });

  it('retries a message whose send failed, and then sends it once', async () => {
    const [id] = await enqueue(1, 'flaky');
    const { mailer, accepted } = recordingMailer({ failFirst: 2 });
    const worker = new MailOutboxWorker({ db: ctx.db, mailer, backoffMs: () => 0 });

    expect(await worker.drainAll()).toBe(0);
    const [afterFailure] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(afterFailure).toMatchObject({ state: 'pending', attempts: 1, lastError: '421 try again later' });

    expect(await worker.drainAll()).toBe(0);
    expect(await worker.drainAll()).toBe(1);
    expect(await worker.drainAll()).toBe(0);
    expect(accepted.filter((m) => m.to === 'ontvanger-flaky-0@example.nl')).toHaveLength(1);
    const [sent] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(sent).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
  });

  it('keeps no content of a message it gave up on: its links are secrets too', async () => {
    const [id] = await enqueue(1, 'hopeless');
    const { mailer } = recordingMailer({ failFirst: 5 });
    const worker = new MailOutboxWorker({ db: ctx.db, mailer, backoffMs: () => 0, maxAttempts: 2 });
    await worker.drainAll();
    const [pending] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(pending).toMatchObject({ state: 'pending', body: 'Hallo' });
    await worker.drainAll();
    const [failed] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(failed).toMatchObject({ state: 'failed', subject: 'Bericht 0', body: '', html: null, headers: null });
  });

  it('waits out the back-off before trying a failed message again', async () => {
    const [id] = await enqueue(1, 'backoff');
    const { mailer, accepted } = recordingMailer({ failFirst: 1 });
    const worker = new MailOutboxWorker({ db: ctx.db, mailer, backoffMs: () => 60_000 });
    await worker.drainAll();
    expect(await worker.drainAll()).toBe(0);
    const [row] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(row!.dueAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(accepted).toHaveLength(0);
  });

  it('forgets sent and given-up messages after the keeping period, never pending ones', async () => {
    const ids = await enqueue(3, 'old');
    await ctx.db.execute(
      sql`UPDATE mail_outbox SET created_at = now() - interval '31 days', state = CASE id WHEN ${ids[0]} THEN 'sent'::mail_state WHEN ${ids[1]} THEN 'failed'::mail_state ELSE 'pending'::mail_state END, due_at = now() + interval '1 day' WHERE id IN (${ids[0]}, ${ids[1]}, ${ids[2]})`,
    );
    const { mailer } = recordingMailer();
    expect(await new MailOutboxWorker({ db: ctx.db, mailer }).purge()).toBe(2);
    const left = await ctx.db.select({ id: mailOutbox.id }).from(mailOutbox).where(inArray(mailOutbox.id, ids));
    expect(left.map((r) => r.id)).toEqual([ids[2]]);
  });

  it('takes over a message whose worker died mid-send only after its lease, with the same Message-ID', async () => {
    const [id] = await enqueue(1, 'crash');
    // A worker claimed it and died before marking it sent.
    await ctx.db.execute(
      sql`UPDATE mail_outbox SET state = 'sending', attempts = 1, lease_id = gen_random_uuid(), lease_until = now() + interval '5 minutes' WHERE id = ${id}`,
    );
    const { mailer, accepted } = recordingMailer();
    const worker = new MailOutboxWorker({ db: ctx.db, mailer });
    expect(await worker.drainAll()).toBe(0);

    await ctx.db.execute(sql`UPDATE mail_outbox SET lease_until = now() - interval '1 second' WHERE id = ${id}`);
    expect(await worker.drainAll()).toBe(1);
    const [row] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
    expect(accepted[0]!.messageId).toBe(row!.messageId);
    expect(row!.messageId).toMatch(/^<[\w-]+@[\w.-]+>$/);
    expect(row).toMatchObject({ state: 'sent', attempts: 2 });
  });
});

/**
 * Durable e-mail (DESIGN.md invariant 8: nothing is sent twice).
 *
 * - A message is written to `mail_outbox` with `enqueueMail` in the same transaction as the
 *   change that causes it: no mail for a change that rolled back, no change without its mail,
 *   and no SMTP work (or its timing) inside a request.
 * - The worker claims due rows with `FOR UPDATE SKIP LOCKED` in a statement of its own that
 *   commits before any SMTP call, so several workers share the outbox and no transaction is
 *   held open while a mail server thinks. A claim is a lease with an id: only its holder
 *   may mark the row sent or failed.
 * - A failed send goes back to pending with exponential back-off, up to `maxAttempts`.
 * - A worker that dies between the mail server's "accepted" and the mark leaves the row
 *   claimed; when the lease runs out it is sent again with the same Message-ID, which lets
 *   mail servers and readers recognise the repeat. The lease is much longer than the SMTP
 *   timeouts (mailer.ts), so a slow send is never taken over while it is still running.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { mailOutbox, Sleeper, type Database, type Executor } from '@samenwerven/db';
import type { Mailer } from './mailer.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** What the message is for (`invitation`, `password_reset`, …); limits count by it. */
  kind: string;
  /** The organisation that caused it, where one did. */
  organisationId?: string | null;
  /** An HTML part beside the text (alert mails). */
  html?: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

/** The domain part of generated Message-IDs. */
const MESSAGE_ID_DOMAIN = 'samenwerven.mail';

/** A new, unique Message-ID for an outbox row (fixed for all its attempts). */
export function newMessageId(): string {
  return `<${randomUUID()}@${MESSAGE_ID_DOMAIN}>`;
}

/**
 * Mails that anyone can cause by typing an address into a public form: at most this many
 * of one kind to one address a day, however many addresses the requests come from, so the
 * portal cannot be used to flood someone's mailbox. Beyond it the mail is quietly not
 * queued: the answer to the form stays the same (no enumeration), and the earlier mails
 * already say what to do.
 */
export const UNSOLICITED_PER_DAY: Readonly<Record<string, number>> = {
  registration_confirmation: 3,
  registration_known: 3,
  application_confirmation: 3,
  application_known: 3,
  alert_confirmation: 3,
  // A job seeker may apply to several vacancies a day; each receipt's link (a guest's own page, or
  // the account) shows all of that address's applications, so the receipts beyond it add nothing.
  job_application_received: 10,
  // The coordinators' note of a new application: anyone can apply, so a busy day's worth
  // reaches each coordinator and the rest wait on the applications page.
  membership_application: 25,
};

/**
 * Adds a message to the outbox, inside the caller's transaction; the worker sends it.
 * Returns false when an unsolicited kind was over its daily cap for this address.
 */
export async function enqueueMail(db: Executor, mail: OutgoingMail): Promise<boolean> {
  const recipient = mail.to.trim();
  const cap = UNSOLICITED_PER_DAY[mail.kind];
  const result = await db.execute(sql`
    INSERT INTO mail_outbox (message_id, kind, recipient, subject, body, organisation_id, html, headers)
    SELECT ${newMessageId()}, ${mail.kind}, ${recipient}, ${mail.subject}, ${mail.text}, ${mail.organisationId ?? null},
           ${mail.html ?? null}, ${mail.headers ? JSON.stringify(mail.headers) : null}::jsonb
     WHERE ${cap ?? null}::int IS NULL
        OR (SELECT count(*) FROM mail_outbox
             WHERE lower(recipient) = lower(${recipient}) AND kind = ${mail.kind}
               AND created_at > now() - interval '1 day') < ${cap ?? 0}`);
  return (result.rowCount ?? 0) > 0;
}

/**
 * Adds many messages to the outbox in one statement, inside the caller's transaction: for
 * kinds the portal sends on its own (alert mails), never for the capped unsolicited ones.
 */
export async function enqueueMails(db: Executor, mails: readonly OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  const capped = mails.find((mail) => UNSOLICITED_PER_DAY[mail.kind] !== undefined);
  if (capped) throw new Error(`${capped.kind} mails are capped per address: queue them one at a time`);
  await db.insert(mailOutbox).values(
    mails.map((mail) => ({
      messageId: newMessageId(),
      kind: mail.kind,
      recipient: mail.to.trim(),
      subject: mail.subject,
      body: mail.text,
      organisationId: mail.organisationId ?? null,
      html: mail.html ?? null,
      headers: mail.headers ?? null,
    })),
  );
}

export interface MailWorkerOptions {
  db: Database;
  mailer: Mailer;
  /** Safety-net poll while idle, in ms. */
  pollIntervalMs?: number;
  /** How long a claim lasts before another worker may take the message over. */
  leaseMs?: number;
  batchSize?: number;
  /** After this many failed attempts a message is given up (state `failed`). */
  maxAttempts?: number;
  /** Back-off after the n-th failure (1-based), in ms. */
  backoffMs?: (attempt: number) => number;
  /** Sent and given-up messages are deleted after this many days (limits look back one day). */
  keepDays?: number;
  logger?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

type Claimed = {
  id: number;
  message_id: string;
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  headers: Record<string, string> | null;
  attempts: number;
  retaken: boolean;
};

const defaultBackoff = (attempt: number) => Math.min(3_600_000, 30_000 * 2 ** (attempt - 1));

const withoutAddresses = (text: string) => text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '…@…');

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** A message's content once it is sent or given up: only its subject and its moments stay (privacy statement). */
const WITHOUT_CONTENT = { body: '', html: null, headers: null } as const;

export class MailOutboxWorker {
  private readonly options: Required<Omit<MailWorkerOptions, 'logger'>> & Pick<MailWorkerOptions, 'logger'>;
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly sleeper = new Sleeper();

  constructor(options: MailWorkerOptions) {
    this.options = {
      pollIntervalMs: 1000,
      leaseMs: 10 * 60_000,
      batchSize: 20,
      maxAttempts: 8,
      backoffMs: defaultBackoff,
      keepDays: 30,
      ...options,
    };
  }

  /**
   * Claims up to one batch of due messages: pending ones whose time has come, and claimed
   * ones whose lease ran out (their worker died). One statement, committed on return.
   */
  private async claim(leaseId: string): Promise<Claimed[]> {
    const { db, batchSize, leaseMs } = this.options;
    const result = await db.execute<Claimed>(sql`
      UPDATE mail_outbox m
         SET state = 'sending',
             lease_id = ${leaseId},
             lease_until = now() + make_interval(secs => ${leaseMs / 1000}),
             attempts = m.attempts + 1
        FROM (
          SELECT id, state = 'sending' AS retaken
            FROM mail_outbox
           WHERE (state = 'pending' AND due_at <= now())
              OR (state = 'sending' AND lease_until < now())
           ORDER BY due_at, id
           LIMIT ${batchSize}
             FOR UPDATE SKIP LOCKED
        ) due
       WHERE m.id = due.id
      RETURNING m.id, m.message_id, m.recipient, m.subject, m.body, m.html, m.headers, m.attempts, due.retaken`);
    return result.rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  /** Extends this worker's claim on a message; false when the claim is no longer its own. */
  private async renewLease(id: number, leaseId: string): Promise<boolean> {
    const renewed = await this.options.db
      .update(mailOutbox)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${this.options.leaseMs / 1000})` })
      .where(
        and(
          eq(mailOutbox.id, id),
          eq(mailOutbox.leaseId, leaseId),
          eq(mailOutbox.state, 'sending'),
          sql`lease_until > now()`,
        ),
      )
      .returning({ id: mailOutbox.id });
    return renewed.length > 0;
  }

  /** Sends what is due now, one batch. Returns how many messages were sent. */
  async drainOnce(): Promise<{ sent: number; claimed: number }> {
    const { db, mailer, maxAttempts, backoffMs, logger } = this.options;
    const leaseId = randomUUID();
    const batch = await this.claim(leaseId);
    let sent = 0;
    for (const message of batch) {
      const mine = and(eq(mailOutbox.id, message.id), eq(mailOutbox.leaseId, leaseId));
      if (message.retaken)
        logger?.warn({ messageId: message.message_id }, 'mail claim expired; sending again with the same Message-ID');
      // The batch is sent one by one: a slow mail server may have used up the lease of a
      // later message, and another worker may have taken it over. Renew it, or leave it.
      if (!(await this.renewLease(message.id, leaseId))) {
        logger?.warn({ messageId: message.message_id }, 'mail claim taken over by another worker; leaving it');
        continue;
      }
      try {
        await mailer.send({
          to: message.recipient,
          subject: message.subject,
          text: message.body,
          messageId: message.message_id,
          ...(message.html ? { html: message.html } : {}),
          ...(message.headers ? { headers: message.headers } : {}),
        });
      } catch (error) {
        const giveUp = message.attempts >= maxAttempts;
        await db
          .update(mailOutbox)
          .set({
            state: giveUp ? 'failed' : 'pending',
            // Given up, it is never sent: its links need not stay either.
            ...(giveUp ? WITHOUT_CONTENT : {}),
            dueAt: new Date(Date.now() + backoffMs(message.attempts)),
            leaseId: null,
            leaseUntil: null,
            lastError: errorText(error),
          })
          .where(mine);
        logger?.warn(
          // A server's refusal often names the recipient: addresses stay out of the log (logger.ts).
          {
            messageId: message.message_id,
            attempts: message.attempts,
            error: withoutAddresses(errorText(error)),
            giveUp,
          },
          giveUp ? 'mail could not be sent; given up' : 'mail could not be sent; retrying later',
        );
        continue;
      }
      // The links in a sent message are secrets; they need not stay in the database: not in its
      // text, its HTML, nor its headers (an alert's unsubscribe link). The subject and when stay.
      await db
        .update(mailOutbox)
        .set({
          state: 'sent',
          sentAt: new Date(),
          ...WITHOUT_CONTENT,
          leaseId: null,
          leaseUntil: null,
          lastError: null,
        })
        .where(mine);
      sent++;
    }
    return { sent, claimed: batch.length };
  }

  /** Sends everything that is due now (tests call this instead of waiting). */
  async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const { sent, claimed } = await this.drainOnce();
      total += sent;
      if (claimed < this.options.batchSize) return total;
    }
  }

  /**
   * Deletes sent and given-up messages older than `keepDays`, and what the mailer kept of them
   * (the mail drop's files); returns how many messages.
   */
  async purge(): Promise<number> {
    const result = await this.options.db.execute(
      sql`DELETE FROM mail_outbox WHERE state IN ('sent', 'failed') AND created_at < now() - make_interval(days => ${this.options.keepDays})`,
    );
    await this.options.mailer.purge?.(new Date(Date.now() - this.options.keepDays * 86_400_000));
    return result.rowCount ?? 0;
  }

  /** Wakes the worker now, e.g. after a request enqueued mail in this process. */
  poke(): void {
    this.sleeper.wake();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    let purgedAt = 0;
    while (this.running) {
      let delay = this.options.pollIntervalMs;
      try {
        await this.drainAll();
        if (Date.now() - purgedAt > 3_600_000) {
          await this.purge();
          purgedAt = Date.now();
        }
        failures = 0;
      } catch (error) {
        // The database is away: back off, the messages wait in the outbox.
        failures++;
        delay = Math.min(30_000, this.options.pollIntervalMs * 2 ** Math.min(failures, 5));
        this.options.logger?.warn({ error: errorText(error), retryInMs: delay }, 'mail worker failed; retrying');
      }
      if (!this.running) break;
      await this.sleeper.sleep(delay);
    }
  }
}

/**
 * How long an application is kept (AVG/GDPR, the NVP Sollicitatiecode; the privacy statement
 * says the same): until four weeks after its procedure ended, and for a candidate who chose the
 * talent pool until their consent ends (a year after giving it, renewable: consent-reminders.ts)
 * — whichever is later. A pool consent whose address's owner never confirmed it (it never entered
 * the pool: talent-pool/queries.ts) counts as none: that application goes with the procedure.
 * Nor does a pool consent keep an application once its organisation has left the alliance: it
 * goes four weeks after the leave, with the others (the member's export holds them all), also
 * when the member rejoins within those weeks: its candidates were mailed that date.
 * A procedure ends when its vacancy is closed, when its organisation leaves the alliance (the four
 * weeks are its time to take its export, which holds the applications), or when the vacancy is off
 * the portal (withdrawn, as a suspension does, or back to draft) and its closing date has passed.
 * A hire ends it earlier, from the hire, for those who had applied by then, once the vacancy is no
 * longer live: while it is published it still takes applications and HR may still be hiring (a
 * vacancy for several people), and those who apply after a hire (a reopened vacancy) are in a
 * procedure of their own. (A hire alone, on a live vacancy, deleted yesterday's applicants: found
 * by a coordinator's walk.) A rejection ends the candidate's own procedure at once: a vacancy
 * may stay open for years (a standing "open sollicitatie"), and who was turned down is not
 * kept for as long (found by a privacy officer's review).
 *
 * `purgeDueApplications` deletes what is due, rows and files, and logs per organisation how
 * many went, never who. It runs as a persistent daily job (jobs/queue.ts) and takes its clock as
 * a parameter, so a test can run it at any moment.
 */
import { inArray, sql } from 'drizzle-orm';
import { applicationFiles, applications, type Database, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { live } from '../vacancies/state-machine.ts';
import type { FileStore } from './file-store.ts';
import { queueFileRemovals, removeQueuedFiles } from './file-removals.ts';

export const AFTER_PROCEDURE_DAYS = 28;
export const POOL_DAYS = 365;

interface DueApplication {
  id: string;
  organisation_id: string;
}

/** The applications whose keeping time is over at `now`, locked for deletion. */
async function selectDue(tx: Executor, now: Date): Promise<DueApplication[]> {
  const result = await tx.execute<DueApplication & Record<string, unknown>>(sql`
    WITH ended AS (
      SELECT v.id AS vacancy_id,
             LEAST(
               CASE WHEN v.state = 'closed' THEN v.closed_at END,
               -- Taken off the portal (a suspension withdraws them) and past its closing date: it
               -- would have closed then; kept for ever otherwise while the suspension lasts.
               CASE WHEN v.state IN ('withdrawn', 'draft')
                 THEN ((v.closing_date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') END
             ) AS ended_at,
             v.state NOT IN (${sql.join(
               live.map((state) => sql`${state}`),
               sql`, `,
             )}) AS not_live
      FROM vacancies v
      WHERE v.id IN (SELECT vacancy_id FROM applications)
    )
    SELECT a.id, a.organisation_id
    FROM applications a
    JOIN ended e ON e.vacancy_id = a.vacancy_id
    CROSS JOIN LATERAL (
      SELECT LEAST(e.ended_at, CASE WHEN e.not_live THEN (
               SELECT min(h.hired_at) FROM applications h
               WHERE h.vacancy_id = a.vacancy_id AND h.hired_at >= a.created_at) END,
             -- Turned down: the candidate's procedure ended then, whatever the vacancy does.
             a.rejected_at) AS ended_at,
             -- The first leave after it was sent: its candidate was mailed the date four weeks on,
             -- and that date holds also when the member has rejoined since.
             (SELECT min(m.ended_at) FROM membership_periods m
              WHERE m.organisation_id = a.organisation_id AND m.ended_at >= a.created_at) AS left_at
    ) p
    WHERE (p.ended_at IS NOT NULL
           AND p.ended_at + make_interval(days => ${AFTER_PROCEDURE_DAYS}) <= ${now}
           AND (a.consent = 'procedure'
                OR a.address_confirmed_at IS NULL
                OR coalesce(a.pool_consent_until, a.created_at + make_interval(days => ${POOL_DAYS})) <= ${now}))
       -- The member left: its export holds them; a pool consent does not keep them past its four weeks.
       OR p.left_at + make_interval(days => ${AFTER_PROCEDURE_DAYS}) <= ${now}
    FOR UPDATE OF a SKIP LOCKED`);
  return result.rows;
}

async function storageKeysOf(tx: Executor, ids: string[]): Promise<string[]> {
  const rows = await tx
    .select({ key: applicationFiles.storageKey })
    .from(applicationFiles)
    .where(inArray(applicationFiles.applicationId, ids));
  return rows.map((row) => row.key);
}

/** Deletes the applications; their files' rows and their notes go with them (cascade). */
async function deleteApplications(tx: Executor, ids: string[]): Promise<void> {
  await tx.delete(applications).where(inArray(applications.id, ids));
}

/** Deletes every application due at `now` with its files and notes; returns how many went. */
export async function purgeDueApplications(db: Database, files: FileStore, now = new Date()): Promise<number> {
  const count = await db.transaction(async (tx) => {
    const due = await selectDue(tx, now);
    if (due.length === 0) return 0;
    const ids = due.map((d) => d.id);
    const keys = await storageKeysOf(tx, ids);
    await deleteApplications(tx, ids);
    await queueFileRemovals(tx, keys);
    for (const [organisationId, n] of countBy(due, (d) => d.organisation_id)) {
      await recordAudit(tx, {
        organisationId,
        action: 'applications.purged',
        subjectType: 'application',
        subjectId: 'retention',
        reason: `kept until ${AFTER_PROCEDURE_DAYS} days after the procedure, or ${POOL_DAYS} days with pool consent; ${AFTER_PROCEDURE_DAYS} days after its organisation left`,
        after: { count: n },
      });
    }
    return due.length;
  });
  // After the commit: a file whose row is gone is unreachable; removing it twice is harmless.
  // Every queued key, not only today's: files an earlier erasure could not remove get another try.
  await removeQueuedFiles(db, files);
  return count;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Changes that time makes: a scheduled publication, a closing date that passed, an internal
 * vacancy that becomes public. The job queue applies them; every service that stores a
 * moment asks the queue to look at that moment, and a sweep every minute catches the rest.
 */
import type { Database, Vacancy } from '@samenwerven/db';
import type { JobQueue } from '../jobs/queue.ts';
import { applyDueChangesInSql } from './queries.ts';

/** Publishes, closes and opens to the public whatever is due at `now`; run by the job queue. */
export async function applyDueVacancyChanges(db: Database, now = new Date()): Promise<number> {
  return applyDueChangesInSql(db, now);
}

type Timed = Pick<Vacancy, 'state' | 'publishAt' | 'publicFrom'>;

/** The next moment a scheduled change is due for this vacancy, if any. */
export function dueMoment(vacancy: Timed): Date | undefined {
  const moments = [vacancy.state === 'scheduled' ? vacancy.publishAt : null, vacancy.publicFrom].filter(
    (d): d is Date => !!d,
  );
  return moments.sort((a, b) => a.getTime() - b.getTime())[0];
}

/**
 * Asks the job queue (where this process runs one) to apply the vacancy's next due change on time.
 * Called after the change committed, so it never fails the request: should the queue (the
 * database) not take it this moment, the minute sweep applies the change all the same, and the
 * writer is not told to try again what was done (a resilience review: a close answered 503, and
 * its retry 409).
 */
export async function scheduleDueChange(jobs: JobQueue | undefined, vacancy: Timed & { id: string }): Promise<void> {
  const at = dueMoment(vacancy);
  if (at) await jobs?.scheduleDueCheck(`vacancy:${vacancy.id}`, at).catch(() => undefined);
}

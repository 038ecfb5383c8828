import type { Database } from '@samenwerven/db';
import { applyDueLeaves } from '../membership/leaving.ts';
import { applyDueVacancyChanges } from '../vacancies/time-driven.ts';

/** Everything time makes happen: scheduled leaves, scheduled publications, closing dates. */
export async function applyDueChanges(db: Database, now = new Date()): Promise<number> {
  return (await applyDueLeaves(db, now)) + (await applyDueVacancyChanges(db, now));
}

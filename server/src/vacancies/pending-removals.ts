/**
 * Removals on their way to the search index (issue 18): a vacancy closed, withdrawn or made
 * internal, or a member that left or was suspended, is in the search outbox from the moment its
 * request committed (DESIGN.md invariant 1) until the sync worker has applied it. Until then the
 * index may still hold it; the search leaves these out by filter, so a removal is invisible in
 * results as soon as its request has answered, however far the engine's indexing lags.
 */
import { and, eq, sql } from 'drizzle-orm';
import {
  findableConditions,
  organisations,
  searchOutbox,
  vacancies,
  type Audience,
  type Executor,
} from '@samenwerven/db';

export interface PendingRemovals {
  /** Vacancies no longer findable (or gone) whose change the index has not yet applied. */
  ids: string[];
  /** Members no longer active: none of their vacancies is findable, whatever the index holds. */
  organisations: string[];
}

/**
 * What the index may still hold that the audience must not find now. One query over the outbox,
 * which the worker keeps short: empty when the index is up to date.
 */
export async function pendingRemovals(db: Executor, now: Date, audience: Audience): Promise<PendingRemovals> {
  const rows = await db
    .selectDistinct({
      id: searchOutbox.vacancyId,
      slug: organisations.slug,
      memberActive: sql<boolean>`coalesce(${organisations.state} = 'active', false)`,
      findable: sql<boolean>`coalesce((${and(...findableConditions(now, audience))}), false)`,
    })
    .from(searchOutbox)
    .leftJoin(vacancies, eq(vacancies.id, searchOutbox.vacancyId))
    .leftJoin(organisations, eq(organisations.id, vacancies.organisationId));
  const ids = new Set<string>();
  const gone = new Set<string>();
  for (const row of rows) {
    if (row.findable) continue;
    // A whole member at once, by its slug: thousands of ids would make a slow filter.
    if (row.slug !== null && !row.memberActive) gone.add(row.slug);
    else ids.add(row.id);
  }
  return { ids: [...ids], organisations: [...gone] };
}

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
  searchSyncState,
  vacancies,
  type Audience,
  type Executor,
} from '@samenwerven/db';
import { sharedFreshRead } from '../fresh-read.ts';

export interface PendingRemovals {
  /** Vacancies no longer findable (or gone) whose change the index has not yet applied. */
  ids: string[];
  /** Members no longer active: none of their vacancies is findable, whatever the index holds. */
  organisations: string[];
  /**
   * The index's version (search_sync_state.index_version) in the same snapshot as the outbox:
   * a cached answer for this version and these removals is exactly what the engine would say.
   */
  indexVersion: number;
  /**
   * Findable vacancies with a change on its way to the index: new ones among them (not held by
   * the index yet) are merged into the engine's answer (`mergePendingAdditions` in the search package).
   */
  findable: string[];
}

/**
 * What the index may still hold that the audience must not find now, and the index's version,
 * read in one statement (one snapshot: no batch can be applied between the two). One query over
 * the outbox, which the worker keeps short: empty when the index is up to date.
 */
export async function pendingRemovals(db: Executor, now: Date, audience: Audience): Promise<PendingRemovals> {
  const pending = db
    .selectDistinct({
      id: sql<string>`${searchOutbox.vacancyId}`.as('vacancy_id'),
      slug: sql<string | null>`${organisations.slug}`.as('slug'),
      memberActive: sql<boolean>`coalesce(${organisations.state} = 'active', false)`.as('member_active'),
      findable: sql<boolean>`coalesce((${and(...findableConditions(now, audience))}), false)`.as('findable'),
    })
    .from(searchOutbox)
    .leftJoin(vacancies, eq(vacancies.id, searchOutbox.vacancyId))
    .leftJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .as('pending');
  const rows = await db
    .select({
      indexVersion: searchSyncState.indexVersion,
      id: pending.id,
      slug: pending.slug,
      memberActive: pending.memberActive,
      findable: pending.findable,
    })
    .from(searchSyncState)
    .leftJoin(pending, sql`true`)
    .where(eq(searchSyncState.id, 1));
  // The state row is made by the first migration; without it, no version to cache by.
  if (rows.length === 0) throw new Error('search_sync_state has no row');
  const ids = new Set<string>();
  const gone = new Set<string>();
  const findable = new Set<string>();
  for (const row of rows) {
    if (row.id === null) continue;
    if (row.findable) {
      findable.add(row.id);
      continue;
    }
    // A whole member at once, by its slug: thousands of ids would make a slow filter.
    if (row.slug !== null && !row.memberActive) gone.add(row.slug);
    else ids.add(row.id);
  }
  return {
    ids: [...ids],
    organisations: [...gone],
    indexVersion: Number(rows[0]!.indexVersion),
    findable: [...findable],
  };
}

/** Whether there is anything to leave out of the engine's answer. */
export function anyRemovals(pending: PendingRemovals): boolean {
  return pending.ids.length > 0 || pending.organisations.length > 0;
}

/**
 * The removals as of now, for a search: one read for the searches that arrive together, none of
 * them answered from a read older than itself (../fresh-read.ts).
 */
export function currentPendingRemovals(db: Executor, audience: Audience): Promise<PendingRemovals> {
  const { includeInternal } = audience;
  return sharedFreshRead(db, `pending-removals:${includeInternal}`, () =>
    pendingRemovals(db, new Date(), { includeInternal }),
  );
}

/** What the coordinator's search administration reads and writes; each takes an executor first. */
import { and, asc, count, eq } from 'drizzle-orm';
import {
  indexableConditions,
  organisations,
  searchSynonyms,
  searchSynonymsOff,
  searchSyncState,
  vacancies,
  type Executor,
} from '@samenwerven/db';

export interface SynonymGroup {
  id: string;
  words: string[];
}

/** The coordinator's own groups, oldest first (the order the index settings get them in). */
export function listSynonymGroups(db: Executor): Promise<SynonymGroup[]> {
  return db
    .select({ id: searchSynonyms.id, words: searchSynonyms.words })
    .from(searchSynonyms)
    .orderBy(asc(searchSynonyms.createdAt));
}

export async function insertSynonymGroup(db: Executor, words: string[]): Promise<SynonymGroup> {
  const [created] = await db
    .insert(searchSynonyms)
    .values({ words })
    .returning({ id: searchSynonyms.id, words: searchSynonyms.words });
  return created!;
}

export async function deleteSynonymGroup(db: Executor, id: string): Promise<SynonymGroup | undefined> {
  const [removed] = await db
    .delete(searchSynonyms)
    .where(eq(searchSynonyms.id, id))
    .returning({ id: searchSynonyms.id, words: searchSynonyms.words });
  return removed;
}

/** Switches a built-in group off (true when it was on) or on again (true when it was off). */
export async function switchBuiltInSynonymGroup(db: Executor, groupId: string, active: boolean): Promise<boolean> {
  const changed = active
    ? await db.delete(searchSynonymsOff).where(eq(searchSynonymsOff.groupId, groupId)).returning()
    : await db.insert(searchSynonymsOff).values({ groupId }).onConflictDoNothing().returning();
  return changed.length > 0;
}

/** The vacancies the index should hold at `now` (public and internal ones). */
export async function countIndexableVacancies(db: Executor, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...indexableConditions(now)));
  return row?.n ?? 0;
}

/** The sync worker's own record of how it is doing; absent until it first ran. */
export async function findSyncState(db: Executor) {
  const [state] = await db.select().from(searchSyncState);
  return state;
}

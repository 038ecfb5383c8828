import { asc } from 'drizzle-orm';
import { searchSynonyms, type Executor } from '@samenwerven/db';
import { defaultSynonymGroups } from './settings.ts';

/** The synonym groups in force: the defaults plus the coordinator's own. */
export async function loadSynonymGroups(db: Executor): Promise<string[][]> {
  const custom = await db
    .select({ words: searchSynonyms.words })
    .from(searchSynonyms)
    .orderBy(asc(searchSynonyms.createdAt));
  return [...defaultSynonymGroups, ...custom.map((c) => c.words)];
}

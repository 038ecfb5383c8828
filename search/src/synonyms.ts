import { asc } from 'drizzle-orm';
import { searchSynonyms, searchSynonymsOff, type Executor } from '@samenwerven/db';
import { builtInSynonymGroups } from './settings.ts';

/** The ids of the built-in groups the coordinator switched off. */
export async function switchedOffSynonymGroups(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ groupId: searchSynonymsOff.groupId }).from(searchSynonymsOff);
  return new Set(rows.map((row) => row.groupId));
}

/** The synonym groups in force: the built-in ones not switched off, plus the coordinator's own. */
export async function loadSynonymGroups(db: Executor): Promise<string[][]> {
  const [off, custom] = await Promise.all([
    switchedOffSynonymGroups(db),
    db.select({ words: searchSynonyms.words }).from(searchSynonyms).orderBy(asc(searchSynonyms.createdAt)),
  ]);
  const builtIn = builtInSynonymGroups.filter((group) => !off.has(group.id)).map((group) => group.words);
  return [...builtIn, ...custom.map((c) => c.words)];
}

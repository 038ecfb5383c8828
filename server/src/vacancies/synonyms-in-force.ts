/**
 * The synonym groups in force, as the search rewrites a query with them before the engine sees
 * it (@samenwerven/search's synonym-rewriter.ts: "P&O", "openbare orde en veiligheid"). Kept per
 * database handle (../kept-read.ts): renewed at once after a coordinator's change in this
 * process, and every half minute for a change made by another one. Without them (the database
 * away) the words go to the engine as typed, which still knows its synonyms.
 */
import type { Database } from '@samenwerven/db';
import { loadSynonymGroups, SynonymRewriter } from '@samenwerven/search';
import { KeptRead } from '../kept-read.ts';

const rewriters = new KeptRead<Database, SynonymRewriter>({
  read: async (db) => new SynonymRewriter(await loadSynonymGroups(db)),
  empty: new SynonymRewriter(),
  renewAfterMs: 30_000,
});

export function synonymRewriterFor(db: Database): Promise<SynonymRewriter> {
  return rewriters.get(db);
}

/** After a change of the groups in force: the next searches use the new ones. */
export async function renewSynonymRewriter(db: Database): Promise<void> {
  await rewriters.renew(db);
}

/**
 * What health reports, each look-up bounded in time: the database (through the outbox
 * backlog, which it answers with), the search engine (the breaker and a probe), and the
 * embedded servers this process supervises.
 */
import type { Meilisearch } from 'meilisearch';
import type { Executor } from '@samenwerven/db';
import { outboxBacklog, searchEngineBreaker } from '@samenwerven/search';
import type { EmbeddedStatus } from '../runtime.ts';
import { withinTime } from '../within-time.ts';

/** Health answers within a second whatever the servers do: each look-up gets this long. */
const CHECK_TIMEOUT_MS = 800;

/** Resolves with `fallback` when `work` fails or takes longer than the health check may wait. */
function within<T>(work: Promise<T>, fallback: T): Promise<T> {
  return withinTime(work, CHECK_TIMEOUT_MS).catch(() => fallback);
}

export async function checkHealth(db: Executor, searchClient: Meilisearch, embedded: EmbeddedStatus) {
  const breaker = searchEngineBreaker(searchClient);
  const [backlog, searchUp] = await Promise.all([
    within<number | null>(outboxBacklog(db), null),
    breaker.isOpen ? false : within(breaker.probe(), false),
  ]);
  const dbUp = backlog !== null;
  return {
    status: !dbUp ? ('down' as const) : searchUp ? ('ok' as const) : ('degraded' as const),
    db: dbUp ? ('up' as const) : ('down' as const),
    search: searchUp ? ('up' as const) : ('down' as const),
    outboxBacklog: backlog,
    searchBreaker: breaker.status(),
    embedded,
  };
}

/**
 * Named locks held until the transaction ends (PostgreSQL advisory locks, keyed by a hash of the
 * name): for work that must go one at a time, or wait for work under way, without locking a row
 * that unrelated writes also take. PostgreSQL queues them fairly: a shared holder that comes
 * after a waiting exclusive one waits its turn.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

export async function lockForTransaction(
  executor: Executor,
  name: string,
  mode: 'exclusive' | 'shared' = 'exclusive',
): Promise<void> {
  await executor.execute(
    mode === 'shared'
      ? sql`SELECT pg_advisory_xact_lock_shared(hashtextextended(${name}, 0))`
      : sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`,
  );
}

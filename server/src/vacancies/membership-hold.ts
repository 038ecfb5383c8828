/**
 * A vacancy write holds the membership it was let in under until it commits. The access check
 * reads the organisation's membership when the request begins; a bulk import then writes for
 * seconds, and a suspension or leave that committed meanwhile withdrew only the vacancies it could
 * see: those written after stayed live (found by a review racing the two).
 *
 * Advisory locks, not row locks: each write's transaction takes the organisation's membership
 * lock shared (`holdMembership`), a membership change takes it alone (`lockMembershipChange`), and
 * PostgreSQL queues them fairly. (A row lock FOR SHARE let the next write's share in ahead of a
 * waiting change, so a long import could keep a suspension waiting to its end; and a plain
 * `UPDATE` of a key's `last_used_at` waited for it.) Revoking a key takes that key's lock alone.
 */
import { eq } from 'drizzle-orm';
import { apiKeys, lockForTransaction, organisations, type Executor } from '@samenwerven/db';
import { AppError } from '../errors.ts';
import { membershipAllows } from '../membership/state-machine.ts';
import type { Actor } from './history.ts';

const membershipLock = (organisationId: string) => `membership:${organisationId}`;
const apiKeyLock = (keyId: string) => `api-key:${keyId}`;

/** For a membership change: waits for the writes under way, and holds off new ones, until it commits. */
export async function lockMembershipChange(tx: Executor, organisationId: string): Promise<void> {
  await lockForTransaction(tx, membershipLock(organisationId));
}

/** For revoking a key: waits for its writes under way; those after see it revoked. */
export async function lockApiKeyChange(tx: Executor, keyId: string): Promise<void> {
  await lockForTransaction(tx, apiKeyLock(keyId));
}

/** Holds the membership (and the key) for the write's transaction, and checks them again. */
export async function holdMembership(tx: Executor, organisationId: string, actor: Actor): Promise<void> {
  if (actor.membership) {
    await lockForTransaction(tx, membershipLock(organisationId), 'shared');
    const [organisation] = await tx
      .select({ state: organisations.state })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    if (!organisation || !membershipAllows(organisation.state, actor.membership))
      throw new AppError(403, 'membership_inactive', 'error.membership_inactive');
  }
  if (actor.apiKeyId) {
    await lockForTransaction(tx, apiKeyLock(actor.apiKeyId), 'shared');
    const [key] = await tx.select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, actor.apiKeyId));
    if (!key || key.revokedAt) throw new AppError(401, 'invalid_token', 'error.invalid_credentials_sent');
  }
}

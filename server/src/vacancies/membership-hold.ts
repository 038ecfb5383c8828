/**
 * A vacancy write holds the membership it was let in under until it commits. The access check
 * reads the organisation's membership when the request begins; a bulk import then writes for
 * seconds, and a suspension or leave that committed meanwhile withdrew only the vacancies it could
 * see: those written after stayed live (found by a review racing the two). Each write's
 * transaction now takes the organisation's row FOR SHARE first (a membership change locks it FOR
 * UPDATE, so one waits for the other) and checks again that the membership allows what the route
 * needs; a key revoked meanwhile writes nothing more either.
 */
import { eq } from 'drizzle-orm';
import { apiKeys, organisations, type Executor } from '@samenwerven/db';
import { AppError } from '../errors.ts';
import { membershipAllows } from '../membership/state-machine.ts';
import type { Actor } from './history.ts';

export async function holdMembership(tx: Executor, organisationId: string, actor: Actor): Promise<void> {
  if (actor.membership) {
    const [organisation] = await tx
      .select({ state: organisations.state })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .for('share');
    if (!organisation || !membershipAllows(organisation.state, actor.membership))
      throw new AppError(403, 'membership_inactive', 'error.membership_inactive');
  }
  if (actor.apiKeyId) {
    const [key] = await tx
      .select({ revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(eq(apiKeys.id, actor.apiKeyId))
      .for('share');
    if (!key || key.revokedAt) throw new AppError(401, 'invalid_token', 'error.invalid_credentials_sent');
  }
}

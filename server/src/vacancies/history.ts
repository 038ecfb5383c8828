/** Who changed what in a vacancy, when: every change is kept, with its actor and the columns it changed. */
import type { Executor, Vacancy } from '@samenwerven/db';
import type { ApiKeyScope } from '../auth/principal.ts';
import type { MembershipAction } from '../membership/state-machine.ts';
import { notFound } from '../errors.ts';
import { historyEntryFromRow } from './presenter.ts';
import { insertHistory, ownsVacancy, selectHistory } from './queries.ts';

/** A person (staff) or an integration key (ATS); the system (time-driven changes) has neither. */
export interface Actor {
  userId: string | null;
  apiKeyId: string | null;
  /** A key's scopes, where a change depends on them (an upsert that publishes or closes). */
  scopes?: readonly ApiKeyScope[];
  /**
   * What the organisation's membership must allow for the write, held until it commits
   * (`holdMembership`). Required, so that no way of writing forgets it; none for a coordinator.
   */
  membership: MembershipAction | undefined;
}

export async function recordHistory(
  tx: Executor,
  vacancy: Vacancy,
  actor: Actor,
  action: string,
  changes: Record<string, [unknown, unknown]>,
): Promise<void> {
  await recordHistoryEntries(tx, actor, [{ vacancy, action, changes }]);
}

/** One entry of a vacancy's history: the vacancy as the change left it, what was done, and what changed. */
export interface HistoryEntry {
  vacancy: Vacancy;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

/**
 * Several entries in one statement, in this order: a vacancy created straight in a state has its
 * creation and its state change; a bulk import's new vacancies have theirs.
 */
export async function recordHistoryEntries(
  tx: Executor,
  actor: Actor,
  entries: readonly HistoryEntry[],
): Promise<void> {
  await insertHistory(
    tx,
    entries.map(({ vacancy, action, changes }) => ({
      vacancyId: vacancy.id,
      version: vacancy.version,
      actorUserId: actor.userId,
      actorApiKeyId: actor.apiKeyId,
      action,
      changes,
    })),
  );
}

export async function vacancyHistoryOf(db: Executor, organisationId: string, vacancyId: string) {
  if (!(await ownsVacancy(db, organisationId, vacancyId))) throw notFound();
  return (await selectHistory(db, vacancyId)).map(historyEntryFromRow);
}

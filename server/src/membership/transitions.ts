/**
 * Transitions of the membership life cycle (see state-machine.ts). Each is one transaction:
 * the state change, the membership period, the audit entry, the vacancy withdrawals (whose
 * outbox rows the database triggers add, so the search index follows within seconds) and the
 * mail to the organisation's admins. An invalid transition is 409 naming the current state.
 */
import { isOpenOn } from '@samenwerven/calendar';
import type { Database, Executor, MembershipState, Organisation } from '@samenwerven/db';
import { endPoolConsentsOf } from '../applications/consent-reminders.ts';
import { mailCandidatesOfLeavingMember } from '../applications/member-left-notice.ts';
import { recordAudit } from '../audit/audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { ApplicationState } from './state-machine.ts';
import { vacancyTransition, type VacancyState } from '../vacancies/state-machine.ts';
import { mailMemberLeft, mailMembershipDecision, type MailSite, type Recipient } from './mails.ts';
import {
  adminRecipients,
  coordinatorRecipients,
  endPeriod,
  insertApplication,
  lockOrganisation,
  restoreVacancies,
  setMembershipState,
  startPeriod,
  withdrawLiveVacancies,
  withdrawnVacancies,
} from './queries.ts';
import { membershipTransition, type MembershipEvent } from './state-machine.ts';
import { lockMembershipChange } from '../vacancies/membership-hold.ts';

/** What the membership services use: the database, the job queue, and the portal's address and contact for mails. */
export interface MembershipDeps extends MailSite {
  db: Database;
  jobs: JobQueue | undefined;
}

/**
 * 409: not from this state, which the message names (a review: "not in the current state" said
 * nothing to a coordinator acting on a page another tab had made out of date).
 */
export function invalidTransition(state: MembershipState): AppError {
  return new AppError(409, 'invalid_transition', 'error.invalid_transition', {
    currentState: state,
    params: { state: { key: `membership.state.${state}` } },
  });
}

/** 409: the application to join was decided already (or is still to be), as the message says. */
export function applicationDecided(state: ApplicationState): AppError {
  return new AppError(409, 'invalid_transition', 'error.application_decided', {
    currentState: state,
    params: { state: { key: `membership_application.state.${state}` } },
  });
}

export async function lockExisting(tx: Executor, organisationId: string): Promise<Organisation> {
  // First the vacancy writes under way finish (../vacancies/membership-hold.ts), and new ones wait.
  await lockMembershipChange(tx, organisationId);
  const organisation = await lockOrganisation(tx, organisationId);
  if (!organisation) throw notFound();
  return organisation;
}

/** The state `event` leads to, as the state machine says; 409 with the reason when it is refused. */
export function allowedTarget(organisation: Organisation, event: MembershipEvent): MembershipState {
  const decision = membershipTransition(organisation, event);
  if (decision.allowed) return decision.to;
  if (decision.code === 'coordinating_body')
    throw new AppError(409, 'coordinating_body', 'error.coordinating_body', { currentState: organisation.state });
  throw invalidTransition(organisation.state);
}

/** Brings withdrawn vacancies back as the vacancy state machine says for `event` (reinstate, rejoin). */
async function restoreWithdrawn(tx: Executor, organisationId: string, event: 'reinstate' | 'rejoin', now: Date) {
  const byTarget = new Map<VacancyState, string[]>();
  for (const vacancy of await withdrawnVacancies(tx, organisationId)) {
    const result = vacancyTransition('withdrawn', event, {
      withdrawnFrom: vacancy.withdrawnFrom,
      open: isOpenOn(vacancy.closingDate, now),
    });
    if (result.allowed) byTarget.set(result.to, [...(byTarget.get(result.to) ?? []), vacancy.id]);
  }
  for (const [state, ids] of byTarget) {
    // A draft starts over; a vacancy closed by the passing of its date meanwhile closes now.
    const closedAt = state === 'draft' ? null : state === 'closed' ? now : undefined;
    await restoreVacancies(tx, ids, state, closedAt);
  }
}

/** What a transition does besides the state change; answers how many vacancies it withdrew. */
async function sideEffects(
  tx: Executor,
  organisationId: string,
  event: MembershipEvent,
  reason: string | null,
  now: Date,
): Promise<number> {
  switch (event) {
    case 'approve':
      await startPeriod(tx, organisationId, now);
      return 0;
    case 'rejoin':
      await startPeriod(tx, organisationId, now);
      await restoreWithdrawn(tx, organisationId, 'rejoin', now);
      return 0;
    case 'suspend':
      return withdrawLiveVacancies(tx, organisationId, 'suspended');
    case 'reinstate':
      await restoreWithdrawn(tx, organisationId, 'reinstate', now);
      return 0;
    case 'leave':
    case 'end': {
      const withdrawn = await withdrawLiveVacancies(tx, organisationId, 'left');
      await endPeriod(tx, organisationId, now, reason);
      return withdrawn;
    }
    case 'apply_again':
      await insertApplication(tx, organisationId);
      return 0;
    case 'reject':
      return 0;
  }
}

/** The addresses that speak for an organisation: its admins, else the contact of its application. */
async function recipientsOf(tx: Executor, organisation: Organisation): Promise<Recipient[]> {
  const admins = await adminRecipients(tx, organisation.id);
  if (admins.length > 0) return admins;
  return organisation.contactEmail ? [{ email: organisation.contactEmail, locale: 'nl' }] : [];
}

/**
 * Applies one transition inside the caller's transaction, and queues the mail that tells the
 * organisation (sent once this commits; not with `quiet`). `actorUserId` null means the system
 * (a scheduled leave taking effect, an application whose address was never confirmed).
 */
export async function transition(
  tx: Executor,
  site: MailSite,
  organisationId: string,
  event: MembershipEvent,
  actorUserId: string | null,
  reason: string | null,
  now = new Date(),
  options: { quiet?: boolean } = {},
): Promise<{ before: Organisation; state: MembershipState }> {
  const organisation = await lockExisting(tx, organisationId);
  const state = allowedTarget(organisation, event);
  const withdrawn = await sideEffects(tx, organisationId, event, reason, now);
  await setMembershipState(tx, organisationId, state);
  await recordAudit(tx, {
    actorUserId,
    organisationId,
    action: `membership.${event}`,
    subjectType: 'organisation',
    subjectId: organisationId,
    reason,
    before: { state: organisation.state },
    after: { state, ...(withdrawn > 0 ? { vacanciesWithdrawn: withdrawn } : {}) },
  });
  if (!options.quiet)
    await mailMembershipDecision(tx, site, await recipientsOf(tx, organisation), organisation, event, reason);
  // Its candidates hear that their procedure there ended, and when what they sent is deleted; those
  // in the talent pool that they are out of it, which then holds also if the member rejoins.
  // The member's own leave reaches the office too (an end is the office's own decision).
  if (event === 'leave') await mailMemberLeft(tx, site, await coordinatorRecipients(tx), organisation, reason);
  if (event === 'leave' || event === 'end') {
    await mailCandidatesOfLeavingMember(tx, organisation, now);
    await endPoolConsentsOf(tx, organisationId, now);
  }
  return { before: organisation, state };
}

/** Suspend, reinstate, end or rejoin, by the coordinator. */
export async function changeMembership(
  deps: MembershipDeps,
  actorUserId: string,
  organisationId: string,
  event: 'suspend' | 'reinstate' | 'end' | 'rejoin',
  reason: string | null,
) {
  const { state } = await deps.db.transaction((tx) => transition(tx, deps, organisationId, event, actorUserId, reason));
  return { id: organisationId, state };
}

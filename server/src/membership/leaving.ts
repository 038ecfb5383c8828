/**
 * A member leaves the alliance, now or at a chosen date. A scheduled leave is kept on the
 * organisation and made to take effect by the job queue (the service asks it to look at
 * that moment; a sweep every minute catches the rest).
 */
import { holdAdminRole } from '../staff/service.ts';
import { dutchDate, startOfDutchDay } from '@samenwerven/calendar';
import type { Database, Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { AppError, notFound } from '../errors.ts';
import { mailLeavePlan, type MailSite } from './mails.ts';
import { leavePreviewOf } from './presenter.ts';
import {
  adminRecipients,
  coordinatorRecipients,
  findOrganisation,
  organisationsWithDueLeave,
  reasonForState,
  updateOrganisation,
  vacancyCountsByState,
} from './queries.ts';
import { membershipTransition } from './state-machine.ts';
import { allowedTarget, lockExisting, transition, type MembershipDeps } from './transitions.ts';

/** When a chosen date takes effect: the start of that day in the Netherlands; a moment is itself. */
function effectiveMoment(effectiveDate: string): Date {
  return effectiveDate.includes('T') ? new Date(effectiveDate) : startOfDutchDay(effectiveDate);
}

/**
 * How far ahead a leave may be scheduled: two years covers any notice period of a cooperation
 * agreement; a date beyond (the year 9999, a typing slip) is refused rather than kept for ever.
 * The web form (membership-route.ts) says the same before it is sent.
 */
export const LEAVE_AT_MOST_DAYS_AHEAD = 730;

/** A member leaves, now or at a chosen date (a persistent job makes it take effect). */
export async function leaveAlliance(
  deps: MembershipDeps,
  actorUserId: string,
  organisationId: string,
  input: { reason: string; effectiveDate?: string },
  now = new Date(),
) {
  const at = input.effectiveDate ? effectiveMoment(input.effectiveDate) : now;
  if (at.getTime() > now.getTime() + LEAVE_AT_MOST_DAYS_AHEAD * 86_400_000) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { effectiveDate: 'error.leave_too_far_ahead' },
    });
  }
  // A day gone by is a slip (yesterday typed for tomorrow), not "now": leaving now is leaving the date out.
  if (at.getTime() < startOfDutchDay(dutchDate(now)).getTime()) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { effectiveDate: 'error.leave_in_the_past' },
    });
  }
  if (at.getTime() <= now.getTime()) {
    await deps.db.transaction(async (tx) => {
      await holdAdminRole(tx, organisationId, actorUserId);
      await transition(tx, deps, organisationId, 'leave', actorUserId, input.reason, now);
    });
    return { id: organisationId, state: 'left' as const, leaveAt: null };
  }
  const state = await deps.db.transaction(async (tx) => {
    await holdAdminRole(tx, organisationId, actorUserId);
    const organisation = await lockExisting(tx, organisationId);
    allowedTarget(organisation, 'leave');
    await updateOrganisation(tx, organisationId, { leaveAt: at, leaveReason: input.reason.trim() });
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'membership.leave_scheduled',
      subjectType: 'organisation',
      subjectId: organisationId,
      reason: input.reason,
      before: { leaveAt: organisation.leaveAt?.toISOString() ?? null },
      after: { leaveAt: at.toISOString() },
    });
    await mailLeavePlan(tx, deps, await leaveRecipients(tx, organisationId), organisation, {
      at,
      reason: input.reason.trim(),
      cancelled: false,
    });
    return organisation.state;
  });
  await deps.jobs?.scheduleDueCheck(`leave:${organisationId}`, at);
  return { id: organisationId, state, leaveAt: at.toISOString() };
}

/** Who hears of a planned leave: the member's admins and the alliance office. */
async function leaveRecipients(tx: Executor, organisationId: string) {
  return { admins: await adminRecipients(tx, organisationId), coordinators: await coordinatorRecipients(tx) };
}

export async function cancelScheduledLeave(
  deps: Pick<MembershipDeps, 'db' | 'publicUrl' | 'allianceContact'>,
  actorUserId: string,
  organisationId: string,
) {
  await deps.db.transaction(async (tx) => {
    await holdAdminRole(tx, organisationId, actorUserId);
    const organisation = await lockExisting(tx, organisationId);
    if (!organisation.leaveAt)
      throw new AppError(409, 'no_scheduled_leave', 'error.no_scheduled_leave', { currentState: organisation.state });
    await updateOrganisation(tx, organisationId, { leaveAt: null, leaveReason: null });
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'membership.leave_cancelled',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { leaveAt: organisation.leaveAt.toISOString() },
      after: { leaveAt: null },
    });
    await mailLeavePlan(tx, deps, await leaveRecipients(tx, organisationId), organisation, {
      at: organisation.leaveAt,
      reason: null,
      cancelled: true,
    });
  });
}

/** Makes every scheduled leave that is due take effect (and tells the admins); run by the job queue. */
export async function applyDueLeaves(db: Database, site: MailSite, now = new Date()): Promise<number> {
  let applied = 0;
  for (const id of await organisationsWithDueLeave(db, now)) {
    await db.transaction(async (tx) => {
      const organisation = await lockExisting(tx, id);
      // Another worker may have applied or the admin cancelled it meanwhile.
      if (!organisation.leaveAt || organisation.leaveAt > now || !membershipTransition(organisation, 'leave').allowed)
        return;
      await transition(tx, site, id, 'leave', null, organisation.leaveReason, organisation.leaveAt);
      applied++;
    });
  }
  return applied;
}

/** The states whose reason the membership page shows: an active member's reinstatement is over. */
const REASONED_STATES: ReadonlySet<string> = new Set(['rejected', 'suspended', 'left']);

/** What leaving would mean, shown to the admin before confirming, and why the membership is as it is. */
export async function leavePreview(db: Database, organisationId: string) {
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound();
  const canLeave = membershipTransition(organisation, 'leave').allowed;
  const reason = REASONED_STATES.has(organisation.state)
    ? await reasonForState(db, organisationId, organisation.state)
    : null;
  return leavePreviewOf(organisation, await vacancyCountsByState(db, organisationId), canLeave, reason);
}

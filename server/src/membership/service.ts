/**
 * The alliance's membership life cycle (DESIGN.md):
 *
 *   applied ──approve──► active ──leave──► left ──rejoin──► active
 *      │                   │  ▲
 *    reject            suspend reinstate
 *      ▼                   ▼  │
 *   rejected            suspended
 *
 * Each transition is one transaction: the state change, the membership period, the audit
 * entry and the vacancy withdrawals (whose outbox rows the database triggers add, so the
 * search index follows within seconds). An invalid transition is 409 naming the current state.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import {
  membershipApplications,
  membershipPeriods,
  municipalityByCode,
  organisations,
  users,
  vacancies,
  type Database,
  type Executor,
  type MembershipState,
  type Organisation,
  type OrganisationKind,
} from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { assertAcceptablePassword } from '../auth/service.ts';
import { AppError, notFound } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { findAccount, lockAddress, mailAlreadyKnown, mailConfirmation, type Locale } from '../auth/registration.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { hashPassword } from '../passwords.ts';
import { slugify } from '../text.ts';

export interface MembershipDeps {
  db: Database;
  publicUrl: string;
  jobs: JobQueue | undefined;
}

export type Transition = 'approve' | 'reject' | 'suspend' | 'reinstate' | 'leave' | 'rejoin';

/** Which states each transition may start from. */
const allowedFrom: Record<Transition, readonly MembershipState[]> = {
  approve: ['applied'],
  reject: ['applied'],
  suspend: ['active'],
  reinstate: ['suspended'],
  leave: ['active', 'suspended'],
  rejoin: ['left'],
};

const resultState: Record<Transition, MembershipState> = {
  approve: 'active',
  reject: 'rejected',
  suspend: 'suspended',
  reinstate: 'active',
  leave: 'left',
  rejoin: 'active',
};

function invalidTransition(state: string): AppError {
  return new AppError(409, 'invalid_transition', 'error.invalid_transition', { currentState: state });
}

/** Locks the organisation row for the rest of the transaction. */
async function lockOrganisation(tx: Executor, organisationId: string): Promise<Organisation> {
  const [organisation] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  if (!organisation) throw notFound();
  return organisation;
}

/** Takes the organisation's live vacancies off the portal; their rows stay, with the reason. */
async function withdrawVacancies(tx: Executor, organisationId: string, reason: string): Promise<number> {
  const rows = await tx
    .update(vacancies)
    .set({
      withdrawnFromState: sql`${vacancies.state}`,
      state: 'withdrawn',
      withdrawnReason: reason,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(vacancies.organisationId, organisationId), inArray(vacancies.state, ['published', 'scheduled'])))
    .returning({ id: vacancies.id });
  return rows.length;
}

/**
 * Brings withdrawn vacancies back: after a suspension as they were (a passed closing date
 * closes them); after leaving and rejoining as drafts, for the member to check first.
 */
async function restoreVacancies(tx: Executor, organisationId: string, as: 'previous' | 'draft'): Promise<void> {
  const state =
    as === 'draft'
      ? sql`'draft'::vacancy_state`
      : sql`CASE
          WHEN ${vacancies.withdrawnFromState} = 'scheduled' THEN 'scheduled'::vacancy_state
          WHEN ${vacancies.closingDate} IS NULL OR ${vacancies.closingDate} >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
            THEN 'published'::vacancy_state
          ELSE 'closed'::vacancy_state END`;
  await tx
    .update(vacancies)
    .set({
      state,
      closedAt: as === 'draft' ? null : sql`CASE WHEN ${state} = 'closed' THEN now() ELSE ${vacancies.closedAt} END`,
      withdrawnFromState: null,
      withdrawnReason: null,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.state, 'withdrawn')));
}

async function startPeriod(tx: Executor, organisationId: string, at: Date) {
  await tx.insert(membershipPeriods).values({ organisationId, startedAt: at });
}

async function endPeriod(tx: Executor, organisationId: string, at: Date, reason: string | null) {
  await tx
    .update(membershipPeriods)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(membershipPeriods.organisationId, organisationId), isNull(membershipPeriods.endedAt)));
}

async function setState(tx: Executor, organisationId: string, state: MembershipState) {
  await tx
    .update(organisations)
    .set({ state, leaveAt: null, leaveReason: null, updatedAt: new Date() })
    .where(eq(organisations.id, organisationId));
}

/** The e-mail addresses that speak for an organisation: its admins, else its contact. */
async function organisationRecipients(db: Executor, organisation: Organisation): Promise<string[]> {
  const admins = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisation.id), eq(users.role, 'org_admin'), isNull(users.deactivatedAt)));
  const emails = admins.map((a) => a.email);
  return emails.length > 0 ? emails : organisation.contactEmail ? [organisation.contactEmail] : [];
}

/**
 * Applies one transition inside the caller's transaction. `actorUserId` null means the
 * system (a scheduled leave taking effect).
 */
async function transition(
  tx: Executor,
  organisationId: string,
  kind: Transition,
  actorUserId: string | null,
  reason: string | null,
  now = new Date(),
): Promise<{ before: Organisation; withdrawn: number }> {
  const organisation = await lockOrganisation(tx, organisationId);
  if (organisation.isCoordinatingBody && (kind === 'leave' || kind === 'suspend')) {
    throw new AppError(409, 'coordinating_body', 'error.coordinating_body', { currentState: organisation.state });
  }
  if (!allowedFrom[kind].includes(organisation.state)) throw invalidTransition(organisation.state);
  let withdrawn = 0;
  switch (kind) {
    case 'approve':
    case 'rejoin':
      await startPeriod(tx, organisationId, now);
      if (kind === 'rejoin') await restoreVacancies(tx, organisationId, 'draft');
      break;
    case 'suspend':
      withdrawn = await withdrawVacancies(tx, organisationId, 'suspended');
      break;
    case 'reinstate':
      await restoreVacancies(tx, organisationId, 'previous');
      break;
    case 'leave':
      withdrawn = await withdrawVacancies(tx, organisationId, 'left');
      await endPeriod(tx, organisationId, now, reason);
      break;
    case 'reject':
      break;
  }
  await setState(tx, organisationId, resultState[kind]);
  await recordAudit(tx, {
    actorUserId,
    organisationId,
    action: `membership.${kind}`,
    subjectType: 'organisation',
    subjectId: organisationId,
    reason,
    before: { state: organisation.state },
    after: { state: resultState[kind], ...(withdrawn > 0 ? { vacanciesWithdrawn: withdrawn } : {}) },
  });
  return { before: organisation, withdrawn };
}

// ── Applications ─────────────────────────────────────────────────────────────

export interface ApplicationInput {
  organisation: { name: string; kind: OrganisationKind; municipalityCode: string; website?: string };
  admin: { name: string; email: string; password: string };
}

async function freeSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name).slice(0, 80) || 'organisatie';
  const taken = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(sql`${organisations.slug} = ${base} OR ${organisations.slug} LIKE ${`${base}-%`}`);
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * An organisation applies to join: it, its first admin account (unconfirmed) and the
 * application are created, pending, and the coordinator sees it at once. The answer is the
 * same whether or not the admin's address already has an account (probe finding 7): a
 * known address gets a mail saying nothing was applied for, a new one a confirmation link.
 */
export async function applyForMembership(deps: MembershipDeps, input: ApplicationInput, locale: Locale = 'nl') {
  if (!municipalityByCode(input.organisation.municipalityCode)) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { 'organisation.municipalityCode': 'error.unknown_municipality' },
    });
  }
  assertAcceptablePassword(input.admin.password, input.admin.email, 'admin.password');
  // Hashed whether or not it will be used, so both cases take the same time.
  const passwordHash = await hashPassword(input.admin.password);
  const email = input.admin.email.trim();
  await deps.db.transaction(async (tx) => {
    await lockAddress(tx, email);
    const existing = await findAccount(tx, email);
    if (existing) {
      await mailAlreadyKnown(tx, deps.publicUrl, existing, 'application_known');
      return;
    }
    const [organisation] = await tx
      .insert(organisations)
      .values({
        slug: await freeSlug(tx, input.organisation.name),
        name: input.organisation.name.trim(),
        kind: input.organisation.kind,
        municipalityCode: input.organisation.municipalityCode,
        website: input.organisation.website ?? null,
        contactName: input.admin.name.trim(),
        contactEmail: email,
        state: 'applied',
      })
      .returning();
    const [admin] = await tx
      .insert(users)
      .values({
        email,
        name: input.admin.name.trim(),
        passwordHash,
        role: 'org_admin',
        organisationId: organisation!.id,
        locale,
        emailConfirmedAt: null,
      })
      .returning({ id: users.id, email: users.email });
    const [application] = await tx
      .insert(membershipApplications)
      .values({ organisationId: organisation!.id })
      .returning();
    await recordAudit(tx, {
      actorUserId: admin!.id,
      organisationId: organisation!.id,
      action: 'membership.applied',
      subjectType: 'membership_application',
      subjectId: application!.id,
      after: { name: organisation!.name, kind: organisation!.kind },
    });
    await mailConfirmation(tx, deps.publicUrl, admin!, locale, 'application_confirmation');
  });
}

export async function listApplications(db: Database, state?: 'pending' | 'approved' | 'rejected') {
  const rows = await db
    .select({ application: membershipApplications, organisation: organisations })
    .from(membershipApplications)
    .innerJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(state ? eq(membershipApplications.state, state) : undefined)
    .orderBy(asc(sql`${membershipApplications.state} <> 'pending'`), desc(membershipApplications.createdAt));
  return rows.map(({ application, organisation }) => ({
    id: application.id,
    state: application.state,
    reason: application.reason,
    createdAt: application.createdAt.toISOString(),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    organisation: {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
      municipalityCode: organisation.municipalityCode,
      website: organisation.website,
      contactName: organisation.contactName,
      contactEmail: organisation.contactEmail,
      state: organisation.state,
    },
  }));
}

/**
 * The decision, to the applicant. An admitted organisation's name was vetted by the
 * coordinator; a rejected one's was not, so that mail does not repeat it.
 */
const decisionMail = {
  approve: {
    subject: (name: string) => `${name} is toegelaten tot Samenwerven`,
    text: (name: string, reason: string | null) =>
      `Goed nieuws: ${name} is nu lid van de alliantie Samenwerven. U kunt inloggen en vacatures plaatsen.${reason ? `\n\nToelichting: ${reason}` : ''}\n`,
  },
  reject: {
    subject: () => 'Uw aanmelding bij Samenwerven',
    text: (_name: string, reason: string | null) =>
      `Uw aanmelding bij de alliantie Samenwerven is niet toegelaten.${reason ? `\n\nReden: ${reason}` : ''}\n\nVragen? Neem contact op met het alliantiebureau.\n`,
  },
};

/** The coordinator decides on an application; the applicant hears it by e-mail. */
export async function decideApplication(
  deps: MembershipDeps,
  actorUserId: string,
  applicationId: string,
  decision: 'approve' | 'reject',
  reason: string | null,
) {
  await deps.db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(membershipApplications)
      .where(eq(membershipApplications.id, applicationId))
      .for('update');
    if (!application) throw notFound();
    if (application.state !== 'pending') throw invalidTransition(application.state);
    const { before } = await transition(tx, application.organisationId, decision, actorUserId, reason);
    await tx
      .update(membershipApplications)
      .set({
        state: decision === 'approve' ? 'approved' : 'rejected',
        reason,
        decidedBy: actorUserId,
        decidedAt: new Date(),
      })
      .where(eq(membershipApplications.id, applicationId));
    // The applicant hears it by e-mail, sent by the mail worker once this commits.
    const mail = decisionMail[decision];
    for (const to of await organisationRecipients(tx, before)) {
      await enqueueMail(tx, {
        kind: `membership_${decision}`,
        to,
        subject: mail.subject(before.name),
        text: mail.text(before.name, reason),
      });
    }
  });
  return { id: applicationId, state: decision === 'approve' ? ('approved' as const) : ('rejected' as const) };
}

// ── Transitions of members ───────────────────────────────────────────────────

/** Suspend, reinstate or rejoin, by the coordinator. */
export async function changeMembership(
  deps: MembershipDeps,
  actorUserId: string,
  organisationId: string,
  kind: 'suspend' | 'reinstate' | 'rejoin',
  reason: string | null,
) {
  await deps.db.transaction((tx) => transition(tx, organisationId, kind, actorUserId, reason));
  return { id: organisationId, state: resultState[kind] };
}

/** When a chosen date takes effect: the start of that day in Amsterdam. */
export function effectiveMoment(effectiveDate: string): Date {
  if (effectiveDate.includes('T')) return new Date(effectiveDate);
  const noonUtc = new Date(`${effectiveDate}T12:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hour12: false }).format(noonUtc),
  );
  return new Date(Date.parse(`${effectiveDate}T00:00:00Z`) - (hour - 12) * 3_600_000);
}

/** A member leaves, now or at a chosen date (a persistent job makes it take effect). */
export async function leaveAlliance(
  deps: MembershipDeps,
  actorUserId: string,
  organisationId: string,
  input: { reason: string; effectiveDate?: string },
  now = new Date(),
) {
  const at = input.effectiveDate ? effectiveMoment(input.effectiveDate) : now;
  if (at.getTime() <= now.getTime()) {
    await deps.db.transaction((tx) => transition(tx, organisationId, 'leave', actorUserId, input.reason, now));
    return { id: organisationId, state: 'left' as const, leaveAt: null };
  }
  const state = await deps.db.transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (organisation.isCoordinatingBody) {
      throw new AppError(409, 'coordinating_body', 'error.coordinating_body', { currentState: organisation.state });
    }
    if (!allowedFrom.leave.includes(organisation.state)) throw invalidTransition(organisation.state);
    await tx
      .update(organisations)
      .set({ leaveAt: at, leaveReason: input.reason, updatedAt: new Date() })
      .where(eq(organisations.id, organisationId));
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
    return organisation.state;
  });
  await deps.jobs?.scheduleDueCheck(`leave:${organisationId}`, at);
  return { id: organisationId, state, leaveAt: at.toISOString() };
}

export async function cancelScheduledLeave(db: Database, actorUserId: string, organisationId: string) {
  await db.transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (!organisation.leaveAt)
      throw new AppError(409, 'no_scheduled_leave', 'error.no_scheduled_leave', { currentState: organisation.state });
    await tx
      .update(organisations)
      .set({ leaveAt: null, leaveReason: null, updatedAt: new Date() })
      .where(eq(organisations.id, organisationId));
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'membership.leave_cancelled',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { leaveAt: organisation.leaveAt.toISOString() },
      after: { leaveAt: null },
    });
  });
}

/** Makes every scheduled leave that is due take effect; run by the job queue. */
export async function applyDueLeaves(db: Database, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(isNotNull(organisations.leaveAt), lte(organisations.leaveAt, now)));
  let applied = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const organisation = await lockOrganisation(tx, id);
      // Another worker may have applied or the admin cancelled it meanwhile.
      if (!organisation.leaveAt || organisation.leaveAt > now || !allowedFrom.leave.includes(organisation.state))
        return;
      await transition(tx, id, 'leave', null, organisation.leaveReason, organisation.leaveAt);
      applied++;
    });
  }
  return applied;
}

/** What leaving would mean, shown to the admin before confirming. */
export async function leavePreview(db: Database, organisationId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound();
  const counts = await db
    .select({ state: vacancies.state, n: sql<number>`count(*)::int` })
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId))
    .groupBy(vacancies.state);
  const byState = Object.fromEntries(counts.map((c) => [c.state, c.n])) as Record<string, number>;
  return {
    state: organisation.state,
    leaveAt: organisation.leaveAt?.toISOString() ?? null,
    vacanciesGoingOffline: (byState.published ?? 0) + (byState.scheduled ?? 0),
    vacanciesKept: Object.values(byState).reduce((a, b) => a + b, 0),
    canLeave: allowedFrom.leave.includes(organisation.state) && !organisation.isCoordinatingBody,
  };
}

export async function setCostWeight(db: Database, actorUserId: string, organisationId: string, costWeight: number) {
  await db.transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    await tx
      .update(organisations)
      .set({ costWeight, updatedAt: new Date() })
      .where(eq(organisations.id, organisationId));
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'membership.cost_weight_changed',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { costWeight: organisation.costWeight },
      after: { costWeight },
    });
  });
}

/** Every organisation with its membership state, for the coordinator. */
export async function listAllOrganisations(db: Database) {
  const rows = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      state: organisations.state,
      isCoordinatingBody: organisations.isCoordinatingBody,
      leaveAt: organisations.leaveAt,
      costWeight: organisations.costWeight,
      publishedVacancies: sql<number>`(SELECT count(*)::int FROM vacancies v WHERE v.organisation_id = ${organisations}.id AND v.state = 'published')`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, leaveAt: r.leaveAt?.toISOString() ?? null }));
}

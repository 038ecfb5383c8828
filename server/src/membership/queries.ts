/**
 * The SQL of the membership life cycle. Each function takes an `Executor`, so a transition
 * runs its state change, membership period, audit entry and vacancy withdrawals in one
 * transaction.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import {
  auditLog,
  membershipApplications,
  membershipPeriods,
  organisations,
  users,
  userTokens,
  vacancies,
  type Executor,
  type MembershipState,
  type NewVacancy,
} from '@samenwerven/db';
import { lockLinksOf } from '../auth/unconfirmed-accounts.ts';
import { insertHistory } from '../vacancies/queries.ts';
import { bulkTransition, type VacancyState } from '../vacancies/state-machine.ts';
import type { ApplicationState } from './state-machine.ts';

/** Locks the organisation row for the rest of the transaction. */
export async function lockOrganisation(tx: Executor, organisationId: string) {
  const [organisation] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  return organisation;
}

export async function findOrganisation(db: Executor, organisationId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return organisation;
}

export async function updateOrganisation(
  tx: Executor,
  organisationId: string,
  values: Partial<typeof organisations.$inferInsert>,
): Promise<void> {
  await tx
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, organisationId));
}

/**
 * The new state. A scheduled leave outlasts a suspension and a reinstatement (the member chose
 * it, and only its admin cancels it); it ends once the member has left.
 */
export async function setMembershipState(tx: Executor, organisationId: string, state: MembershipState) {
  const stillMember = state === 'active' || state === 'suspended';
  await updateOrganisation(tx, organisationId, stillMember ? { state } : { state, leaveAt: null, leaveReason: null });
}

/** Takes the organisation's live vacancies off the portal; their rows stay, with the reason. */
export async function withdrawLiveVacancies(tx: Executor, organisationId: string, reason: string): Promise<number> {
  const { from, to } = bulkTransition('withdraw');
  const rows = await tx
    .update(vacancies)
    .set({
      withdrawnFromState: sql`${vacancies.state}`,
      state: to,
      withdrawnReason: reason,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(vacancies.organisationId, organisationId), inArray(vacancies.state, from)))
    .returning({ id: vacancies.id, version: vacancies.version, was: vacancies.withdrawnFromState });
  await insertHistory(
    tx,
    rows.map((row) => stateEntry(row, 'withdrawn', row.was, to)),
  );
  return rows.length;
}

/** A vacancy's history entry of a state the membership gave it. */
const stateEntry = (
  row: { id: string; version: number },
  action: 'withdrawn' | 'restored',
  from: VacancyState | null,
  to: VacancyState,
) => ({ vacancyId: row.id, version: row.version, action, changes: { state: [from, to] as [unknown, unknown] } });

export async function withdrawnVacancies(tx: Executor, organisationId: string) {
  return tx
    .select({ id: vacancies.id, withdrawnFrom: vacancies.withdrawnFromState, closingDate: vacancies.closingDate })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.state, 'withdrawn')));
}

/**
 * Gives withdrawn vacancies a state again (and `closedAt` when given), forgetting why they were
 * withdrawn. Both ways leave a history entry: whether a vacancy was ever public is read from its
 * history (vacancies/queries.ts, `PUBLIC_BEFORE`), and without them a vacancy reinstated as closed
 * read as still published (a review).
 */
export async function restoreVacancies(
  tx: Executor,
  vacancyIds: string[],
  state: VacancyState,
  closedAt?: Date | null,
): Promise<void> {
  if (vacancyIds.length === 0) return;
  const values: Partial<NewVacancy> = {
    state,
    withdrawnFromState: null,
    withdrawnReason: null,
    updatedAt: new Date(),
    ...(closedAt === undefined ? {} : { closedAt }),
  };
  const rows = await tx
    .update(vacancies)
    .set({ ...values, version: sql`${vacancies.version} + 1` })
    .where(and(inArray(vacancies.id, vacancyIds), eq(vacancies.state, 'withdrawn')))
    .returning({ id: vacancies.id, version: vacancies.version });
  await insertHistory(
    tx,
    rows.map((row) => stateEntry(row, 'restored', 'withdrawn', state)),
  );
}

export async function startPeriod(tx: Executor, organisationId: string, at: Date): Promise<void> {
  await tx.insert(membershipPeriods).values({ organisationId, startedAt: at });
}

export async function endPeriod(tx: Executor, organisationId: string, at: Date, reason: string | null) {
  await tx
    .update(membershipPeriods)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(membershipPeriods.organisationId, organisationId), isNull(membershipPeriods.endedAt)));
}

/** The organisation's active admins, with their language, for its membership mails. */
export async function adminRecipients(db: Executor, organisationId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'org_admin'), isNull(users.deactivatedAt)));
}

/** The alliance office's coordinators who can sign in, with their language. */
export async function coordinatorRecipients(db: Executor) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, 'coordinator'), isNull(users.deactivatedAt), isNotNull(users.passwordHash)));
}

/** What an application is compared with to find likely duplicates (membership/duplicates.ts): every organisation. */
export async function selectComparableOrganisations(db: Executor) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      state: organisations.state,
      municipalityCode: organisations.municipalityCode,
      website: organisations.website,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}
export type ComparableOrganisation = Awaited<ReturnType<typeof selectComparableOrganisations>>[number];

/** The slugs taken by `base` and its numbered variants (`base-2`, …). */
export async function slugsLike(tx: Executor, base: string): Promise<Set<string>> {
  const taken = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(sql`${organisations.slug} = ${base} OR ${organisations.slug} LIKE ${`${base}-%`}`);
  return new Set(taken.map((t) => t.slug));
}

/** The organisation with this slug, with its name and state, if any. */
export async function organisationWithSlug(tx: Executor, slug: string) {
  const [found] = await tx
    .select({ id: organisations.id, name: organisations.name, state: organisations.state })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return found;
}

export async function insertOrganisation(tx: Executor, values: typeof organisations.$inferInsert) {
  const [organisation] = await tx.insert(organisations).values(values).returning();
  return organisation!;
}

export async function insertUser(tx: Executor, values: typeof users.$inferInsert) {
  const [user] = await tx.insert(users).values(values).returning({ id: users.id, email: users.email });
  return user!;
}

export async function insertApplication(tx: Executor, organisationId: string) {
  const [application] = await tx.insert(membershipApplications).values({ organisationId }).returning();
  return application!;
}

export async function lockApplication(tx: Executor, applicationId: string) {
  const [application] = await tx
    .select()
    .from(membershipApplications)
    .where(eq(membershipApplications.id, applicationId))
    .for('update');
  return application;
}

export async function recordDecision(
  tx: Executor,
  applicationId: string,
  decision: { state: ApplicationState; reason: string | null; decidedBy: string | null },
): Promise<void> {
  await tx
    .update(membershipApplications)
    .set({ ...decision, decidedAt: new Date() })
    .where(eq(membershipApplications.id, applicationId));
}

/**
 * The admin who applies again is the applicant now: the coordinators see, and admitting checks,
 * their name and address (signed in, so confirmed), not those typed with the first application.
 */
export async function setApplicant(tx: Executor, organisationId: string, userId: string): Promise<void> {
  await tx
    .update(organisations)
    .set({
      contactName: sql`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${userId})`,
      contactEmail: sql`(SELECT ${users.email} FROM ${users} WHERE ${users.id} = ${userId})`,
    })
    .where(eq(organisations.id, organisationId));
}

/** Whether the applicant has confirmed the address with the mailed link: their admin account's. */
const applicantConfirmed = sql<boolean>`EXISTS (SELECT 1 FROM ${users} WHERE ${users.organisationId} = ${organisations.id}
  AND lower(${users.email}) = lower(${organisations.contactEmail}) AND ${users.emailConfirmedAt} IS NOT NULL)`;

/**
 * Whether the organisation's applicant confirmed their address (see `applicantConfirmed`). Joined
 * as the list is: over one table drizzle leaves the table's name off its columns, and the
 * subquery's `id` would then be the user's.
 */
export async function isApplicantConfirmed(db: Executor, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ confirmed: applicantConfirmed })
    .from(membershipApplications)
    .innerJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(eq(membershipApplications.organisationId, organisationId))
    .limit(1);
  return row?.confirmed === true;
}

/**
 * Locks the organisation's accounts, their links first, in the order a confirmation takes them
 * (its link, its account, then the organisation for the log): a decision that locks the
 * organisation before them deadlocked with a confirmation under way (a review).
 */
export async function lockAccountsOf(tx: Executor, organisationId: string): Promise<void> {
  const accounts = await tx.select({ id: users.id }).from(users).where(eq(users.organisationId, organisationId));
  const ids = accounts.map((account) => account.id);
  await lockLinksOf(tx, ids);
  if (ids.length > 0) await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids)).for('update');
}

/**
 * Whether nobody of the organisation ever confirmed an address: it has accounts, all unconfirmed
 * (a first application whose applicant has not confirmed yet). One confirmed account (an admin
 * who applies again after a rejection) is someone the portal can write to.
 */
export async function nobodyConfirmed(db: Executor, organisationId: string): Promise<boolean> {
  const accounts = await db
    .select({ confirmed: sql<boolean>`${users.emailConfirmedAt} IS NOT NULL` })
    .from(users)
    .where(eq(users.organisationId, organisationId));
  return accounts.length > 0 && accounts.every((account) => !account.confirmed);
}

/**
 * Forgets who applied for an organisation whose application expired unconfirmed: its unconfirmed
 * accounts (the log keeps what they did, without who) and the contact details typed with it. The
 * organisation's record stays with the alliance's other decisions, and the address is free again.
 */
export async function forgetApplicant(tx: Executor, organisationId: string): Promise<void> {
  const gone = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNull(users.emailConfirmedAt)));
  if (gone.length > 0) {
    await lockLinksOf(
      tx,
      gone.map((user) => user.id),
    );
    const ids = `{${gone.map((user) => user.id).join(',')}}`;
    // What the log says about them goes (a refused sign-in names the account); what they did stays, without who.
    await tx.delete(auditLog).where(sql`${auditLog.subjectId} = ANY(${ids}::text[])`);
    await tx
      .update(auditLog)
      .set({ actorUserId: null })
      .where(sql`${auditLog.actorUserId} = ANY(${ids}::uuid[])`);
    await tx.delete(users).where(sql`${users.id} = ANY(${ids}::uuid[]) AND ${users.emailConfirmedAt} IS NULL`);
  }
  await tx
    .update(organisations)
    .set({ contactName: null, contactEmail: null })
    .where(eq(organisations.id, organisationId));
}

/**
 * Locks the organisation's accounts (FOR UPDATE) and says whether a link of one still works (a
 * reset asked for lately, which confirms the address when used): then its owner may be using it.
 */
export async function applicantLinkWorks(tx: Executor, organisationId: string): Promise<boolean> {
  const accounts = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .for('update');
  if (accounts.length === 0) return false;
  const ids = `{${accounts.map((user) => user.id).join(',')}}`;
  const [live] = await tx
    .select({ id: userTokens.id })
    .from(userTokens)
    .where(
      sql`${userTokens.userId} = ANY(${ids}::uuid[]) AND ${userTokens.usedAt} IS NULL AND ${userTokens.expiresAt} > now()`,
    )
    .limit(1);
  return live !== undefined;
}

/** Pending applications made before `before` whose applicant has not confirmed the address. */
export async function selectUnconfirmedPending(db: Executor, before: Date) {
  return db
    .select({ id: membershipApplications.id })
    .from(membershipApplications)
    .innerJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(
      and(
        eq(membershipApplications.state, 'pending'),
        lt(membershipApplications.createdAt, before),
        sql`NOT ${applicantConfirmed}`,
      ),
    );
}

/** Applications with their organisations, pending first, newest first. */
export async function selectApplications(db: Executor, state?: ApplicationState) {
  return db
    .select({
      application: membershipApplications,
      organisation: organisations,
      applicantConfirmed,
    })
    .from(membershipApplications)
    .innerJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(state ? eq(membershipApplications.state, state) : undefined)
    .orderBy(asc(sql`${membershipApplications.state} <> 'pending'`), desc(membershipApplications.createdAt));
}
export type ApplicationRow = Awaited<ReturnType<typeof selectApplications>>[number];

export async function organisationsWithDueLeave(db: Executor, now: Date): Promise<string[]> {
  const due = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(isNotNull(organisations.leaveAt), lte(organisations.leaveAt, now)));
  return due.map((d) => d.id);
}

export async function vacancyCountsByState(db: Executor, organisationId: string) {
  const counts = await db
    .select({ state: vacancies.state, n: sql<number>`count(*)::int` })
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId))
    .groupBy(vacancies.state);
  return Object.fromEntries(counts.map((c) => [c.state, c.n])) as Partial<Record<VacancyState, number>>;
}

/**
 * Why the organisation is in `state`: the reason given with the change that brought it there
 * (the coordinators' for a rejection, suspension or end, the member's own for a leave), from the
 * audit log; null when none was given.
 */
export async function reasonForState(db: Executor, organisationId: string, state: MembershipState) {
  const [latest] = await db
    .select({ reason: auditLog.reason })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, organisationId),
        eq(auditLog.subjectType, 'organisation'),
        eq(auditLog.subjectId, organisationId),
        sql`${auditLog.action} LIKE 'membership.%'`,
        sql`${auditLog.after}->>'state' = ${state}`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  return latest?.reason ?? null;
}

/** Every organisation with its membership state and published vacancies, by name. */
export async function selectOrganisationsOverview(db: Executor) {
  return db
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
}
export type OrganisationOverviewRow = Awaited<ReturnType<typeof selectOrganisationsOverview>>[number];

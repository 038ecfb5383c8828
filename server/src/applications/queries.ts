/**
 * The SQL of applications. Each function takes an `Executor`, so a service runs several in
 * one transaction.
 */
import { and, count, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import {
  applicationFiles,
  applicationNotes,
  applications,
  organisations,
  users,
  vacancies,
  lockForTransaction,
  type ApplicationStatus,
  type Executor,
} from '@samenwerven/db';
import { dutchDate } from '@samenwerven/calendar';
import { addVacancyCounts } from '../counting/queries.ts';

/** The facts of a vacancy that decide whether it takes applications, and what the mails say. */
export async function selectVacancyToApply(db: Executor, vacancyId: string) {
  const [row] = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      organisationId: vacancies.organisationId,
      organisationName: organisations.name,
      organisationState: organisations.state,
      state: vacancies.state,
      visibility: vacancies.visibility,
      closingDate: vacancies.closingDate,
      applyMethod: vacancies.applyMethod,
      language: vacancies.language,
      contactEmail: vacancies.contactEmail,
    })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(eq(vacancies.id, vacancyId));
  return row;
}

/**
 * The account holder's applications: made signed in, or as a guest with the account's address.
 * Not one another account holder made signed in with this address typed in the form: that one
 * is theirs (an attacker's review: it showed up here, with its CV, to be withdrawn or erased).
 */
const ofUser = (userId: string) =>
  or(
    eq(applications.userId, userId),
    and(
      isNull(applications.userId),
      sql`lower(${applications.email}) = (SELECT lower(u.email) FROM users u WHERE u.id = ${userId})`,
    ),
  );

/**
 * Whether the account holder has an application to this vacancy, in any status until they
 * withdraw it: made signed in, or as a guest with the account's address (their account lists
 * both). Their
 * account row is locked first, so that two submits at once (a double click) are taken one
 * after the other and the second sees the first.
 */
export async function hasAppliedWithAccount(tx: Executor, vacancyId: string, userId: string): Promise<boolean> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
  const [found] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.vacancyId, vacancyId), ofUser(userId)))
    .limit(1);
  return found !== undefined;
}

/**
 * An application to an organisation that has not left the alliance. One that left takes its
 * applications with it (its export): they are out of the talent pool at once, get no pool
 * reminder and no renewal, and go four weeks on (retention.ts).
 */
export const ofMemberNotLeft = sql`NOT EXISTS (SELECT 1 FROM ${organisations} o WHERE o.id = ${applications.organisationId} AND o.state = 'left')`;

/** What a sent application form held, as `sameApplicationSentJustBefore` compares it. */
export interface SentForm {
  vacancyId: string;
  email: string;
  name: string;
  motivation: string;
  phone: string | null;
  consent: 'procedure' | 'pool';
  userId: string | null;
  files: readonly { kind: string; size: number; originalName: string; digest: string }[];
}

const filesSignature = (files: SentForm['files']) =>
  files
    .toSorted((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map((file) => `${file.kind}:${file.size}:${file.digest}:${file.originalName}`)
    .join('|');

/**
 * The application this very form sent a moment ago: the same vacancy, address, name, phone,
 * motivation, consent and files, from the same account or none, within `since`. A form sent
 * twice (Enter pressed twice, a retry after a dropped answer) is one application, not two with
 * two rounds of mail. Sends for one vacancy and address go one at a time from here to the
 * commit, so the second sees the first.
 */
export async function sameApplicationSentJustBefore(
  tx: Executor,
  sent: SentForm,
  since: Date,
): Promise<{ id: string } | undefined> {
  await lockForTransaction(tx, `apply:${sent.vacancyId}:${sent.email.toLowerCase()}`);
  const [found] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.vacancyId, sent.vacancyId),
        sql`lower(${applications.email}) = ${sent.email.toLowerCase()}`,
        eq(applications.name, sent.name),
        eq(applications.motivation, sent.motivation),
        sent.phone === null ? isNull(applications.phone) : eq(applications.phone, sent.phone),
        eq(applications.consent, sent.consent),
        sent.userId === null ? isNull(applications.userId) : eq(applications.userId, sent.userId),
        sql`${applications.createdAt} >= ${since.toISOString()}`,
        // The same files too, by their bytes: a corrected CV sent with the same words, name and
        // size is another application (an attacker's review: it was answered 201 and dropped).
        sql`coalesce((SELECT string_agg(f.kind || ':' || f.size || ':' || coalesce(f.content_digest, '') || ':' || f.original_name, '|' ORDER BY f.kind)
              FROM ${applicationFiles} f WHERE f.application_id = ${applications.id}), '') = ${filesSignature(sent.files)}`,
      ),
    )
    .orderBy(desc(applications.createdAt))
    .limit(1);
  return found;
}

/** Inserts it and counts it on the vacancy's day (the figures outlive the application). */
export async function insertApplication(tx: Executor, values: typeof applications.$inferInsert, now: Date) {
  const [row] = await tx.insert(applications).values(values).returning();
  await addVacancyCounts(tx, [{ vacancyId: row!.vacancyId, day: dutchDate(now), counts: { applications: 1 } }]);
  return row!;
}

export async function insertFiles(tx: Executor, values: (typeof applicationFiles.$inferInsert)[]) {
  if (values.length > 0) await tx.insert(applicationFiles).values(values);
}

/** Staff of the organisation who want to hear of new applications (and can sign in). */
export async function selectApplicationWatchers(tx: Executor, organisationId: string) {
  return tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.role, ['hr_officer', 'org_admin']),
        eq(users.notifyOnApplication, true),
        isNull(users.deactivatedAt),
        isNotNull(users.passwordHash),
      ),
    );
}

/** Does this vacancy belong to the organisation? */
export async function vacancyOfOrganisation(db: Executor, organisationId: string, vacancyId: string) {
  const [row] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)));
  return row !== undefined;
}

const listColumns = {
  id: applications.id,
  vacancyId: applications.vacancyId,
  vacancyTitle: vacancies.title,
  vacancyLanguage: vacancies.language,
  name: applications.name,
  email: applications.email,
  status: applications.status,
  seenAt: applications.seenAt,
  createdAt: applications.createdAt,
};

/** One page of an organisation's applications (of one vacancy, or of one status), newest first. */
export async function selectApplications(
  db: Executor,
  filter: { organisationId: string; vacancyId?: string; status?: ApplicationStatus },
  page: { page: number; pageSize: number },
) {
  const ofVacancy = and(
    eq(applications.organisationId, filter.organisationId),
    filter.vacancyId ? eq(applications.vacancyId, filter.vacancyId) : undefined,
  );
  const rows = await db
    .select(listColumns)
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .where(and(ofVacancy, filter.status ? eq(applications.status, filter.status) : undefined))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  // How many there are of each status, whatever the filter: what the status choices can say.
  // The total follows from them (the filtered status's, or all together).
  const byStatus = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .where(ofVacancy)
    .groupBy(applications.status);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row.n])) as Partial<
    Record<ApplicationStatus, number>
  >;
  const total = filter.status ? (counts[filter.status] ?? 0) : byStatus.reduce((sum, row) => sum + row.n, 0);
  return { rows, total, counts };
}
export type ApplicationListRow = Awaited<ReturnType<typeof selectApplications>>['rows'][number];

/** One application with its vacancy's title; locked for the rest of the transaction when asked. */
export async function selectApplication(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({
      ...listColumns,
      organisationId: applications.organisationId,
      userId: applications.userId,
      phone: applications.phone,
      motivation: applications.motivation,
      consent: applications.consent,
      updatedAt: applications.updatedAt,
      hiredAt: applications.hiredAt,
      addressConfirmedAt: applications.addressConfirmedAt,
      organisationName: organisations.name,
      vacancyContactEmail: vacancies.contactEmail,
      vacancyState: vacancies.state,
      applicantLocale: users.locale,
      mailLocale: applications.mailLocale,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .leftJoin(users, eq(users.id, applications.userId))
    .where(eq(applications.id, id));
  const [row] = options.lock ? await query.for('update', { of: applications }) : await query;
  return row;
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof selectApplication>>>;

export async function selectFiles(db: Executor, applicationId: string) {
  return db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId));
}
export type ApplicationFileRow = Awaited<ReturnType<typeof selectFiles>>[number];

export async function selectNotes(db: Executor, applicationId: string) {
  return db
    .select({
      id: applicationNotes.id,
      authorId: applicationNotes.authorUserId,
      authorName: users.name,
      text: applicationNotes.text,
      createdAt: applicationNotes.createdAt,
    })
    .from(applicationNotes)
    .innerJoin(users, eq(users.id, applicationNotes.authorUserId))
    .where(eq(applicationNotes.applicationId, applicationId))
    .orderBy(applicationNotes.createdAt, applicationNotes.id);
}
export type NoteRow = Awaited<ReturnType<typeof selectNotes>>[number];

/** The first time anyone of the organisation opens it; later reads keep that moment. */
export async function markSeen(db: Executor, id: string, now: Date) {
  await db
    .update(applications)
    .set({ seenAt: now })
    .where(and(eq(applications.id, id), isNull(applications.seenAt)));
}

export async function updateStatus(tx: Executor, id: string, status: ApplicationStatus, now: Date) {
  const [moved] = await tx
    .update(applications)
    .set({
      status,
      updatedAt: now,
      ...(status === 'hired' ? { hiredAt: now } : {}),
      ...(status === 'rejected' ? { rejectedAt: now } : {}),
    })
    .where(eq(applications.id, id))
    .returning({ vacancyId: applications.vacancyId });
  if (status === 'hired' && moved) {
    await recordFilled(tx, moved.vacancyId, now);
    await addVacancyCounts(tx, [{ vacancyId: moved.vacancyId, day: dutchDate(now), counts: { hires: 1 } }]);
  }
}

/**
 * The vacancy's first hire, kept on the vacancy (its time to fill outlives the applications,
 * which the retention purge deletes). Not a content change: the version stays.
 */
async function recordFilled(tx: Executor, vacancyId: string, now: Date) {
  await tx
    .update(vacancies)
    .set({ filledAt: sql`coalesce(${vacancies.filledAt}, ${now})` })
    .where(eq(vacancies.id, vacancyId));
}

export async function touch(tx: Executor, id: string, now: Date) {
  await tx.update(applications).set({ updatedAt: now }).where(eq(applications.id, id));
}

export async function insertNote(tx: Executor, values: typeof applicationNotes.$inferInsert) {
  await tx.insert(applicationNotes).values(values);
}

/** A job seeker's own applications, newest first. */
/**
 * A job seeker's applications: those made signed in, and those made as a guest with the address
 * of their account (confirmed when they registered), which the export and erasure count as theirs too.
 */
export async function selectApplicationsOfUser(db: Executor, userId: string) {
  return db
    .select({
      id: applications.id,
      vacancyId: vacancies.id,
      vacancyTitle: vacancies.title,
      vacancyLanguage: vacancies.language,
      organisationName: organisations.name,
      status: applications.status,
      consent: applications.consent,
      poolConsentUntil: applications.poolConsentUntil,
      addressConfirmedAt: applications.addressConfirmedAt,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(ofUser(userId))
    .orderBy(desc(applications.createdAt), desc(applications.id));
}
export type MyApplicationRow = Awaited<ReturnType<typeof selectApplicationsOfUser>>[number];

/**
 * Deletes a user's application (its files' rows and notes go with it, by cascade) and returns
 * the storage keys of its files, for the caller to remove from the store; none when it is not theirs.
 */
/** Whether the application is the user's (made with their account or their address). */
export async function isOwnApplication(tx: Executor, id: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, id), ofUser(userId)));
  return row !== undefined;
}

export async function deleteApplicationOfUser(tx: Executor, id: string, userId: string) {
  const keys = await tx
    .select({ key: applicationFiles.storageKey })
    .from(applicationFiles)
    .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
    .where(and(eq(applications.id, id), ofUser(userId)));
  const deleted = await tx
    .delete(applications)
    .where(and(eq(applications.id, id), ofUser(userId)))
    .returning({ id: applications.id });
  return deleted.length > 0 ? keys.map((k) => k.key) : undefined;
}

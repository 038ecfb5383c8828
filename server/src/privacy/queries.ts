/**
 * Everything the portal holds about one job seeker, found by their account and their e-mail
 * address (applications made as a guest before the account existed are theirs too).
 */
import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import {
  alertMatches,
  applicationFiles,
  applicationNotes,
  applications,
  auditLog,
  mailOutbox,
  organisations,
  searchAlerts,
  sessions,
  users,
  vacancies,
  type Executor,
} from '@samenwerven/db';

/** Someone the portal holds data about: an account holder, or a guest known by address only. */
export interface Person {
  id: string | null;
  email: string;
}

/** Not made by the account whose address this is (made as a guest, or by another account). */
const notSentByAccountOf = (userId: typeof applications.userId | typeof searchAlerts.userId, email: string) =>
  sql`(${userId} IS NULL OR ${userId} NOT IN (SELECT id FROM users WHERE lower(email) = lower(${email})))`;

const sameAddress = (
  column: typeof applications.email | typeof mailOutbox.recipient | typeof searchAlerts.email,
  email: string,
) => sql`lower(${column}) = lower(${email})`;

const ofPerson = (person: Person) =>
  person.id === null
    ? // A guest's key is for what was sent with the address, but not what the address's own
      // account sent signed in: that is the account holder's, on their account page (a privacy
      // review: erasing "everything" for the address emptied the account that page says stays).
      // Another account that typed this address is a guest to it: the address's owner decides.
      and(sameAddress(applications.email, person.email), notSentByAccountOf(applications.userId, person.email))
    : // Not another account holder's, made signed in with this address in the form (ofUser).
      or(
        eq(applications.userId, person.id),
        and(isNull(applications.userId), sameAddress(applications.email, person.email)),
      );

/**
 * The audit entries about a person: what they did, and what was done to their account or with
 * their address (a failed sign-in with an address no account has is logged by the address).
 */
const auditOfPerson = (person: Person) =>
  person.id === null
    ? eq(auditLog.subjectId, person.email.trim().toLowerCase())
    : or(eq(auditLog.actorUserId, person.id), inArray(auditLog.subjectId, [person.id, person.email.toLowerCase()]));

/**
 * The address's owner, confirming an application with the key mailed to that address, takes it
 * over from an account that sent it with the address typed in the form: from then on it is the
 * address's alone (an attacker's review: the sending account kept reading HR's notes, and could
 * take it out of the pool or withdraw it, after the owner had confirmed it as theirs). The key
 * reaches no application the address's own account sent, so any account still on it is another.
 */
export async function claimForAddress(tx: Executor, applicationId: string): Promise<void> {
  await tx
    .update(applications)
    .set({ userId: null })
    .where(and(eq(applications.id, applicationId), isNotNull(applications.userId)));
}

export async function deleteApplication(tx: Executor, applicationId: string): Promise<void> {
  await tx.delete(applications).where(eq(applications.id, applicationId));
}

/** One application of the person, or undefined. */
export async function selectApplicationOfPerson(db: Executor, person: Person, applicationId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), ofPerson(person)));
  return row;
}

export async function selectAccount(db: Executor, userId: string) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      emailConfirmedAt: users.emailConfirmedAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      lastSignInAt: users.lastSignInAt,
      notifyOnApplication: users.notifyOnApplication,
    })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

export async function selectApplicationsOfPerson(db: Executor, person: Person) {
  return db
    .select({
      id: applications.id,
      vacancy: {
        id: vacancies.id,
        title: vacancies.title,
        language: vacancies.language,
        organisation: organisations.name,
      },
      name: applications.name,
      email: applications.email,
      phone: applications.phone,
      motivation: applications.motivation,
      consent: applications.consent,
      poolConsentUntil: applications.poolConsentUntil,
      addressConfirmedAt: applications.addressConfirmedAt,
      status: applications.status,
      // When the organisation first opened it, hired or turned down the person, and asked to renew the pool consent.
      seenAt: applications.seenAt,
      hiredAt: applications.hiredAt,
      rejectedAt: applications.rejectedAt,
      poolReminderSentAt: applications.poolReminderSentAt,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(ofPerson(person))
    .orderBy(applications.createdAt);
}

export async function selectFilesOf(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db.select().from(applicationFiles).where(inArray(applicationFiles.applicationId, applicationIds));
}

export async function selectNotesOf(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: applicationNotes.applicationId,
      text: applicationNotes.text,
      createdAt: applicationNotes.createdAt,
    })
    .from(applicationNotes)
    .where(inArray(applicationNotes.applicationId, applicationIds));
}

export async function selectSessions(db: Executor, userId: string) {
  return db
    .select({ createdAt: sessions.createdAt, lastUsedAt: sessions.lastUsedAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.userId, userId));
}

/**
 * The mail to the address: its subject and moments, and its text while it is still held. A sent
 * message's text is not kept (its links are secrets: mail/outbox.ts): `null`, not an empty text.
 */
export async function selectMailTo(db: Executor, email: string) {
  const rows = await db
    .select({
      subject: mailOutbox.subject,
      text: mailOutbox.body,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(sameAddress(mailOutbox.recipient, email));
  return rows.map((row) => ({ ...row, text: row.sentAt === null ? row.text : null }));
}

/**
 * The log about the person. A failed sign-in's network address is left out: whoever typed their
 * address may have been someone else, whose address is not theirs to get.
 */
export async function selectAuditOf(db: Executor, person: Person) {
  const rows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      reason: auditLog.reason,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(auditOfPerson(person));
  return rows.map((row) => (row.action === 'auth.sign_in_failed' ? { ...row, after: null } : row));
}

/**
 * Whose alerts: a person's, or every alert with an address (what the key in an alert mail opens:
 * the alerts page shows them all, whoever made them).
 */
export type AlertsOf = Person | { address: string };

/** The person's e-mail alerts: of their account, and made with their address. */
const alertsOfPerson = (person: AlertsOf) =>
  'address' in person
    ? sameAddress(searchAlerts.email, person.address)
    : person.id === null
      ? and(sameAddress(searchAlerts.email, person.email), notSentByAccountOf(searchAlerts.userId, person.email))
      : or(eq(searchAlerts.userId, person.id), sameAddress(searchAlerts.email, person.email));

/**
 * Deletes every row about the person; returns the keys of their files (removed after the
 * commit). For a guest: their applications and the mail sent to them; an account with the same
 * address is its holder's to erase.
 */
export async function deletePerson(tx: Executor, person: Person): Promise<string[]> {
  const own = await tx.select({ id: applications.id }).from(applications).where(ofPerson(person));
  const ids = own.map((row) => row.id);
  const files = await selectFilesOf(tx, ids);
  if (ids.length > 0) {
    await tx.delete(applications).where(inArray(applications.id, ids));
    // Who read or decided on their applications stays logged (the member's accountability), no
    // longer by which application: nothing links the entries to them.
    await tx
      .update(auditLog)
      .set({ subjectId: 'erased' })
      .where(and(eq(auditLog.subjectType, 'application'), inArray(auditLog.subjectId, ids)));
  }
  await tx.delete(mailOutbox).where(sameAddress(mailOutbox.recipient, person.email));
  // Their alerts, of the account and of the address (an account's also go with it by cascade).
  await tx.delete(searchAlerts).where(alertsOfPerson(person));
  await tx.delete(auditLog).where(auditOfPerson(person));
  if (person.id !== null) {
    // Sessions and one-time tokens go with the account (ON DELETE CASCADE).
    await tx.delete(users).where(eq(users.id, person.id));
  }
  return files.map((file) => file.storageKey);
}

/**
 * The person's e-mail alerts: of their account, and made with their address. What they chose
 * and what happened to them; not the matching's own bookkeeping (from when it counts new
 * vacancies) nor the account's id.
 */
export function selectAlertsOf(db: Executor, person: AlertsOf) {
  return db
    .select({
      name: searchAlerts.name,
      email: searchAlerts.email,
      query: searchAlerts.query,
      frequency: searchAlerts.frequency,
      lang: searchAlerts.lang,
      confirmedAt: searchAlerts.confirmedAt,
      lastSentAt: searchAlerts.lastSentAt,
      lastVisitAt: searchAlerts.lastVisitAt,
      // When they answered "keep it", and when a quiet alert asked them (alerts/runs.ts).
      keptAt: searchAlerts.keptAt,
      keepAskedAt: searchAlerts.keepAskedAt,
      bounces: searchAlerts.bounces,
      createdAt: searchAlerts.createdAt,
    })
    .from(searchAlerts)
    .where(alertsOfPerson(person));
}

/** Which vacancies each of the person's alerts found, and when it mailed them. */
export function selectAlertMatchesOf(db: Executor, person: AlertsOf) {
  return db
    .select({
      alert: searchAlerts.name,
      vacancy: vacancies.title,
      vacancyId: alertMatches.vacancyId,
      matchedAt: alertMatches.matchedAt,
      mailedAt: alertMatches.mailedAt,
    })
    .from(alertMatches)
    .innerJoin(searchAlerts, eq(searchAlerts.id, alertMatches.alertId))
    .innerJoin(vacancies, eq(vacancies.id, alertMatches.vacancyId))
    .where(alertsOfPerson(person))
    .orderBy(searchAlerts.name, alertMatches.matchedAt);
}

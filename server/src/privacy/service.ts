/**
 * A job seeker's rights under the AVG/GDPR: to get everything the portal holds about them
 * (article 15/20: `GET /me/export`, a zip of JSON and their own files) and to have it erased
 * (article 17: `DELETE /me`: the account, their applications with files and notes, the mail
 * sent to them and the audit entries about them). Staff accounts belong to their organisation
 * and are removed by its admin.
 */
import { strToU8, zipSync } from 'fflate';
import { dutchDate } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import { endPoolConsent, renewPoolConsent, whyNotRenewed } from '../applications/consent-reminders.ts';
import { recordAudit } from '../audit/audit.ts';
import { zipEntriesOfFiles, type FileStore } from '../applications/file-store.ts';
import { zipStream } from '../zip-stream.ts';
import { queueFileRemovals, removeQueuedFiles } from '../applications/file-removals.ts';
import { AppError, notFound } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { forgetDropped } from '../mail/mailer.ts';
import {
  claimForAddress,
  deleteApplication,
  deletePerson,
  selectAccount,
  selectApplicationOfPerson,
  selectApplicationsOfPerson,
  selectAuditOf,
  selectFilesOf,
  selectMailTo,
  selectNotesOf,
  selectSessions,
  type Person,
  selectAlertMatchesOf,
  selectAlertsOf,
} from './queries.ts';

export interface PrivacyDeps {
  db: Database;
  files: FileStore;
  /** The mail drop (without SMTP), whose copies of the person's mail go with them. */
  mailDrop: string;
}

async function personOf(db: Database, userId: string) {
  const account = await selectAccount(db, userId);
  if (!account) throw notFound();
  if (account.role !== 'job_seeker') throw new AppError(403, 'forbidden', 'error.forbidden');
  return account;
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));

/**
 * What each file of a person's export holds, in Dutch and English: the JSON is for machines (AVG
 * article 20), and the person it is about must be able to read what it is (article 12; a keyboard
 * walk found only developer names in it).
 */
const PERSON_README = `Samenwerven: je gegevens / your data

Dit zip-bestand bevat alles wat Samenwerven over je bewaart. De .json-bestanden kun je openen met een
teksteditor of inlezen in een ander programma.

- account.json: je account (naam, e-mailadres, taal, wanneer gemaakt en bevestigd). Alleen met een account.
- sessions.json: wanneer je bent ingelogd en voor het laatst actief was, en tot wanneer elke sessie geldt (geen plaats of apparaat). Alleen met een account.
- applications.json: je sollicitaties: wat je stuurde, de status, je toestemming, de namen van je bestanden
  en de notities die HR erbij maakte.
- files/: je cv's en brieven, per sollicitatie, zoals je ze stuurde.
- mail.json: de e-mails die Samenwerven je stuurde.
- alerts.json en alert-matches.json: je e-mailalerts en de vacatures die ze vonden.
- audit-log.json: wat er over je is vastgelegd (inloggen, wachtwoord wijzigen): wie (subjectType, subjectId)
  het betreft, wat er gebeurde (action), en wat er voor en na was (before, after).

This zip file holds everything Samenwerven keeps about you. Open the .json files with a text editor, or read
them into another program.

- account.json: your account (name, e-mail address, language, when made and confirmed). Only with an account.
- sessions.json: when you signed in, were last active and until when each session holds (no place or device). Only with an account.
- applications.json: your applications: what you sent, their status, your consent, the names of your files and
  the notes HR made on them.
- files/: your CVs and letters, by application, as you sent them.
- mail.json: the e-mails Samenwerven sent you.
- alerts.json and alert-matches.json: your e-mail alerts and the vacancies they found.
- audit-log.json: what was logged about you (signing in, changing your password): what it concerns
  (subjectType, subjectId), what happened (action), and what was before and after (before, after).
`;

/** A person's applications with their files and notes, the mail sent to them, and their files' bytes. */
async function zipOfPerson(deps: PrivacyDeps, person: Person, extra: Record<string, unknown>) {
  const applications = await selectApplicationsOfPerson(deps.db, person);
  const ids = applications.map((a) => a.id);
  const [files, notes] = [await selectFilesOf(deps.db, ids), await selectNotesOf(deps.db, ids)];
  const data: Record<string, Uint8Array> = {
    'README.txt': strToU8(PERSON_README),
    ...Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, json(value)])),
    'applications.json': json(
      applications.map((application) => ({
        ...application,
        files: files
          .filter((f) => f.applicationId === application.id)
          .map((f) => ({ kind: f.kind, name: f.originalName, mediaType: f.mediaType, size: f.size })),
        notes: notes
          .filter((n) => n.applicationId === application.id)
          .map(({ text, createdAt }) => ({ text, createdAt })),
      })),
    ),
    'mail.json': json(await selectMailTo(deps.db, person.email)),
    'alerts.json': json(await selectAlertsOf(deps.db, person)),
    'alert-matches.json': json(await selectAlertMatchesOf(deps.db, person)),
    'audit-log.json': json(await selectAuditOf(deps.db, person)),
  };
  // The files are read as the zip is sent (zip-stream.ts).
  return zipStream([
    ...Object.entries(data).map(([name, bytes]) => ({ name, data: bytes })),
    ...zipEntriesOfFiles(deps.files, files, 'files'),
  ]);
}

// The Dutch date: just after midnight the UTC date is still yesterday's.
const filename = (now: Date, locale: Locale) =>
  `samenwerven-${locale === 'en' ? 'my-data' : 'mijn-gegevens'}-${dutchDate(now)}.zip`;

/** Everything about the account holder, as a zip: account, sessions, applications, mail, log. */
export async function exportPerson(deps: PrivacyDeps, userId: string, locale: Locale, now = new Date()) {
  const account = await personOf(deps.db, userId);
  const zip = await zipOfPerson(
    deps,
    { id: account.id, email: account.email },
    {
      'account.json': account,
      'sessions.json': await selectSessions(deps.db, userId),
    },
  );
  return { filename: filename(now, locale), zip };
}

/** What the portal holds for a guest's address: their applications, alerts, the mail sent to them and the log about it. */
export async function exportGuest(deps: PrivacyDeps, email: string, locale: Locale, now = new Date()) {
  return { filename: filename(now, locale), zip: await zipOfPerson(deps, { id: null, email }, {}) };
}

/**
 * What the key in every alert mail opens (articles 15 and 20 for someone who has alerts and
 * nothing else: a privacy review found no way for them to get their data): the alerts of its
 * address and what they found. Not the applications made with the address: those need the key
 * their own mail carries.
 */
export async function exportAlertsOfAddress(db: Database, email: string, locale: Locale, now = new Date()) {
  const zip = zipSync({
    'alerts.json': json(await selectAlertsOf(db, { address: email })),
    'alert-matches.json': json(await selectAlertMatchesOf(db, { address: email })),
  });
  return { filename: `samenwerven-${locale === 'en' ? 'my-alerts' : 'mijn-alerts'}-${dutchDate(now)}.zip`, zip };
}

/** A guest's applications, for the page their e-mail links to. */
export async function guestApplications(deps: PrivacyDeps, email: string) {
  return { email, applications: await selectApplicationsOfPerson(deps.db, { id: null, email }) };
}

/** Withdraws one of a guest's applications: it is deleted with its files. */
export async function withdrawGuestApplication(deps: PrivacyDeps, email: string, applicationId: string) {
  const keys = await deps.db.transaction(async (tx) => {
    if (!(await selectApplicationOfPerson(tx, { id: null, email }, applicationId))) throw notFound();
    const files = await selectFilesOf(tx, [applicationId]);
    await deleteApplication(tx, applicationId);
    const keys = files.map((f) => f.storageKey);
    await queueFileRemovals(tx, keys);
    return keys;
  });
  await removeQueuedFiles(deps.db, deps.files, keys);
}

/**
 * The candidate confirms or renews their talent-pool consent for a year (the receipt and the
 * reminder e-mail link here): only now is a guest's application in the pool.
 */
export async function renewGuestPoolConsent(deps: PrivacyDeps, email: string, applicationId: string, now = new Date()) {
  return deps.db.transaction(async (tx) => {
    if (!(await selectApplicationOfPerson(tx, { id: null, email }, applicationId))) throw notFound();
    const until = await renewPoolConsent(tx, applicationId, now);
    if (!until) throw await whyNotRenewed(tx, applicationId);
    await claimForAddress(tx, applicationId);
    return { poolConsentUntil: until.toISOString() };
  });
}

/** A candidate with the key to their address takes back an application's pool consent. */
export async function endGuestPoolConsent(deps: PrivacyDeps, email: string, applicationId: string) {
  await deps.db.transaction(async (tx) => {
    if (!(await selectApplicationOfPerson(tx, { id: null, email }, applicationId))) throw notFound();
    await endPoolConsent(tx, applicationId);
  });
}

/** Erases everything held for a guest's address; an account with that address stays its holder's. */
export async function eraseGuest(deps: PrivacyDeps, email: string): Promise<void> {
  const keys = await deps.db.transaction(async (tx) => {
    const removed = await deletePerson(tx, { id: null, email });
    await recordAudit(tx, { action: 'guest.erased', subjectType: 'address', subjectId: 'erased' });
    await queueFileRemovals(tx, removed);
    return removed;
  });
  await removeQueuedFiles(deps.db, deps.files, keys);
  await forgetDropped(deps.mailDrop, email);
}

/** Erases the person: every row about them, then their files. Nothing of them is left to log. */
export async function erasePerson(deps: PrivacyDeps, userId: string): Promise<void> {
  const account = await personOf(deps.db, userId);
  const keys = await deps.db.transaction(async (tx) => {
    const removed = await deletePerson(tx, { id: account.id, email: account.email });
    // That an account was erased, and when; not whose.
    await recordAudit(tx, { action: 'user.erased', subjectType: 'user', subjectId: 'erased' });
    await queueFileRemovals(tx, removed);
    return removed;
  });
  await removeQueuedFiles(deps.db, deps.files, keys);
  await forgetDropped(deps.mailDrop, account.email);
}

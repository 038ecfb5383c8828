/**
 * The rules of applying and of the HR inbox: who may see an application, which vacancies take
 * them, what a file must be, how an application moves on, and the mails each step sends.
 */
import { isFindable, type Audience, type Database, type Executor, type MembershipState } from '@samenwerven/db';
import { membershipAllows } from '../membership/state-machine.ts';
import { AppError, notFound } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import type { FileStore } from './file-store.ts';
import { queueFileRemovals, removeFiles, removeQueuedFiles } from './file-removals.ts';
import { mailApplicationArrived, mailApplicationReceived, mailRejection } from './mails.ts';
import { applicantMailLocale, detailFromRows, listItemFromRow, ownItemFromRow } from './presenter.ts';
import {
  deleteApplicationOfUser,
  isOwnApplication,
  hasAppliedWithAccount,
  sameApplicationSentJustBefore,
  insertApplication,
  insertFiles,
  insertNote,
  markSeen,
  selectApplication,
  selectApplications,
  selectApplicationsOfUser,
  selectApplicationWatchers,
  selectFiles,
  selectNotes,
  selectVacancyToApply,
  touch,
  updateStatus,
  vacancyOfOrganisation,
  type ApplicationRow,
} from './queries.ts';
import { canMove, type ApplicationStatus } from './state-machine.ts';
import type { StoredUpload } from './uploads.ts';
import { recordAudit } from '../audit/audit.ts';
import { guestKey } from '../privacy/guest-link.ts';
import { endPoolConsent } from './consent-reminders.ts';
import { POOL_DAYS } from './retention.ts';
import { isSameAddress, oneLine, shownOrNull } from '../text.ts';

export interface ApplicationDeps {
  db: Database;
  files: FileStore;
  publicUrl: string;
  /** Signs the key in a guest's confirmation e-mail (the server's JWT secret). */
  guestKeySecret: string;
}

/** At most this many bytes per file (API.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const fileKinds = ['cv', 'letter'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface ApplyInput {
  name: string;
  email: string;
  phone?: string;
  motivation: string;
  consent?: 'procedure' | 'pool';
  website?: string;
}

/** Who applies: a signed-in job seeker (linked) or a guest, in which language, seeing what. */
export interface Applicant {
  userId: string | null;
  /** The signed-in job seeker's address, confirmed when the account was; null for a guest. */
  accountEmail: string | null;
  locale: Locale;
  audience: Audience;
}

const notAccepting = () => new AppError(409, 'not_accepting_applications', 'application.not_accepting');

/** Checks a stored file by its size and its bytes; the media type stored is the one its bytes show. */
function checkFile(kind: FileKind, file: StoredUpload) {
  if (file.tooLarge) {
    throw new AppError(413, 'file_too_large', 'application.file_too_large', {
      fields: { [kind]: 'application.file_too_large_field' },
      params: { limit: MAX_FILE_BYTES / 1024 / 1024 },
    });
  }
  if (!file.mediaType) {
    throw new AppError(415, 'unsupported_file_type', 'application.unsupported_file_type', {
      fields: { [kind]: 'application.unsupported_file_type_field' },
    });
  }
  return {
    kind,
    originalName: file.filename.slice(0, 255) || kind,
    mediaType: file.mediaType,
    key: file.key,
    size: file.size,
    digest: file.digest,
  };
}

/**
 * A job seeker applies. Refused when the honeypot is filled in, the vacancy does not take
 * applications, or a file is too large or not a PDF or DOCX. The files arrive already stored
 * (streamed there as the request was read) and are removed on every refusal and when the
 * database write fails, so nothing of a refused application is kept and no row points at a
 * missing file; the mails are queued in the same transaction as the application.
 */
export async function applyToVacancy(
  deps: ApplicationDeps,
  vacancyId: string,
  input: ApplyInput,
  uploads: Partial<Record<FileKind, StoredUpload>>,
  applicant: Applicant,
  now = new Date(),
): Promise<{ id: string; status: 'received'; filesKept: boolean }> {
  try {
    return { ...(await apply(deps, vacancyId, input, uploads, applicant, now)), filesKept: true };
  } catch (error) {
    const keys = fileKinds.flatMap((kind) => (uploads[kind]?.key ? [uploads[kind].key] : []));
    await removeFiles(deps.db, deps.files, keys);
    // The same form sent again: the first one's answer, and nothing of this one kept.
    if (error instanceof RepeatedSend) return { id: error.applicationId, status: 'received', filesKept: false };
    throw error;
  }
}

/** How long a second send of the same form counts as the first (a double press, a retry). */
const REPEAT_WINDOW_MS = 10 * 60_000;

/** Ends a send that repeats one just taken (`sameApplicationSentJustBefore`): nothing is written. */
class RepeatedSend extends Error {
  readonly applicationId: string;
  constructor(applicationId: string) {
    super('the same application was sent just before');
    this.applicationId = applicationId;
  }
}

async function apply(
  deps: ApplicationDeps,
  vacancyId: string,
  input: ApplyInput,
  uploads: Partial<Record<FileKind, StoredUpload>>,
  applicant: Applicant,
  now: Date,
): Promise<{ id: string; status: 'received' }> {
  // Only bots fill in the field people never see: refused without saying why, nothing kept.
  if (input.website && input.website.trim() !== '') throw new AppError(400, 'bad_request', 'error.bad_request');

  const vacancy = await selectVacancyToApply(deps.db, vacancyId);
  // A vacancy never published, or internal to staff the caller is not, does not exist for them.
  if (!vacancy || vacancy.state === 'draft' || vacancy.state === 'scheduled') throw notFound();
  if (vacancy.visibility !== 'public' && !applicant.audience.includeInternal) throw notFound();
  const facts = { ...vacancy, organisation: { state: vacancy.organisationState } };
  if (vacancy.applyMethod !== 'portal' || !isFindable(facts, now, applicant.audience)) throw notAccepting();

  // A file chosen and empty (a phone's cloud file not yet downloaded) is no file left out: the
  // letter went missing unsaid, and an empty CV was "required" (a job seeker's walk).
  const empty = fileKinds.filter(
    (kind) => uploads[kind]?.filename && uploads[kind].size === 0 && !uploads[kind].tooLarge,
  );
  if (empty.length > 0) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: Object.fromEntries(empty.map((kind) => [kind, 'application.empty_file_field'])),
    });
  }
  if (!uploads.cv || (uploads.cv.size === 0 && !uploads.cv.tooLarge)) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', { fields: { cv: 'validation.required' } });
  }
  const files = fileKinds.flatMap((kind) => {
    const file = uploads[kind];
    return file && (file.size > 0 || file.tooLarge) ? [checkFile(kind, file)] : [];
  });

  return deps.db.transaction(async (tx) => {
    const email = input.email.trim();
    // The same form sent twice (Enter pressed twice): the first send's answer, and no second
    // application or round of mail. This send's files go (`applyToVacancy`).
    const sent = {
      vacancyId: vacancy.id,
      email,
      name: oneLine(input.name),
      motivation: input.motivation,
      phone: shownOrNull(input.phone),
      consent: input.consent ?? 'procedure',
      userId: applicant.userId,
      files,
    };
    const since = new Date(now.getTime() - REPEAT_WINDOW_MS);
    const earlier = await sameApplicationSentJustBefore(tx, sent, since);
    if (earlier) throw new RepeatedSend(earlier.id);
    // Signed in, a second application to the same vacancy is refused: it is theirs to see and
    // withdraw in their account. A guest's address proves nothing, so saying it applied
    // before would tell anyone who typed it in; a guest's second application is taken.
    if (applicant.userId !== null && (await hasAppliedWithAccount(tx, vacancy.id, applicant.userId))) {
      throw new AppError(409, 'already_applied', 'application.already_applied');
    }
    // Typed in the form, the address may be anyone's: it is the applicant's own only when it is
    // their account's. Only then does a pool consent count at once, and does the mail copy what was sent.
    const ownAddress = applicant.accountEmail !== null && isSameAddress(applicant.accountEmail, email);
    const application = await insertApplication(
      tx,
      {
        vacancyId: vacancy.id,
        organisationId: vacancy.organisationId,
        userId: applicant.userId,
        name: oneLine(input.name),
        email,
        phone: shownOrNull(input.phone),
        motivation: input.motivation,
        consent: input.consent ?? 'procedure',
        poolConsentUntil: input.consent === 'pool' ? new Date(now.getTime() + POOL_DAYS * 86_400_000) : null,
        addressConfirmedAt: ownAddress ? now : null,
        mailLocale: applicant.locale,
        createdAt: now,
        updatedAt: now,
      },
      now,
    );
    await insertFiles(
      tx,
      files.map((file) => ({
        applicationId: application.id,
        kind: file.kind,
        originalName: file.originalName,
        mediaType: file.mediaType,
        size: file.size,
        storageKey: file.key,
        contentDigest: file.digest,
      })),
    );
    await mailApplicationReceived(
      tx,
      deps.publicUrl,
      {
        vacancyTitle: vacancy.title,
        organisationName: vacancy.organisationName,
        name: application.name,
        email: application.email,
        consent: application.consent,
        withAccount: ownAddress,
        guestKey: guestKey(deps.guestKeySecret, application.email, now),
        contactEmail: vacancy.contactEmail,
      },
      applicant.locale,
      vacancy.organisationId,
    );
    const watchers = await selectApplicationWatchers(tx, vacancy.organisationId);
    await mailApplicationArrived(tx, deps.publicUrl, watchers, vacancy.title, vacancy.organisationId);
    return { id: application.id, status: 'received' as const };
  });
}

interface ListQuery {
  status?: ApplicationStatus;
  page: number;
  pageSize: number;
}

/** The inbox of one vacancy of the caller's organisation; another organisation's vacancy does not exist. */
export async function listVacancyApplications(
  db: Database,
  organisationId: string,
  vacancyId: string,
  query: ListQuery,
) {
  if (!(await vacancyOfOrganisation(db, organisationId, vacancyId))) throw notFound();
  return listPage(db, { organisationId, vacancyId, status: query.status }, query);
}

/** The inbox across the organisation. */
export async function listOrganisationApplications(db: Database, organisationId: string, query: ListQuery) {
  return listPage(db, { organisationId, status: query.status }, query);
}

async function listPage(db: Database, filter: Parameters<typeof selectApplications>[1], query: ListQuery) {
  const { rows, total, counts } = await selectApplications(db, filter, query);
  return { items: rows.map(listItemFromRow), total, page: query.page, pageSize: query.pageSize, counts };
}

/** The application if it belongs to the caller's organisation; else it does not exist for them. */
async function ownApplication(db: Executor, organisationId: string, id: string, lock = false) {
  const row = await selectApplication(db, id, { lock });
  if (!row || row.organisationId !== organisationId) throw notFound();
  return row;
}

async function detail(db: Executor, row: ApplicationRow) {
  const [files, notes] = await Promise.all([selectFiles(db, row.id), selectNotes(db, row.id)]);
  return detailFromRows(row, files, notes);
}

/** One application; opening it marks it seen (the answer still says whether it was new). */
export async function readApplication(db: Database, organisationId: string, id: string, now = new Date()) {
  const row = await ownApplication(db, organisationId, id);
  await markSeen(db, id, now);
  return detail(db, row);
}

export interface ApplicationChange {
  status?: ApplicationStatus;
  note?: string;
  rejectionMessage?: string;
}

/**
 * HR moves an application on and/or leaves a note, in one transaction on the locked row.
 * The same status again is no move (a repeated request changes nothing and mails nobody);
 * rejecting mails the applicant; hiring records the moment, from which the time to fill follows.
 */
export async function changeApplication(
  deps: ApplicationDeps,
  actor: { userId: string; organisationId: string; organisationState: MembershipState | null },
  id: string,
  change: ApplicationChange,
  now = new Date(),
) {
  if (change.rejectionMessage !== undefined && change.status !== 'rejected') {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { rejectionMessage: 'application.rejection_message_without_rejection' },
    });
  }
  // A message of its own reaches a person outside the organisation, through the portal's mail:
  // only an active member's (a coordinator's review: a member ended for misuse still mailed its
  // former applicants free text). Any member may still decide, and the applicant hears of it in
  // the portal's standard words.
  if (change.rejectionMessage !== undefined && !membershipAllows(actor.organisationState, 'publish')) {
    throw new AppError(403, 'membership_inactive', 'application.own_message_needs_membership');
  }
  await deps.db.transaction(async (tx) => {
    const row = await ownApplication(tx, actor.organisationId, id, true);
    const moves = change.status !== undefined && change.status !== row.status;
    if (moves && !canMove(row.status, change.status!)) {
      throw new AppError(409, 'invalid_transition', 'application.invalid_transition', {
        currentState: row.status,
        params: {
          from: { key: `application.status.${row.status}` },
          to: { key: `application.status.${change.status!}` },
        },
      });
    }
    if (moves) {
      await updateStatus(tx, id, change.status!, now);
      // Who decided on a person's application, and when (AVG accountability); ids only.
      await recordAudit(tx, {
        actorUserId: actor.userId,
        organisationId: actor.organisationId,
        action: 'application.status_changed',
        subjectType: 'application',
        subjectId: id,
        before: { applicationStatus: row.status },
        after: { applicationStatus: change.status },
      });
      if (change.status === 'rejected') {
        const locale = applicantMailLocale(row);
        await mailRejection(
          tx,
          // The name was typed by whoever applied: only to an address its owner confirmed does the mail use it.
          { email: row.email, name: row.addressConfirmedAt ? row.name : null },
          {
            vacancyTitle: row.vacancyTitle,
            organisationName: row.organisationName,
            organisationId: row.organisationId,
            locale,
            contactEmail: row.vacancyContactEmail,
          },
          change.rejectionMessage,
        );
      }
    } else if (change.note !== undefined) {
      await touch(tx, id, now);
    }
    if (change.note !== undefined)
      await insertNote(tx, { applicationId: id, authorUserId: actor.userId, text: change.note, createdAt: now });
    await markSeen(tx, id, now);
  });
  return detail(deps.db, await ownApplication(deps.db, actor.organisationId, id));
}

/**
 * A file of an application of the caller's organisation, to stream as a download. Each download
 * is in the audit log: a CV is a person's data, and who read it must be known (AVG accountability).
 */
export async function openApplicationFile(
  deps: ApplicationDeps,
  reader: { userId: string; organisationId: string; method: string },
  id: string,
  kind: FileKind,
) {
  await ownApplication(deps.db, reader.organisationId, id);
  const file = (await selectFiles(deps.db, id)).find((f) => f.kind === kind);
  if (!file) throw notFound();
  // Opened first: a file the store cannot give was not read.
  const stream = await deps.files.open(file.storageKey);
  if (reader.method !== 'HEAD') {
    await recordAudit(deps.db, {
      actorUserId: reader.userId,
      organisationId: reader.organisationId,
      action: 'application.file_downloaded',
      subjectType: 'application',
      subjectId: id,
      after: { file: kind },
    }).catch((error: unknown) => {
      stream.destroy();
      throw error;
    });
  }
  return {
    name: file.originalName,
    mediaType: file.mediaType,
    size: file.size,
    stream,
  };
}

/** The signed-in user's own applications. */
export async function listOwnApplications(db: Database, userId: string) {
  return { items: (await selectApplicationsOfUser(db, userId)).map(ownItemFromRow) };
}

/** The applicant takes back their pool consent. Not theirs: 404; no pool consent: 409. */
export async function endOwnPoolConsent(db: Database, userId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await isOwnApplication(tx, id, userId))) throw notFound();
    await endPoolConsent(tx, id);
  });
}

/** The applicant withdraws: the application, its notes and its files are gone. Not theirs: 404. */
export async function withdrawApplication(deps: ApplicationDeps, userId: string, id: string): Promise<void> {
  const keys = await deps.db.transaction(async (tx) => {
    const deleted = await deleteApplicationOfUser(tx, id, userId);
    if (deleted) await queueFileRemovals(tx, deleted);
    return deleted;
  });
  if (!keys) throw notFound();
  await removeQueuedFiles(deps.db, deps.files, keys);
}

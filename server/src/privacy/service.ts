/**
 * A job seeker's rights under the AVG/GDPR: to get everything the portal holds about them
 * (article 15/20: `GET /me/export`, a zip of JSON and their own files) and to have it erased
 * (article 17: `DELETE /me`: the account, their applications with files and notes, the mail
 * sent to them and the audit entries about them). Staff accounts belong to their organisation
 * and are removed by its admin.
 */
import { buffer } from 'node:stream/consumers';
import { strToU8, zipSync } from 'fflate';
import type { Database } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import type { FileStore } from '../applications/file-store.ts';
import { AppError, notFound } from '../errors.ts';
import {
  deletePerson,
  selectAccount,
  selectApplicationsOfPerson,
  selectAuditOf,
  selectFilesOf,
  selectMailTo,
  selectNotesOf,
  selectSessions,
  type Person,
} from './queries.ts';

export interface PrivacyDeps {
  db: Database;
  files: FileStore;
}

async function personOf(db: Database, userId: string) {
  const account = await selectAccount(db, userId);
  if (!account) throw notFound();
  if (account.role !== 'job_seeker') throw new AppError(403, 'forbidden', 'error.forbidden');
  return account;
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
const extension = (mediaType: string) => (mediaType === 'application/pdf' ? 'pdf' : 'docx');

/** Everything about the person, as a zip: account, applications (with notes and files), mail, log. */
export async function exportPerson(deps: PrivacyDeps, userId: string, now = new Date()) {
  const account = await personOf(deps.db, userId);
  const person: Person = { id: account.id, email: account.email };
  const applications = await selectApplicationsOfPerson(deps.db, person);
  const ids = applications.map((a) => a.id);
  const [files, notes] = [await selectFilesOf(deps.db, ids), await selectNotesOf(deps.db, ids)];
  const zip: Record<string, Uint8Array> = {
    'account.json': json(account),
    'sessions.json': json(await selectSessions(deps.db, userId)),
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
    'mail.json': json(await selectMailTo(deps.db, account.email)),
    'audit-log.json': json(await selectAuditOf(deps.db, person)),
  };
  for (const file of files) {
    zip[`files/${file.applicationId}/${file.kind}.${extension(file.mediaType)}`] = new Uint8Array(
      await buffer(deps.files.read(file.storageKey)),
    );
  }
  return { filename: `samenwerven-mijn-gegevens-${now.toISOString().slice(0, 10)}.zip`, zip: zipSync(zip) };
}

/** Erases the person: every row about them, then their files. Nothing of them is left to log. */
export async function erasePerson(deps: PrivacyDeps, userId: string): Promise<void> {
  const account = await personOf(deps.db, userId);
  const keys = await deps.db.transaction(async (tx) => {
    const removed = await deletePerson(tx, { id: account.id, email: account.email });
    // That an account was erased, and when; not whose.
    await recordAudit(tx, { action: 'user.erased', subjectType: 'user', subjectId: 'erased' });
    return removed;
  });
  for (const key of keys) await deps.files.remove(key);
}

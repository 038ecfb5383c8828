/**
 * Everything of an organisation as a zip of JSON and CSV, so nothing locks a member in:
 * its profile, membership periods and applications, vacancies with their full history, the
 * job applications it received (with notes, and the CVs and letters themselves), staff
 * (without secrets), integration keys (without secrets) and its audit entries, with a
 * README that says what every file and column means. The columns are the ones listed in
 * `export-contents.ts`, never whole rows.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { strToU8 } from 'fflate';
import {
  apiKeys,
  applicationFiles,
  applicationNotes,
  applications,
  auditLog,
  membershipApplications,
  membershipPeriods,
  organisations,
  users,
  vacancies,
  vacancyHistory,
  vacancyViews,
  type Database,
} from '@samenwerven/db';
import { zipEntriesOfFiles, type FileStore } from '../applications/file-store.ts';
import { zipStream } from '../zip-stream.ts';
import { toCsv } from '../csv.ts';
import { notFound } from '../errors.ts';
import { columnsOf, exportReadme, exportTables, selectionOf, type ExportTableName } from './export-contents.ts';

type Row = Record<string, unknown>;

const select = (db: Database, table: ExportTableName) => db.select(selectionOf(exportTables[table]));

export async function exportOrganisation(db: Database, fileStore: FileStore, organisationId: string) {
  const [found] = await db
    .select({ profile: selectionOf(exportTables.organisation), logo: organisations.logo })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!found) throw notFound();
  const { profile: organisation, logo } = found;
  const applicationIds = (
    await db.select({ id: applications.id }).from(applications).where(eq(applications.organisationId, organisationId))
  ).map((a) => a.id);
  const ofApplications = async <T>(query: (ids: string[]) => Promise<T[]>) =>
    applicationIds.length === 0 ? [] : query(applicationIds);
  const tables: Record<ExportTableName, Row[]> = {
    organisation: [organisation],
    'membership-periods': await select(db, 'membership-periods')
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisationId))
      .orderBy(asc(membershipPeriods.startedAt)),
    'membership-applications': await select(db, 'membership-applications')
      .from(membershipApplications)
      .where(eq(membershipApplications.organisationId, organisationId))
      .orderBy(asc(membershipApplications.createdAt)),
    vacancies: await select(db, 'vacancies')
      .from(vacancies)
      .where(eq(vacancies.organisationId, organisationId))
      .orderBy(asc(vacancies.createdAt)),
    'vacancy-history': await select(db, 'vacancy-history')
      .from(vacancyHistory)
      .innerJoin(vacancies, eq(vacancies.id, vacancyHistory.vacancyId))
      .where(eq(vacancies.organisationId, organisationId))
      .orderBy(asc(vacancyHistory.id)),
    'vacancy-figures': await select(db, 'vacancy-figures')
      .from(vacancyViews)
      .innerJoin(vacancies, eq(vacancies.id, vacancyViews.vacancyId))
      .where(eq(vacancies.organisationId, organisationId))
      .orderBy(asc(vacancyViews.day), asc(vacancyViews.vacancyId)),
    applications: await select(db, 'applications')
      .from(applications)
      .where(eq(applications.organisationId, organisationId))
      .orderBy(asc(applications.createdAt)),
    'application-files': await ofApplications((ids) =>
      select(db, 'application-files')
        .from(applicationFiles)
        .where(inArray(applicationFiles.applicationId, ids))
        .orderBy(asc(applicationFiles.createdAt)),
    ),
    'application-notes': await ofApplications((ids) =>
      select(db, 'application-notes')
        .from(applicationNotes)
        .where(inArray(applicationNotes.applicationId, ids))
        .orderBy(asc(applicationNotes.createdAt)),
    ),
    users: await select(db, 'users')
      .from(users)
      .where(eq(users.organisationId, organisationId))
      .orderBy(asc(users.createdAt)),
    'api-keys': await select(db, 'api-keys')
      .from(apiKeys)
      .where(eq(apiKeys.organisationId, organisationId))
      .orderBy(asc(apiKeys.createdAt)),
    'audit-log': await select(db, 'audit-log')
      .from(auditLog)
      .where(eq(auditLog.organisationId, organisationId))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
  };
  // The stored files' keys only find their bytes; they are in no file of the export.
  const stored = await ofApplications((ids) =>
    db
      .select({
        applicationId: applicationFiles.applicationId,
        kind: applicationFiles.kind,
        mediaType: applicationFiles.mediaType,
        storageKey: applicationFiles.storageKey,
        size: applicationFiles.size,
      })
      .from(applicationFiles)
      .where(inArray(applicationFiles.applicationId, ids)),
  );
  const entries: Record<string, Uint8Array> = {};
  if (logo && organisation.logoType)
    entries[`logo.${String(organisation.logoType).split('/')[1]}`] = new Uint8Array(logo);
  for (const [name, rows] of Object.entries(tables)) {
    // The profile is one object rather than a list of one.
    entries[`${name}.json`] = strToU8(JSON.stringify(name === 'organisation' ? rows[0] : rows, null, 2));
    entries[`${name}.csv`] = strToU8(toCsv(rows, columnsOf(exportTables[name as ExportTableName])));
  }
  const manifest = {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
    generatedAt: new Date().toISOString(),
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
  };
  entries['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  entries['README.txt'] = strToU8(exportReadme(String(organisation.name), manifest.generatedAt));
  return {
    filename: `samenwerven-export-${String(organisation.slug)}-${manifest.generatedAt.slice(0, 10)}.zip`,
    // The files are read as the zip is sent (zip-stream.ts).
    zip: zipStream([
      ...Object.entries(entries).map(([name, data]) => ({ name, data })),
      ...zipEntriesOfFiles(fileStore, stored, 'application-files'),
    ]),
  };
}

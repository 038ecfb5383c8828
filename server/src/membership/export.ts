/**
 * Everything of an organisation as a zip of JSON and CSV, so nothing locks a member in:
 * its profile, membership periods and applications, vacancies with every column, the job
 * applications it received (with notes, and the CVs and letters themselves), staff (without
 * secrets), integration keys (without secrets) and its audit entries.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
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
  type Database,
} from '@samenwerven/db';
import { zipEntriesOfFiles, type FileStore } from '../applications/file-store.ts';
import { toCsv } from '../csv.ts';
import { notFound } from '../errors.ts';

type Row = Record<string, unknown>;

export async function exportOrganisation(db: Database, fileStore: FileStore, organisationId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound();
  const tables: Record<string, Row[]> = {
    'membership-periods': await db
      .select()
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisationId))
      .orderBy(asc(membershipPeriods.startedAt)),
    'membership-applications': await db
      .select()
      .from(membershipApplications)
      .where(eq(membershipApplications.organisationId, organisationId)),
    vacancies: await db
      .select()
      .from(vacancies)
      .where(eq(vacancies.organisationId, organisationId))
      .orderBy(asc(vacancies.createdAt)),
    applications: await db
      .select()
      .from(applications)
      .where(eq(applications.organisationId, organisationId))
      .orderBy(asc(applications.createdAt)),
    users: await db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        lastSignInAt: users.lastSignInAt,
        deactivatedAt: users.deactivatedAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.organisationId, organisationId)),
    'api-keys': await db
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        createdAt: apiKeys.createdAt,
        lastUsedAt: apiKeys.lastUsedAt,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.organisationId, organisationId)),
    'audit-log': await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organisationId, organisationId))
      .orderBy(asc(auditLog.at)),
  };
  const applicationIds = tables.applications!.map((a) => a.id as string);
  const stored =
    applicationIds.length === 0
      ? []
      : await db.select().from(applicationFiles).where(inArray(applicationFiles.applicationId, applicationIds));
  tables['application-files'] = stored.map(({ storageKey: _key, ...file }) => file);
  tables['application-notes'] =
    applicationIds.length === 0
      ? []
      : await db.select().from(applicationNotes).where(inArray(applicationNotes.applicationId, applicationIds));
  const { logo, ...profile } = organisation;
  const entries: Record<string, Uint8Array> = {
    'organisation.json': strToU8(JSON.stringify(profile, null, 2)),
  };
  if (logo && organisation.logoType) entries[`logo.${organisation.logoType.split('/')[1]}`] = new Uint8Array(logo);
  Object.assign(entries, await zipEntriesOfFiles(fileStore, stored, 'application-files'));
  for (const [name, rows] of Object.entries(tables)) {
    entries[`${name}.json`] = strToU8(JSON.stringify(rows, null, 2));
    entries[`${name}.csv`] = strToU8(toCsv(rows));
  }
  const manifest = {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
    generatedAt: new Date().toISOString(),
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
  };
  entries['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  return {
    filename: `samenwerven-export-${organisation.slug}-${manifest.generatedAt.slice(0, 10)}.zip`,
    zip: zipSync(entries),
  };
}
